/**
 * The account's ring groups: name and id, with how many numbers and agents belong to each.
 * Removing a ring group in use asks first, saying how many numbers and agents it is taken off.
 */
import { memoRow } from './memo-row';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RingGroup } from '../../lib/caller-id/types';
import { addRingGroup, removeRingGroup, updateRingGroup } from '../../lib/ui/draft';
import { rowKey } from '../../lib/ui/row-keys';
import { rowMessages } from '../../lib/ui/row-messages';
import { queryRingGroups, type GroupSortKey, type Sort } from '../../lib/ui/table-query';
import { namePatch, removeGroupQuestion, ringGroupUse } from '../../lib/ui/table-rules';
import { AddRowButton } from './AddRowButton';
import { RemoveRowButton } from './RemoveRowButton';
import { useDraftActions } from './hooks/useDraftActions';
import { EditableTable, type Column } from './EditableTable';
import { FieldErrors, invalidProps } from './FieldErrors';
import { useLatest } from './hooks/useLatest';
import { LockedNote } from './LockedNote';
import { Section } from './Section';
import { TableToolbar } from './TableToolbar';
import type { TableProps } from './table-props';

const COLUMNS: Column<GroupSortKey>[] = [
  { header: 'Name', sortKey: 'name' },
  { header: 'ID', sortKey: 'id' },
  { header: 'Numbers', sortKey: 'numbers', class: 'num' },
  { header: 'Agents', sortKey: 'agents', class: 'num' },
  { header: <span class="visually-hidden">Actions</span>, class: 'row-actions' },
];

const FIELDS = { name: ['name'], id: ['id', ''] };

interface RowActions {
  rename: (i: number, name: string) => void;
  remove: (i: number) => void;
}

export function RingGroupsTable({ draft, onChange, errors, savedIds, locked = false }: TableProps) {
  const { actions, add } = useDraftActions<RowActions>(
    { draft, onChange, savedIds },
    (apply) => ({
      rename: (i, name) =>
        apply((d, saved) =>
          updateRingGroup(d, i, { name, ...namePatch(d, 'ringGroups', i, name, saved) }),
        ),
      remove: (i) => apply((d) => removeRingGroup(d, i)),
    }),
    addRingGroup,
  );
  const use = useMemo(() => ringGroupUse(draft), [draft]);
  const [text, setText] = useState('');
  const [sort, setSort] = useState<Sort<GroupSortKey>>();
  const groups = useLatest(draft.ringGroups);
  const positions = useMemo(
    () => queryRingGroups(groups.current, text, sort, use),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the row count is a recompute key: rows are queried again when one is added or removed, not on every edit of a row
    [groups, draft.ringGroups.length, text, sort, use],
  );
  return (
    <Section
      id="ring-groups"
      title="Ring groups"
      description="Agents can call from the numbers that share a ring group with them."
      actions={<AddRowButton label="Add ring group" disabled={locked} onClick={add} />}
    >
      {locked && <LockedNote />}
      <FieldErrors id="ring-groups-errors" messages={errors.at('ringGroups')} />
      <TableToolbar
        id="ring-groups"
        searchLabel="Search ring groups"
        placeholder="Search name or id"
        text={text}
        onText={setText}
        shown={positions.length}
        total={draft.ringGroups.length}
        noun="ring groups"
      />
      <EditableTable
        label="Ring groups"
        columns={COLUMNS}
        positions={positions}
        keyOf={(i) => rowKey(draft.ringGroups[i]!)}
        sort={sort}
        onSort={setSort}
        rowHeight={52}
        empty={draft.ringGroups.length === 0 ? 'No ring groups yet.' : 'No ring group matches.'}
        renderRow={(i) => {
          const g = draft.ringGroups[i]!;
          const counts = use.get(g.id) ?? { numbers: 0, agents: 0 };
          return (
            <GroupRow
              position={i}
              row={g}
              numbers={counts.numbers}
              agents={counts.agents}
              messages={rowMessages(errors, undefined, `ringGroups[${i}]`, FIELDS)}
              locked={locked}
              actions={actions}
            />
          );
        }}
      />
    </Section>
  );
}

interface GroupRowProps {
  position: number;
  row: RingGroup;
  numbers: number;
  agents: number;
  messages: ReturnType<typeof rowMessages>;
  locked: boolean;
  actions: RowActions;
}

const GroupRow = memoRow(
  function GroupRow({
    position: i,
    row: g,
    numbers,
    agents,
    messages,
    locked,
    actions,
  }: GroupRowProps) {
    const [asking, setAsking] = useState(false);
    const keep = useRef<HTMLButtonElement>(null);
    // Focus lands on "Keep it" when the question opens: the safe answer.
    useEffect(() => {
      if (asking) keep.current?.focus();
    }, [asking]);
    const path = `ringGroups[${i}]`;
    const title = g.name || `ring group ${i + 1}`;
    const err = messages.errors;
    const question = removeGroupQuestion(title, { numbers, agents });
    return (
      <>
        <td>
          <input
            class="input input-sm"
            value={g.name}
            disabled={locked}
            aria-label={`Name of ring group ${i + 1}`}
            {...invalidProps(`${path}-name-err`, err.name!)}
            onInput={(e) => actions.rename(i, e.currentTarget.value)}
          />
          <FieldErrors id={`${path}-name-err`} messages={err.name!} />
          {asking && question && (
            <div class="confirm-remove" role="alertdialog" aria-labelledby={`${path}-ask`}>
              <p id={`${path}-ask`}>{question}</p>
              <button
                type="button"
                class="btn btn-danger btn-sm"
                onClick={() => {
                  setAsking(false);
                  actions.remove(i);
                }}
              >
                Remove {title}
              </button>
              <button
                type="button"
                class="btn btn-secondary btn-sm"
                ref={keep}
                onClick={() => setAsking(false)}
              >
                Keep it
              </button>
            </div>
          )}
        </td>
        <td>
          <code class="id">{g.id}</code>
          <FieldErrors id={`${path}-id-err`} messages={err.id!} />
        </td>
        <td class="num">{numbers}</td>
        <td class="num">{agents}</td>
        <td class="row-actions">
          <RemoveRowButton
            what={`ring group ${title}`}
            disabled={locked}
            expanded={question ? asking : undefined}
            onClick={() => (question ? setAsking(true) : actions.remove(i))}
          />
        </td>
      </>
    );
  },
  (a, b) =>
    a.row === b.row &&
    a.position === b.position &&
    a.numbers === b.numbers &&
    a.agents === b.agents &&
    a.messages.key === b.messages.key &&
    a.locked === b.locked &&
    a.actions === b.actions,
);

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
import { language, t, translator } from '../../utils/i18n';
import { AddRowButton } from './AddRowButton';
import { RemoveRowCell } from './RemoveRowCell';
import { useDraftActions } from './hooks/useDraftActions';
import { EditableTable, type Column } from './EditableTable';
import { FieldErrors, invalidProps } from './FieldErrors';
import { useLatest } from './hooks/useLatest';
import { LockedNote } from './LockedNote';
import { Section } from './Section';
import { TableToolbar } from './TableToolbar';
import type { TableProps } from './table-props';

/** The column headers, written when the page's language changes. */
const columns = (): Column<GroupSortKey>[] => [
  { header: t('options.groups.col.name'), sortKey: 'name' },
  { header: t('options.groups.col.id'), sortKey: 'id' },
  { header: t('options.groups.col.numbers'), sortKey: 'numbers', class: 'num' },
  { header: t('options.groups.col.agents'), sortKey: 'agents', class: 'num' },
  {
    header: <span class="visually-hidden">{t('options.table.actions')}</span>,
    class: 'row-actions',
  },
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
  const lang = language.value;
  const COLUMNS = useMemo(columns, [lang]);
  const groups = useLatest(draft.ringGroups);
  const positions = useMemo(
    () => queryRingGroups(groups.current, text, sort, use),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the row count is a recompute key: rows are queried again when one is added or removed, not on every edit of a row
    [groups, draft.ringGroups.length, text, sort, use],
  );
  return (
    <Section
      id="ring-groups"
      title={t('options.groups.title')}
      description={t('options.groups.description')}
      actions={<AddRowButton label={t('options.groups.add')} disabled={locked} onClick={add} />}
    >
      {locked && <LockedNote />}
      <FieldErrors id="ring-groups-errors" messages={errors.at('ringGroups')} />
      <TableToolbar
        id="ring-groups"
        searchLabel={t('options.groups.search')}
        placeholder={t('options.groups.searchPlaceholder')}
        text={text}
        onText={setText}
        shown={positions.length}
        total={draft.ringGroups.length}
        noun="ringGroups"
      />
      <EditableTable
        label={t('options.groups.title')}
        columns={COLUMNS}
        positions={positions}
        keyOf={(i) => rowKey(draft.ringGroups[i]!)}
        sort={sort}
        onSort={setSort}
        rowHeight={52}
        empty={
          draft.ringGroups.length === 0 ? t('options.groups.none') : t('options.groups.noMatch')
        }
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
    const title = g.name || t('options.groups.untitled', { n: i + 1 });
    const err = messages.errors;
    const question = removeGroupQuestion(title, { numbers, agents }, translator.value);
    return (
      <>
        <td>
          <input
            class="input input-sm"
            value={g.name}
            disabled={locked}
            aria-label={t('options.groups.nameOf', { n: i + 1 })}
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
                {t('options.groups.confirmRemove', { title })}
              </button>
              <button
                type="button"
                class="btn btn-secondary btn-sm"
                ref={keep}
                onClick={() => setAsking(false)}
              >
                {t('options.groups.keep')}
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
        <RemoveRowCell
          label={t('options.groups.remove', { title })}
          disabled={locked}
          expanded={question ? asking : undefined}
          onClick={() => (question ? setAsking(true) : actions.remove(i))}
        />
      </>
    );
  },
  {
    position: 'same',
    row: 'same',
    numbers: 'same',
    agents: 'same',
    messages: 'key',
    locked: 'same',
    actions: 'same',
  },
);

/**
 * The account's agents: name, email, ring groups, and their own caller-ID settings where they
 * differ from the account's (mode, Default, a fixed number). Long names, emails and numbers wrap
 * or show in full (title) rather than being cut off.
 */
import { memoRow } from './memo-row';
import { useMemo, useState } from 'preact/hooks';
import type {
  AccountNumber,
  Agent,
  CallerIdMode,
  CallerIdSettings,
  RingGroup,
} from '../../lib/caller-id/types';
import {
  addAgent,
  removeAgent,
  setAgentCallerId,
  toggleMembership,
  updateAgent,
} from '../../lib/ui/draft';
import { formatPhone } from '../../lib/ui/format';
import { rowKey } from '../../lib/ui/row-keys';
import { rowMessages } from '../../lib/ui/row-messages';
import { queryAgents, type AgentSortKey, type Sort } from '../../lib/ui/table-query';
import { namePatch } from '../../lib/ui/table-rules';
import { searchChoices } from '../../lib/ui/table-query';
import { AddRowButton } from './AddRowButton';
import { RemoveRowButton } from './RemoveRowButton';
import { useDraftActions } from './hooks/useDraftActions';
import { EditableTable, type Column } from './EditableTable';
import { FieldErrors, invalidProps } from './FieldErrors';
import { FieldWarnings } from './FieldWarnings';
import { useLatest } from './hooks/useLatest';
import { LockedNote } from './LockedNote';
import { MembershipChips } from './MembershipChips';
import { SearchableSelect } from './SearchableSelect';
import { Section } from './Section';
import { TableToolbar } from './TableToolbar';
import type { TableProps } from './table-props';

const MODE_TEXT: Record<CallerIdMode, string> = {
  automated: 'Automated',
  customized: 'Customized',
};

const COLUMNS: Column<AgentSortKey>[] = [
  { header: 'Agent', sortKey: 'name', class: 'col-agent' },
  { header: 'Ring groups', sortKey: 'groups', class: 'col-groups' },
  { header: 'Caller ID', class: 'col-cid' },
  { header: <span class="visually-hidden">Actions</span>, class: 'row-actions' },
];

const FIELDS = {
  name: ['name', 'id', ''],
  email: ['email'],
  groups: ['ringGroups*'],
  cid: ['outboundCallerId*'],
};

interface RowActions {
  rename: (i: number, name: string) => void;
  update: (i: number, patch: Partial<Omit<Agent, 'outboundCallerId'>>) => void;
  setOwn: <K extends keyof NonNullable<Agent['outboundCallerId']>>(
    i: number,
    key: K,
    value: NonNullable<Agent['outboundCallerId']>[K] | undefined,
  ) => void;
  toggle: (i: number, groupId: string, member: boolean) => void;
  remove: (i: number) => void;
}

const numberLabel = (n: AccountNumber) => `${n.label || n.id} (${formatPhone(n.number)})`;

export function AgentsTable({
  draft,
  onChange,
  errors,
  warnings,
  savedIds,
  locked = false,
}: TableProps) {
  const { actions, add } = useDraftActions<RowActions>(
    { draft, onChange, savedIds },
    (apply) => ({
      rename: (i, name) =>
        apply((d, saved) => updateAgent(d, i, { name, ...namePatch(d, 'agents', i, name, saved) })),
      update: (i, patch) => apply((d) => updateAgent(d, i, patch)),
      setOwn: (i, key, value) => apply((d) => setAgentCallerId(d, i, key, value)),
      toggle: (i, id, member) => apply((d) => toggleMembership(d, 'agents', i, id, member)),
      remove: (i) => apply((d) => removeAgent(d, i)),
    }),
    addAgent,
  );
  const [text, setText] = useState('');
  const [group, setGroup] = useState('');
  const [numberId, setNumberId] = useState('');
  const [sort, setSort] = useState<Sort<AgentSortKey>>();
  const number = numberId ? draft.numbers.find((n) => n.id === numberId) : undefined;
  const agents = useLatest(draft.agents);
  const positions = useMemo(
    () => queryAgents(agents.current, { text, ringGroup: group, number }, sort),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the row count is a recompute key: rows are queried again when one is added or removed, not on every edit of a row
    [agents, draft.agents.length, text, group, number, sort],
  );
  return (
    <Section
      id="agents"
      title="Agents"
      description="Each agent signs in once by picking their name. Leave the caller-ID columns on “Account setting” to follow the account."
      actions={<AddRowButton label="Add agent" disabled={locked} onClick={add} />}
    >
      {locked && <LockedNote />}
      <FieldErrors id="agents-errors" messages={errors.at('agents')} />
      <TableToolbar
        id="agents"
        searchLabel="Search agents"
        placeholder="Search name or email"
        text={text}
        onText={setText}
        shown={positions.length}
        total={draft.agents.length}
        noun="agents"
      >
        <SearchableSelect
          id="agents-group"
          class="select input-sm table-filter"
          label="Filter agents by ring group"
          value={group}
          count={draft.ringGroups.length}
          none="Any ring group"
          what="ring groups"
          chosen={groupChoice(draft.ringGroups.find((g) => g.id === group))}
          search={(q, limit) => searchChoices(draft.ringGroups, q, limit, (g) => g.name || g.id)}
          onPick={setGroup}
        />
        <SearchableSelect
          id="agents-number"
          class="select input-sm table-filter"
          label="Filter agents by number they may call from"
          value={numberId}
          count={draft.numbers.length}
          none="Any number"
          what="numbers"
          chosen={number ? { value: number.id, label: numberLabel(number) } : null}
          search={(q, limit) => searchChoices(draft.numbers, q, limit, numberLabel)}
          onPick={setNumberId}
        />
      </TableToolbar>
      <EditableTable
        label="Agents"
        columns={COLUMNS}
        positions={positions}
        keyOf={(i) => rowKey(draft.agents[i]!)}
        sort={sort}
        onSort={setSort}
        rowHeight={150}
        empty={draft.agents.length === 0 ? 'No agents yet.' : 'No agent matches.'}
        renderRow={(i) => (
          <AgentRow
            position={i}
            row={draft.agents[i]!}
            messages={rowMessages(errors, warnings, `agents[${i}]`, FIELDS)}
            groups={draft.ringGroups}
            numbers={draft.numbers}
            account={draft.outboundCallerId}
            locked={locked}
            actions={actions}
          />
        )}
      />
    </Section>
  );
}

const groupChoice = (g: RingGroup | undefined) =>
  g ? { value: g.id, label: g.name || g.id } : null;

interface AgentRowProps {
  position: number;
  row: Agent;
  messages: ReturnType<typeof rowMessages>;
  groups: RingGroup[];
  numbers: AccountNumber[];
  account: CallerIdSettings;
  locked: boolean;
  actions: RowActions;
}

const AgentRow = memoRow(
  function AgentRow({
    position: i,
    row: a,
    messages,
    groups,
    numbers,
    account,
    locked,
    actions,
  }: AgentRowProps) {
    const path = `agents[${i}]`;
    const title = a.name || a.email || `agent ${i + 1}`;
    const own = a.outboundCallerId ?? {};
    const mode = own.mode ?? account.mode;
    const { errors: err, warnings: warn } = messages;
    const fixed = own.fixedNumberId ? numbers.find((n) => n.id === own.fixedNumberId) : undefined;
    return (
      <>
        <td class="col-agent">
          <input
            class="input input-sm"
            value={a.name}
            disabled={locked}
            title={a.name}
            aria-label={`Name of agent ${i + 1}`}
            placeholder="Name"
            {...invalidProps(`${path}-name-err`, err.name!)}
            onInput={(e) => actions.rename(i, e.currentTarget.value)}
          />
          <FieldErrors id={`${path}-name-err`} messages={err.name!} />
          <input
            class="input input-sm"
            type="email"
            value={a.email}
            disabled={locked}
            title={a.email}
            placeholder="Email (optional)"
            aria-label={`Email of ${title}`}
            {...invalidProps(`${path}-email-err`, err.email!)}
            onInput={(e) => actions.update(i, { email: e.currentTarget.value })}
          />
          <FieldErrors id={`${path}-email-err`} messages={err.email!} />
          <code class="id">{a.id}</code>
        </td>
        <td class="col-groups">
          <MembershipChips
            legend={`Ring groups of ${title}`}
            groups={groups}
            value={a.ringGroups}
            disabled={locked}
            describedBy={
              [
                err.groups!.length && `${path}-groups-err`,
                warn.groups!.length && `${path}-groups-warn`,
              ]
                .filter(Boolean)
                .join(' ') || undefined
            }
            onToggle={(id, member) => actions.toggle(i, id, member)}
          />
          <FieldErrors id={`${path}-groups-err`} messages={err.groups!} />
          <FieldWarnings id={`${path}-groups-warn`} messages={warn.groups!} />
        </td>
        <td class="col-cid">
          <div class="cid-grid">
            <span class="mini-label" aria-hidden="true">
              Selection
            </span>
            <select
              id={`${path}-mode`}
              class={own.mode ? 'select input-sm overridden' : 'select input-sm'}
              disabled={locked}
              value={own.mode ?? ''}
              title={
                own.mode ? MODE_TEXT[own.mode] : `Account setting (${MODE_TEXT[account.mode]})`
              }
              aria-label={`Caller ID selection of ${title}`}
              onChange={(e) => {
                const v = e.currentTarget.value;
                actions.setOwn(i, 'mode', v ? (v as CallerIdMode) : undefined);
              }}
            >
              <option value="">Account setting ({MODE_TEXT[account.mode]})</option>
              <option value="automated">Automated</option>
              <option value="customized">Customized</option>
            </select>
            <span class="mini-label" aria-hidden="true">
              Default
            </span>
            <select
              id={`${path}-default`}
              class={
                own.allowDefault !== undefined ? 'select input-sm overridden' : 'select input-sm'
              }
              disabled={locked || mode === 'automated'}
              value={own.allowDefault === undefined ? '' : String(own.allowDefault)}
              title={
                own.allowDefault === undefined
                  ? `Account setting (${account.allowDefault ? 'allowed' : 'not allowed'})`
                  : own.allowDefault
                    ? 'Allowed'
                    : 'Not allowed'
              }
              aria-label={`Default allowed for ${title}`}
              onChange={(e) => {
                const v = e.currentTarget.value;
                actions.setOwn(i, 'allowDefault', v === '' ? undefined : v === 'true');
              }}
            >
              <option value="">
                Account setting ({account.allowDefault ? 'allowed' : 'not allowed'})
              </option>
              <option value="true">Allowed</option>
              <option value="false">Not allowed</option>
            </select>
            <span class="mini-label" aria-hidden="true">
              Fixed number
            </span>
            <SearchableSelect
              id={`${path}-fixed`}
              class={own.fixedNumberId ? 'select input-sm overridden' : 'select input-sm'}
              disabled={locked}
              label={`Fixed number of ${title}`}
              value={own.fixedNumberId ?? ''}
              count={numbers.length}
              none="None"
              what="numbers"
              chosen={
                own.fixedNumberId
                  ? {
                      value: own.fixedNumberId,
                      label: fixed
                        ? numberLabel(fixed)
                        : `${own.fixedNumberId} (not in the account)`,
                    }
                  : null
              }
              search={(q, limit) => searchChoices(numbers, q, limit, numberLabel)}
              invalid={invalidProps(`${path}-cid-err`, err.cid!)}
              onPick={(v) => actions.setOwn(i, 'fixedNumberId', v || undefined)}
            />
          </div>
          <FieldErrors id={`${path}-cid-err`} messages={err.cid!} />
          <FieldWarnings id={`${path}-cid-warn`} messages={warn.cid!} />
        </td>
        <td class="row-actions">
          <RemoveRowButton
            what={`agent ${title}`}
            disabled={locked}
            onClick={() => actions.remove(i)}
          />
        </td>
      </>
    );
  },
  (a, b) =>
    a.row === b.row &&
    a.position === b.position &&
    a.messages.key === b.messages.key &&
    a.groups === b.groups &&
    a.numbers === b.numbers &&
    a.account === b.account &&
    a.locked === b.locked &&
    a.actions === b.actions,
);

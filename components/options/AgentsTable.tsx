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
import { language, t } from '../../utils/i18n';
import { AddRowButton } from './AddRowButton';
import { RemoveRowCell } from './RemoveRowCell';
import { RowFieldMessages } from './RowFieldMessages';
import { useDraftActions } from './hooks/useDraftActions';
import { EditableTable, type Column } from './EditableTable';
import { FieldErrors, invalidProps } from './FieldErrors';
import { useLatest } from './hooks/useLatest';
import { LockedNote } from './LockedNote';
import { MembershipChips } from './MembershipChips';
import { SearchableSelect } from './SearchableSelect';
import { Section } from './Section';
import { TableToolbar } from './TableToolbar';
import type { TableProps } from './table-props';

/** "Account setting (Automated)": one whole phrase per mode. */
const ACCOUNT_MODE = {
  automated: 'options.agents.mode.account.automated',
  customized: 'options.agents.mode.account.customized',
} as const satisfies Record<CallerIdMode, string>;

/** The column headers, written when the page's language changes. */
const columns = (): Column<AgentSortKey>[] => [
  { header: t('options.agents.col.agent'), sortKey: 'name', class: 'col-agent' },
  { header: t('options.agents.col.groups'), sortKey: 'groups', class: 'col-groups' },
  { header: t('options.agents.col.callerId'), class: 'col-cid' },
  {
    header: <span class="visually-hidden">{t('options.table.actions')}</span>,
    class: 'row-actions',
  },
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
  const lang = language.value;
  const COLUMNS = useMemo(columns, [lang]);
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
      title={t('options.agents.title')}
      description={t('options.agents.description')}
      actions={<AddRowButton label={t('options.agents.add')} disabled={locked} onClick={add} />}
    >
      {locked && <LockedNote />}
      <FieldErrors id="agents-errors" messages={errors.at('agents')} />
      <TableToolbar
        id="agents"
        searchLabel={t('options.agents.search')}
        placeholder={t('options.agents.searchPlaceholder')}
        text={text}
        onText={setText}
        shown={positions.length}
        total={draft.agents.length}
        noun="agents"
      >
        <SearchableSelect
          id="agents-group"
          class="select input-sm table-filter"
          label={t('options.agents.filter.group')}
          value={group}
          count={draft.ringGroups.length}
          none={t('options.filter.anyGroup')}
          what="ringGroups"
          chosen={groupChoice(draft.ringGroups.find((g) => g.id === group))}
          search={(q, limit) => searchChoices(draft.ringGroups, q, limit, (g) => g.name || g.id)}
          onPick={setGroup}
        />
        <SearchableSelect
          id="agents-number"
          class="select input-sm table-filter"
          label={t('options.agents.filter.number')}
          value={numberId}
          count={draft.numbers.length}
          none={t('options.filter.anyNumber')}
          what="numbers"
          chosen={number ? { value: number.id, label: numberLabel(number) } : null}
          search={(q, limit) => searchChoices(draft.numbers, q, limit, numberLabel)}
          onPick={setNumberId}
        />
      </TableToolbar>
      <EditableTable
        label={t('options.agents.title')}
        columns={COLUMNS}
        positions={positions}
        keyOf={(i) => rowKey(draft.agents[i]!)}
        sort={sort}
        onSort={setSort}
        rowHeight={150}
        empty={draft.agents.length === 0 ? t('options.agents.none') : t('options.agents.noMatch')}
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
    const title = a.name || a.email || t('options.agents.untitled', { n: i + 1 });
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
            aria-label={t('options.agents.nameOf', { n: i + 1 })}
            placeholder={t('options.agents.namePlaceholder')}
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
            placeholder={t('options.agents.emailPlaceholder')}
            aria-label={t('options.agents.emailOf', { title })}
            {...invalidProps(`${path}-email-err`, err.email!)}
            onInput={(e) => actions.update(i, { email: e.currentTarget.value })}
          />
          <FieldErrors id={`${path}-email-err`} messages={err.email!} />
          <code class="id">{a.id}</code>
        </td>
        <td class="col-groups">
          <MembershipChips
            legend={t('options.table.groupsOf', { title })}
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
          <RowFieldMessages path={path} field="groups" messages={messages} />
        </td>
        <td class="col-cid">
          <div class="cid-grid">
            <span class="mini-label" aria-hidden="true">
              {t('options.agents.selection')}
            </span>
            <select
              id={`${path}-mode`}
              class={own.mode ? 'select input-sm overridden' : 'select input-sm'}
              disabled={locked}
              value={own.mode ?? ''}
              title={
                own.mode
                  ? t(
                      own.mode === 'automated'
                        ? 'options.callerId.automated'
                        : 'options.callerId.customized',
                    )
                  : t(ACCOUNT_MODE[account.mode])
              }
              aria-label={t('options.agents.selectionOf', { title })}
              onChange={(e) => {
                const v = e.currentTarget.value;
                actions.setOwn(i, 'mode', v ? (v as CallerIdMode) : undefined);
              }}
            >
              <option value="">{t(ACCOUNT_MODE[account.mode])}</option>
              <option value="automated">{t('options.callerId.automated')}</option>
              <option value="customized">{t('options.callerId.customized')}</option>
            </select>
            <span class="mini-label" aria-hidden="true">
              {t('options.agents.default')}
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
                  ? account.allowDefault
                    ? t('options.agents.default.account.allowed')
                    : t('options.agents.default.account.notAllowed')
                  : own.allowDefault
                    ? t('options.agents.default.allowed')
                    : t('options.agents.default.notAllowed')
              }
              aria-label={t('options.agents.defaultOf', { title })}
              onChange={(e) => {
                const v = e.currentTarget.value;
                actions.setOwn(i, 'allowDefault', v === '' ? undefined : v === 'true');
              }}
            >
              <option value="">
                {account.allowDefault
                  ? t('options.agents.default.account.allowed')
                  : t('options.agents.default.account.notAllowed')}
              </option>
              <option value="true">{t('options.agents.default.allowed')}</option>
              <option value="false">{t('options.agents.default.notAllowed')}</option>
            </select>
            <span class="mini-label" aria-hidden="true">
              {t('options.agents.fixed')}
            </span>
            <SearchableSelect
              id={`${path}-fixed`}
              class={own.fixedNumberId ? 'select input-sm overridden' : 'select input-sm'}
              disabled={locked}
              label={t('options.agents.fixedOf', { title })}
              value={own.fixedNumberId ?? ''}
              count={numbers.length}
              none={t('options.agents.fixed.none')}
              what="numbers"
              chosen={
                own.fixedNumberId
                  ? {
                      value: own.fixedNumberId,
                      label: fixed
                        ? numberLabel(fixed)
                        : t('options.agents.fixed.gone', { id: own.fixedNumberId }),
                    }
                  : null
              }
              search={(q, limit) => searchChoices(numbers, q, limit, numberLabel)}
              invalid={invalidProps(`${path}-cid-err`, err.cid!)}
              lazy
              onPick={(v) => actions.setOwn(i, 'fixedNumberId', v || undefined)}
            />
          </div>
          <RowFieldMessages path={path} field="cid" messages={messages} />
        </td>
        <RemoveRowCell
          label={t('options.agents.remove', { title })}
          disabled={locked}
          onClick={() => actions.remove(i)}
        />
      </>
    );
  },
  {
    position: 'same',
    row: 'same',
    messages: 'key',
    groups: 'same',
    numbers: 'same',
    account: 'same',
    locked: 'same',
    actions: 'same',
  },
);

/**
 * The account's numbers in account order (the order the rules break ties by): label, number,
 * ring groups, and the toll-free, dedicated-line and external marks. A number typed in national
 * form is turned into E.164 for the account's default country when the field is left
 * (lib/ui/table-rules.ts numberPatch). Search, filters and sorting change what is shown, never
 * the account order.
 */
import { getCountries, type CountryCode } from 'libphonenumber-js/max';
import { memoRow } from './memo-row';
import { useMemo, useState } from 'preact/hooks';
import type { AccountNumber, RingGroup } from '../../lib/caller-id/types';
import { addNumber, removeNumber, toggleMembership, updateNumber } from '../../lib/ui/draft';
import { formatPhone } from '../../lib/ui/format';
import { language, t, translator } from '../../utils/i18n';
import { rowKey } from '../../lib/ui/row-keys';
import { rowMessages } from '../../lib/ui/row-messages';
import {
  queryNumbers,
  searchChoices,
  type NumberSortKey,
  type Sort,
} from '../../lib/ui/table-query';
import { namePatch, numberCountry, numberPatch } from '../../lib/ui/table-rules';
import { AddRowButton } from './AddRowButton';
import { RemoveRowCell } from './RemoveRowCell';
import { RowFieldMessages } from './RowFieldMessages';
import { useDraftActions } from './hooks/useDraftActions';
import { EditableTable, type Column } from './EditableTable';
import { FieldErrors, invalidProps } from './FieldErrors';
import { FieldWarnings } from './FieldWarnings';
import { useCountryIndex } from './hooks/useCountryIndex';
import { useLatest } from './hooks/useLatest';
import { LockedNote } from './LockedNote';
import { MembershipChips } from './MembershipChips';
import { SearchableSelect } from './SearchableSelect';
import { Section } from './Section';
import { TableToolbar, FilterSelect } from './TableToolbar';
import type { TableProps } from './table-props';

const FLAGS = [
  { key: 'tollFree', label: 'options.numbers.flag.tollFree', cls: 'chip-tollfree' },
  { key: 'dedicatedLine', label: 'options.numbers.flag.dedicated', cls: 'chip-dedicated' },
  { key: 'external', label: 'options.numbers.flag.external', cls: 'chip-external' },
] as const;

/** The column headers, written when the page's language changes. */
const columns = (): Column<NumberSortKey>[] => [
  { header: t('options.numbers.col.label'), sortKey: 'label', class: 'col-label' },
  { header: t('options.numbers.col.number'), sortKey: 'number', class: 'col-number' },
  { header: t('options.numbers.col.groups'), class: 'col-groups' },
  { header: t('options.numbers.col.marks'), class: 'col-marks' },
  {
    header: <span class="visually-hidden">{t('options.table.actions')}</span>,
    class: 'row-actions',
  },
];

const FIELDS = {
  label: ['label', 'id', ''],
  number: ['number'],
  groups: ['ringGroups*'],
  flags: ['tollFree', 'dedicatedLine', 'external'],
};

interface RowActions {
  rename: (i: number, label: string) => void;
  setNumber: (i: number, text: string, final: boolean) => void;
  update: (i: number, patch: Partial<AccountNumber>) => void;
  toggle: (i: number, groupId: string, member: boolean) => void;
  remove: (i: number) => void;
}

export function NumbersTable({
  draft,
  onChange,
  errors,
  warnings,
  savedIds,
  locked = false,
}: TableProps) {
  const country = draft.account.defaultCountry;
  const { actions, add } = useDraftActions<RowActions>(
    { draft, onChange, savedIds },
    (apply) => ({
      rename: (i, label) =>
        apply((d, saved) =>
          updateNumber(d, i, { label, ...namePatch(d, 'numbers', i, label, saved) }),
        ),
      setNumber: (i, text, final) =>
        apply((d) => {
          const row = d.numbers[i];
          if (!row) return d;
          const patch = numberPatch(row, text, d.account.defaultCountry, final);
          return patch.number === row.number && patch.tollFree === undefined
            ? d
            : updateNumber(d, i, patch);
        }),
      update: (i, patch) => apply((d) => updateNumber(d, i, patch)),
      toggle: (i, id, member) => apply((d) => toggleMembership(d, 'numbers', i, id, member)),
      remove: (i) => apply((d) => removeNumber(d, i)),
    }),
    addNumber,
  );

  const [text, setText] = useState('');
  const [group, setGroup] = useState('');
  const [agentId, setAgentId] = useState('');
  const [countryFilter, setCountryFilter] = useState('');
  const [sort, setSort] = useState<Sort<NumberSortKey>>();
  const lang = language.value;
  const COLUMNS = useMemo(columns, [lang]);
  const countries = useCountryIndex(
    draft.numbers,
    country,
    countryFilter !== '' || sort?.key === 'country',
  );
  const agent = agentId ? draft.agents.find((a) => a.id === agentId) : undefined;
  // Shown rows are worked out again when the search, a filter, the sort or the number of rows
  // changes, not on every keystroke in a row: a row being edited does not vanish from under the
  // caret because its new label no longer matches the search.
  const numbers = useLatest(draft.numbers);
  const positions = useMemo(
    () =>
      queryNumbers(
        numbers.current,
        { text, ringGroup: group, agent, country: countryFilter },
        sort,
        countries.countryOf,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the row count is a recompute key: rows are queried again when one is added or removed, not on every edit of a row; countries.read marks the country index filling in
    [
      numbers,
      draft.numbers.length,
      text,
      group,
      agent,
      countryFilter,
      sort,
      countries.countryOf,
      countries.read,
    ],
  );

  return (
    <Section
      id="numbers"
      title={t('options.numbers.title')}
      description={t('options.numbers.description')}
      actions={<AddRowButton label={t('options.numbers.add')} disabled={locked} onClick={add} />}
    >
      {locked && <LockedNote />}
      <FieldErrors id="numbers-errors" messages={errors.at('numbers')} />
      <FieldWarnings id="numbers-warnings" messages={warnings?.at('numbers') ?? []} />
      <TableToolbar
        id="numbers"
        searchLabel={t('options.numbers.search')}
        placeholder={t('options.numbers.searchPlaceholder')}
        text={text}
        onText={setText}
        shown={positions.length}
        total={draft.numbers.length}
        noun="numbers"
        note={
          countries.read < countries.total && (countryFilter || sort?.key === 'country')
            ? t('options.numbers.readingCountries', { share: countries.read / countries.total })
            : undefined
        }
      >
        <FilterSelect
          id="numbers-country"
          label={t('options.numbers.filter.country')}
          value={countryFilter}
          any={t('options.filter.anyCountry')}
          options={COUNTRY_OPTIONS(lang)}
          onChange={setCountryFilter}
        />
        <SearchableSelect
          id="numbers-group"
          class="select input-sm table-filter"
          label={t('options.numbers.filter.group')}
          value={group}
          count={draft.ringGroups.length}
          none={t('options.filter.anyGroup')}
          what="ringGroups"
          chosen={groupChoice(draft.ringGroups.find((g) => g.id === group))}
          search={(q, limit) => searchChoices(draft.ringGroups, q, limit, groupLabel)}
          onPick={setGroup}
        />
        <SearchableSelect
          id="numbers-agent"
          class="select input-sm table-filter"
          label={t('options.numbers.filter.agent')}
          value={agentId}
          count={draft.agents.length}
          none={t('options.filter.anyAgent')}
          what="agents"
          chosen={agent ? { value: agent.id, label: agent.name || agent.id } : null}
          search={(q, limit) => searchChoices(draft.agents, q, limit, (a) => a.name || a.id)}
          onPick={setAgentId}
        />
      </TableToolbar>
      <EditableTable
        label={t('options.numbers.title')}
        columns={COLUMNS}
        positions={positions}
        keyOf={(i) => rowKey(draft.numbers[i]!)}
        sort={sort}
        onSort={setSort}
        rowHeight={76}
        empty={
          draft.numbers.length === 0 ? t('options.numbers.none') : t('options.numbers.noMatch')
        }
        renderRow={(i) => {
          const path = `numbers[${i}]`;
          return (
            <NumberRow
              position={i}
              row={draft.numbers[i]!}
              messages={rowMessages(errors, warnings, path, FIELDS)}
              groups={draft.ringGroups}
              country={country}
              locked={locked}
              actions={actions}
            />
          );
        }}
      />
    </Section>
  );
}

/** Every country, named and sorted in the page's language; one list per language. */
const countryOptions = new Map<string, { value: string; label: string }[]>();
function COUNTRY_OPTIONS(lang: string) {
  let options = countryOptions.get(lang);
  if (!options) {
    const { country } = translator.peek();
    const collator = new Intl.Collator(lang);
    options = getCountries()
      .map((code) => ({ value: code, label: country(code) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    countryOptions.set(lang, options);
  }
  return options;
}

const groupLabel = (g: RingGroup) => (g.name && g.name !== g.id ? `${g.name} (${g.id})` : g.id);
const groupChoice = (g: RingGroup | undefined) =>
  g ? { value: g.id, label: groupLabel(g) } : null;

interface NumberRowProps {
  position: number;
  row: AccountNumber;
  messages: ReturnType<typeof rowMessages>;
  groups: RingGroup[];
  country: CountryCode;
  locked: boolean;
  actions: RowActions;
}

/** One number; renders again only when its own row, messages or the ring groups change. */
const NumberRow = memoRow(
  function NumberRow({
    position: i,
    row: n,
    messages,
    groups,
    country,
    locked,
    actions,
  }: NumberRowProps) {
    const path = `numbers[${i}]`;
    const title = n.label || n.number || t('options.numbers.untitled', { n: i + 1 });
    const err = messages.errors;
    const valid = n.number ? numberCountry(n.number, country) : undefined;
    return (
      <>
        <td class="col-label">
          <input
            class="input input-sm"
            value={n.label}
            disabled={locked}
            aria-label={t('options.numbers.labelOf', { n: i + 1 })}
            {...invalidProps(`${path}-label-err`, err.label!)}
            onInput={(e) => actions.rename(i, e.currentTarget.value)}
          />
          <code class="id">{n.id}</code>
          <RowFieldMessages path={path} field="label" messages={messages} />
        </td>
        <td class="col-number">
          <input
            class="input input-sm tel"
            type="tel"
            value={n.number}
            disabled={locked}
            placeholder="+14155550100"
            aria-label={t('options.numbers.numberOf', { title })}
            {...invalidProps(`${path}-number-err`, err.number!)}
            onInput={(e) => actions.setNumber(i, e.currentTarget.value, false)}
            onBlur={(e) => actions.setNumber(i, e.currentTarget.value, true)}
          />
          {valid && err.number!.length === 0 && /^\+\d+$/.test(n.number) && (
            <span class="cell-note">
              {formatPhone(n.number)} · {translator.value.country(valid)}
            </span>
          )}
          <RowFieldMessages path={path} field="number" messages={messages} />
        </td>
        <td class="col-groups">
          <MembershipChips
            legend={t('options.table.groupsOf', { title })}
            groups={groups}
            value={n.ringGroups}
            disabled={locked}
            describedBy={err.groups!.length ? `${path}-groups-err` : undefined}
            onToggle={(id, member) => actions.toggle(i, id, member)}
          />
          <RowFieldMessages path={path} field="groups" messages={messages} />
        </td>
        <td class="col-marks">
          <fieldset class="chips marks-edit" disabled={locked}>
            <legend class="visually-hidden">{t('options.numbers.marksOf', { title })}</legend>
            {FLAGS.map((f) => (
              <label key={f.key} class={n[f.key] ? `chip on ${f.cls}` : 'chip'}>
                <input
                  type="checkbox"
                  checked={n[f.key]}
                  onChange={(e) => actions.update(i, { [f.key]: e.currentTarget.checked })}
                />
                {t(f.label)}
              </label>
            ))}
          </fieldset>
          <RowFieldMessages path={path} field="flags" messages={messages} />
        </td>
        <RemoveRowCell
          label={t('options.numbers.remove', { title })}
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
    country: 'same',
    locked: 'same',
    actions: 'same',
  },
);

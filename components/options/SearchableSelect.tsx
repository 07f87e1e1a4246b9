/**
 * A native select over a list that may hold thousands of entries (an agent's fixed number among
 * 10,000, the preview's agent among 2,000): with a short list it is a plain select; with a long
 * one a search field beside it narrows the select to the entries that match (the first few), plus
 * the one chosen. A native select keeps keyboard and screen-reader behaviour people know.
 */
import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

export interface Choice {
  value: string;
  label: string;
}

/** Up to this many entries, the select lists them all and there is no search field. */
export const LIST_ALL_UP_TO = 40;
const MATCHES = 30;

export interface SearchableSelectProps {
  id?: string;
  class?: string;
  disabled?: boolean;
  /** aria-invalid and aria-describedby of the select (FieldErrors' invalidProps). */
  invalid?: { 'aria-invalid'?: true; 'aria-describedby'?: string };
  /** The select's accessible name. */
  label: string;
  value: string;
  count: number;
  /** The entries matching the search, at most `limit`, in list order ('' for all). */
  search: (query: string, limit: number) => Choice[];
  /** How the chosen value reads (it may be outside the matches). */
  chosen: Choice | null;
  /** The first entry ("None", "Account setting"), with value ''. */
  none?: string;
  onPick: (value: string) => void;
  /** What the search field finds. */
  what: keyof typeof FIND;
  /**
   * With a long list, list only "none" and the chosen entry until the select is focused or
   * pressed, or a search is typed (for a select in every row of a long table: a scroll that
   * draws 20 agent rows drew 600 options, each a formatted number, in one task).
   */
  lazy?: boolean;
}

/** The search field's placeholder and name, whole sentences for each kind of entry. */
const FIND = {
  numbers: { placeholder: 'options.find.numbers', label: 'options.find.numbers.label' },
  agents: { placeholder: 'options.find.agents', label: 'options.find.agents.label' },
  ringGroups: { placeholder: 'options.find.ringGroups', label: 'options.find.ringGroups.label' },
} as const;

export function SearchableSelect({
  label,
  value,
  count,
  search,
  chosen,
  none,
  onPick,
  what,
  id,
  class: cls,
  disabled,
  invalid,
  lazy = false,
}: SearchableSelectProps) {
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState(!lazy);
  const long = count > LIST_ALL_UP_TO;
  // Not yet opened: none and the chosen entry only. Focus and a press render the matches
  // before the native list opens (Preact renders in a microtask, ahead of the default action).
  const matches = long && !opened ? [] : search(long ? query : '', long ? MATCHES : count);
  const open = long && !opened ? () => setOpened(true) : undefined;
  const list =
    chosen && !matches.some((m) => m.value === chosen.value) ? [chosen, ...matches] : matches;
  const select = (
    <select
      id={id}
      class={cls}
      disabled={disabled}
      {...invalid}
      aria-label={label}
      // A closed select cannot wrap: a long chosen entry reads in full on hover.
      title={chosen?.label ?? none}
      value={value}
      onFocus={open}
      onPointerDown={open}
      onChange={(e) => onPick(e.currentTarget.value)}
    >
      {none !== undefined && <option value="">{none}</option>}
      {list.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
  if (!long) return select;
  return (
    <span class="searchable-select">
      <input
        type="search"
        class="input input-sm"
        value={query}
        disabled={disabled}
        placeholder={t(FIND[what].placeholder, { count })}
        aria-label={t(FIND[what].label, { label })}
        onInput={(e) => {
          setOpened(true);
          setQuery(e.currentTarget.value);
        }}
      />
      {select}
    </span>
  );
}

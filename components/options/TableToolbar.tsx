/**
 * Search and filters above an account table, and how many rows they show (announced politely to
 * screen readers as it changes).
 */
import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n';

/** "120 numbers" and "12 of 120 numbers", whole sentences for each table. */
const COUNT = {
  numbers: { all: 'options.count.numbers', some: 'options.count.numbers.some' },
  ringGroups: { all: 'options.count.ringGroups', some: 'options.count.ringGroups.some' },
  agents: { all: 'options.count.agents', some: 'options.count.agents.some' },
} as const;

export interface TableToolbarProps {
  id: string;
  /** "Search numbers": the search field's label. */
  searchLabel: string;
  placeholder: string;
  text: string;
  onText: (text: string) => void;
  shown: number;
  total: number;
  /** What the table lists. */
  noun: keyof typeof COUNT;
  /** Filter selects. */
  children?: ComponentChildren;
  /** A note on the filters ("Reading countries…"). */
  note?: ComponentChildren;
}

export function TableToolbar({
  id,
  searchLabel,
  placeholder,
  text,
  onText,
  shown,
  total,
  noun,
  children,
  note,
}: TableToolbarProps) {
  return (
    <div class="table-toolbar">
      <div class="table-filters">
        <label class="visually-hidden" for={`${id}-search`}>
          {searchLabel}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          class="input input-sm table-search"
          value={text}
          placeholder={placeholder}
          onInput={(e) => onText(e.currentTarget.value)}
        />
        {children}
      </div>
      <p class="table-count" role="status">
        {shown === total ? t(COUNT[noun].all, { total }) : t(COUNT[noun].some, { shown, total })}
        {note && <span class="hint"> · {note}</span>}
      </p>
    </div>
  );
}

/** One filter of a table: a labelled select whose first entry means "any". */
export function FilterSelect({
  id,
  label,
  value,
  any,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  any: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label class="visually-hidden" for={id}>
        {label}
      </label>
      <select
        id={id}
        class="select input-sm table-filter"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}

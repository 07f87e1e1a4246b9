/**
 * Ring-group membership of one number or agent: a checkbox per ring group, drawn as chips. With
 * many ring groups (an account may have hundreds) only the row's own groups are chips, and a
 * search field offers the others that match what is typed. A membership that names no ring group
 * of the account stays visible (and invalid) until removed. Long names wrap; none is cut off.
 */
import { useState } from 'preact/hooks';
import type { RingGroup } from '../../lib/caller-id/types';
import { searchGroups } from '../../lib/ui/table-query';
import { t } from '../../utils/i18n';

/** Up to this many ring groups, every one is a chip. */
export const ALL_CHIPS_UP_TO = 12;
/** How many matches the search offers at once. */
const MATCHES = 8;

/**
 * The account's ring groups by id, one map per list shared by every row: a row that scrolls into
 * a long table is drawn in the same task as the rest of the new window, and building its own map
 * of 500 ring groups per row made each scroll step allocate thousands of entries.
 */
const indexes = new WeakMap<RingGroup[], Map<string, RingGroup>>();
function byIdOf(groups: RingGroup[]): Map<string, RingGroup> {
  let byId = indexes.get(groups);
  if (!byId) {
    byId = new Map(groups.map((g) => [g.id, g]));
    indexes.set(groups, byId);
  }
  return byId;
}

export interface MembershipChipsProps {
  /** "Ring groups of San Francisco HQ": the group's accessible name. */
  legend: string;
  groups: RingGroup[];
  value: string[];
  onToggle: (groupId: string, member: boolean) => void;
  disabled?: boolean;
  describedBy?: string;
}

export function MembershipChips({
  legend,
  groups,
  value,
  onToggle,
  disabled = false,
  describedBy,
}: MembershipChipsProps) {
  const [query, setQuery] = useState('');
  const byId = byIdOf(groups);
  const many = groups.length > ALL_CHIPS_UP_TO;
  const members = new Set(value);
  const unknown = value.filter((id) => !byId.has(id));
  const shown = many
    ? [
        ...value.flatMap((id) => byId.get(id) ?? []),
        ...(query.trim()
          ? searchGroups(groups, query, MATCHES + value.length)
              .filter((g) => !members.has(g.id))
              .slice(0, MATCHES)
          : []),
      ]
    : groups;
  return (
    <fieldset class="chips" disabled={disabled} aria-describedby={describedBy}>
      <legend class="visually-hidden">{legend}</legend>
      {shown.map((g) => (
        <label key={g.id} class={members.has(g.id) ? 'chip on' : 'chip'} title={g.name || g.id}>
          <input
            type="checkbox"
            checked={members.has(g.id)}
            onChange={(e) => onToggle(g.id, e.currentTarget.checked)}
          />
          {g.name || g.id}
        </label>
      ))}
      {unknown.map((id) => (
        <label key={id} class="chip on unknown" title={id}>
          <input type="checkbox" checked onChange={() => onToggle(id, false)} />
          {id}
        </label>
      ))}
      {many && (
        <input
          type="search"
          class="input input-sm chip-search"
          value={query}
          placeholder={t('options.chips.add', { count: groups.length })}
          aria-label={t('options.chips.find', { legend })}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      )}
      {many && query.trim() && shown.length === value.length - unknown.length && (
        <span class="hint">{t('options.chips.noMatch', { query: query.trim() })}</span>
      )}
      {groups.length === 0 && <span class="hint">{t('options.chips.none')}</span>}
    </fieldset>
  );
}

/**
 * Ring-group membership of one number or agent: a checkbox per ring group, drawn as chips. A
 * membership that names no ring group of the account stays visible (and invalid) until removed.
 */
import type { RingGroup } from '../../lib/caller-id/types';

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
  const unknown = value.filter((id) => !groups.some((g) => g.id === id));
  return (
    <fieldset class="chips" disabled={disabled} aria-describedby={describedBy}>
      <legend class="visually-hidden">{legend}</legend>
      {groups.map((g) => (
        <label key={g.id} class={value.includes(g.id) ? 'chip on' : 'chip'}>
          <input
            type="checkbox"
            checked={value.includes(g.id)}
            onChange={(e) => onToggle(g.id, e.currentTarget.checked)}
          />
          {g.name || g.id}
        </label>
      ))}
      {unknown.map((id) => (
        <label key={id} class="chip on unknown">
          <input type="checkbox" checked onChange={() => onToggle(id, false)} />
          {id}
        </label>
      ))}
      {groups.length === 0 && <span class="hint">Add a ring group first.</span>}
    </fieldset>
  );
}

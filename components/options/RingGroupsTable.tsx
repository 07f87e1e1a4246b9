/** The account's ring groups: name and id, with how many numbers and agents belong to each. */
import { addRingGroup, idFromName, removeRingGroup, updateRingGroup } from '../../lib/ui/draft';
import { FieldErrors, invalidProps } from './FieldErrors';
import { Icon } from '../shared/Icon';
import { LockedNote } from './LockedNote';
import { Section } from './Section';
import type { TableProps } from './table-props';

export function RingGroupsTable({ draft, onChange, errors, savedIds, locked = false }: TableProps) {
  return (
    <Section
      id="ring-groups"
      title="Ring groups"
      description="Agents can call from the numbers that share a ring group with them."
      actions={
        <button
          type="button"
          class="btn btn-secondary btn-sm"
          disabled={locked}
          onClick={() => onChange(addRingGroup(draft))}
        >
          <Icon name="plus" size={14} />
          Add ring group
        </button>
      }
    >
      {locked && <LockedNote />}
      <FieldErrors id="ring-groups-errors" messages={errors.at('ringGroups')} />
      <table class="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">ID</th>
            <th scope="col" class="num">
              Numbers
            </th>
            <th scope="col" class="num">
              Agents
            </th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.ringGroups.map((g, i) => {
            const path = `ringGroups[${i}]`;
            const nameErrors = errors.at(`${path}.name`);
            const idErrors = [...errors.at(`${path}.id`), ...errors.at(path)];
            const others = draft.ringGroups.filter((_, j) => j !== i).map((x) => x.id);
            const title = g.name || `ring group ${i + 1}`;
            return (
              <tr key={i}>
                <td>
                  <input
                    class="input input-sm"
                    value={g.name}
                    disabled={locked}
                    aria-label={`Name of ring group ${i + 1}`}
                    {...invalidProps(`${path}-name-err`, nameErrors)}
                    onInput={(e) => {
                      const name = e.currentTarget.value;
                      const patch = savedIds.has(g.id)
                        ? { name }
                        : { name, id: idFromName(name, others, 'group') };
                      onChange(updateRingGroup(draft, i, patch));
                    }}
                  />
                  <FieldErrors id={`${path}-name-err`} messages={nameErrors} />
                </td>
                <td>
                  <code class="id">{g.id}</code>
                  <FieldErrors id={`${path}-id-err`} messages={idErrors} />
                </td>
                <td class="num">
                  {draft.numbers.filter((n) => n.ringGroups.includes(g.id)).length}
                </td>
                <td class="num">
                  {draft.agents.filter((a) => a.ringGroups.includes(g.id)).length}
                </td>
                <td class="row-actions">
                  <button
                    type="button"
                    class="btn btn-ghost btn-icon btn-remove"
                    disabled={locked}
                    aria-label={`Remove ring group ${title}`}
                    title="Remove"
                    onClick={() => onChange(removeRingGroup(draft, i))}
                  >
                    <Icon name="trash" />
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {draft.ringGroups.length === 0 && <p class="empty-state">No ring groups yet.</p>}
    </Section>
  );
}

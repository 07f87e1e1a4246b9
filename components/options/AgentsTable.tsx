/**
 * The account's agents: name, email, ring groups, and their own caller-ID settings where they
 * differ from the account's (mode, Default, a fixed number).
 */
import type { CallerIdMode } from '../../lib/caller-id/types';
import {
  addAgent,
  idFromName,
  removeAgent,
  setAgentCallerId,
  toggleMembership,
  updateAgent,
} from '../../lib/ui/draft';
import { formatPhone } from '../../lib/ui/format';
import { FieldErrors, invalidProps } from './FieldErrors';
import { Icon } from '../shared/Icon';
import { LockedNote } from './LockedNote';
import { MembershipChips } from './MembershipChips';
import { Section } from './Section';
import type { TableProps } from './table-props';

const MODE_TEXT: Record<CallerIdMode, string> = {
  automated: 'Automated',
  customized: 'Customized',
};

export function AgentsTable({ draft, onChange, errors, savedIds, locked = false }: TableProps) {
  const account = draft.outboundCallerId;
  return (
    <Section
      id="agents"
      title="Agents"
      description="Each agent signs in once by picking their name. Leave the caller-ID columns on “Account setting” to follow the account."
      actions={
        <button
          type="button"
          class="btn btn-secondary btn-sm"
          disabled={locked}
          onClick={() => onChange(addAgent(draft))}
        >
          <Icon name="plus" size={14} />
          Add agent
        </button>
      }
    >
      {locked && <LockedNote />}
      <FieldErrors id="agents-errors" messages={errors.at('agents')} />
      <div class="table-scroll">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Agent</th>
              <th scope="col">Ring groups</th>
              <th scope="col">Caller ID</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.agents.map((a, i) => {
              const path = `agents[${i}]`;
              const title = a.name || a.email || `agent ${i + 1}`;
              const own = a.outboundCallerId ?? {};
              const nameErrors = [
                ...errors.at(`${path}.name`),
                ...errors.at(`${path}.id`),
                ...errors.at(path),
              ];
              const emailErrors = errors.at(`${path}.email`);
              const groupErrors = errors.within(`${path}.ringGroups`).map((e) => e.message);
              const cidErrors = errors.within(`${path}.outboundCallerId`).map((e) => e.message);
              const others = draft.agents.filter((_, j) => j !== i).map((x) => x.id);
              const mode = own.mode ?? account.mode;
              return (
                <tr key={i}>
                  <td class="col-agent">
                    <input
                      class="input input-sm"
                      value={a.name}
                      disabled={locked}
                      aria-label={`Name of agent ${i + 1}`}
                      placeholder="Name"
                      {...invalidProps(`${path}-name-err`, nameErrors)}
                      onInput={(e) => {
                        const name = e.currentTarget.value;
                        const patch = savedIds.has(a.id)
                          ? { name }
                          : { name, id: idFromName(name, others, 'agent') };
                        onChange(updateAgent(draft, i, patch));
                      }}
                    />
                    <FieldErrors id={`${path}-name-err`} messages={nameErrors} />
                    <input
                      class="input input-sm"
                      type="email"
                      value={a.email}
                      disabled={locked}
                      placeholder="Email"
                      aria-label={`Email of ${title}`}
                      {...invalidProps(`${path}-email-err`, emailErrors)}
                      onInput={(e) =>
                        onChange(updateAgent(draft, i, { email: e.currentTarget.value }))
                      }
                    />
                    <FieldErrors id={`${path}-email-err`} messages={emailErrors} />
                    <code class="id">{a.id}</code>
                  </td>
                  <td class="col-groups">
                    <MembershipChips
                      legend={`Ring groups of ${title}`}
                      groups={draft.ringGroups}
                      value={a.ringGroups}
                      disabled={locked}
                      describedBy={groupErrors.length ? `${path}-groups-err` : undefined}
                      onToggle={(id, member) =>
                        onChange(toggleMembership(draft, 'agents', i, id, member))
                      }
                    />
                    <FieldErrors id={`${path}-groups-err`} messages={groupErrors} />
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
                        aria-label={`Caller ID selection of ${title}`}
                        onChange={(e) => {
                          const v = e.currentTarget.value;
                          onChange(
                            setAgentCallerId(draft, i, 'mode', v ? (v as CallerIdMode) : undefined),
                          );
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
                          own.allowDefault !== undefined
                            ? 'select input-sm overridden'
                            : 'select input-sm'
                        }
                        disabled={locked || mode === 'automated'}
                        value={own.allowDefault === undefined ? '' : String(own.allowDefault)}
                        aria-label={`Default allowed for ${title}`}
                        onChange={(e) => {
                          const v = e.currentTarget.value;
                          onChange(
                            setAgentCallerId(
                              draft,
                              i,
                              'allowDefault',
                              v === '' ? undefined : v === 'true',
                            ),
                          );
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
                      <select
                        id={`${path}-fixed`}
                        class={own.fixedNumberId ? 'select input-sm overridden' : 'select input-sm'}
                        disabled={locked}
                        value={own.fixedNumberId ?? ''}
                        aria-label={`Fixed number of ${title}`}
                        {...invalidProps(`${path}-cid-err`, cidErrors)}
                        onChange={(e) => {
                          const v = e.currentTarget.value;
                          onChange(setAgentCallerId(draft, i, 'fixedNumberId', v || undefined));
                        }}
                      >
                        <option value="">None</option>
                        {draft.numbers.map((n) => (
                          <option key={n.id} value={n.id}>
                            {n.label || n.id} ({formatPhone(n.number)})
                          </option>
                        ))}
                        {own.fixedNumberId &&
                          !draft.numbers.some((n) => n.id === own.fixedNumberId) && (
                            <option value={own.fixedNumberId}>
                              {own.fixedNumberId} (not in the account)
                            </option>
                          )}
                      </select>
                    </div>
                    <FieldErrors id={`${path}-cid-err`} messages={cidErrors} />
                  </td>
                  <td class="row-actions">
                    <button
                      type="button"
                      class="btn btn-ghost btn-icon btn-remove"
                      disabled={locked}
                      aria-label={`Remove agent ${title}`}
                      title="Remove"
                      onClick={() => onChange(removeAgent(draft, i))}
                    >
                      <Icon name="trash" />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {draft.agents.length === 0 && <p class="empty-state">No agents yet.</p>}
    </Section>
  );
}

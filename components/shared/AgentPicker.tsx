/**
 * First use: the agent says who they are, from the account's agents. A radio list (native, so the
 * arrow keys and screen readers work as everywhere) with a filter when the account is large.
 */
import { useState } from 'preact/hooks';
import type { Agent, RingGroup } from '../../lib/caller-id/types';
import { t } from '../../utils/i18n';
import { Icon } from './Icon';

export interface AgentPickerProps {
  accountName: string;
  agents: Agent[];
  ringGroups: RingGroup[];
  current?: string;
  onPick: (agentId: string) => void;
  onCancel?: () => void;
  busy?: boolean;
  error?: string;
}

const FILTER_FROM = 8;

export function AgentPicker({
  accountName,
  agents,
  ringGroups,
  current,
  onPick,
  onCancel,
  busy = false,
  error,
}: AgentPickerProps) {
  const [picked, setPicked] = useState<string | undefined>(current);
  const [filter, setFilter] = useState('');
  const groupName = (id: string) => ringGroups.find((g) => g.id === id)?.name ?? id;
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? agents.filter((a) => `${a.name} ${a.email}`.toLowerCase().includes(needle))
    : agents;

  return (
    <form
      class="agent-picker"
      onSubmit={(event) => {
        event.preventDefault();
        if (picked) onPick(picked);
      }}
    >
      <div class="agent-picker-head">
        <h2>{t('common.agentPicker.heading')}</h2>
        <p class="hint">{t('common.agentPicker.intro', { account: accountName })}</p>
      </div>
      {agents.length >= FILTER_FROM && (
        <div class="field">
          <label class="field-label" for="agent-filter">
            {t('common.agentPicker.filter')}
          </label>
          <input
            id="agent-filter"
            class="input"
            type="search"
            value={filter}
            onInput={(e) => setFilter(e.currentTarget.value)}
          />
        </div>
      )}
      <fieldset class="agent-list">
        <legend class="visually-hidden">
          {t('common.agentPicker.legend', { account: accountName })}
        </legend>
        {shown.map((agent) => (
          <label
            key={agent.id}
            class={picked === agent.id ? 'agent-option picked' : 'agent-option'}
          >
            <input
              type="radio"
              name="agent"
              value={agent.id}
              checked={picked === agent.id}
              onChange={() => setPicked(agent.id)}
            />
            <span class="avatar" aria-hidden="true">
              {initials(agent.name)}
            </span>
            <span class="agent-option-text">
              <span class="agent-name">{agent.name}</span>
              <span class="agent-meta">
                {/* The email is optional in the config: no leading "·" without it. */}
                {[agent.email, agent.ringGroups.map(groupName).join(', ')]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </span>
          </label>
        ))}
        {shown.length === 0 && (
          <p class="hint">{t('common.agentPicker.noMatch', { query: filter })}</p>
        )}
      </fieldset>
      {error && (
        <div class="alert alert-error" role="alert">
          <Icon name="error" />
          <span>{error}</span>
        </div>
      )}
      <div class="actions">
        {onCancel && (
          <button type="button" class="btn btn-secondary" onClick={onCancel}>
            {t('common.action.cancel')}
          </button>
        )}
        <button type="submit" class="btn btn-primary" disabled={!picked || busy}>
          {busy ? t('common.action.saving') : t('common.action.continue')}
        </button>
      </div>
    </form>
  );
}

/** "Ana Silva" → "AS". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

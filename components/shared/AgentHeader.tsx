/** Who is signed in and to which account, at the top of the popup and the side panel. */
import type { Agent } from '../../lib/caller-id/types';
import { t } from '../../utils/i18n';
import { initials } from './AgentPicker';
import { Icon } from './Icon';

export interface AgentHeaderProps {
  title: string;
  agent: Agent | undefined;
  accountName: string | undefined;
  /** Absent when the agent is set by policy and cannot be changed here. */
  onSwitch?: () => void;
  lockedByPolicy?: boolean;
}

export function AgentHeader({
  title,
  agent,
  accountName,
  onSwitch,
  lockedByPolicy = false,
}: AgentHeaderProps) {
  return (
    <header class="app-header">
      <div class="brand">
        <span class="brand-mark" aria-hidden="true">
          <Icon name="phone" size={14} />
        </span>
        <h1>{title}</h1>
      </div>
      {agent && (
        <div class="who" data-testid="signed-in">
          <span class="avatar avatar-sm" aria-hidden="true">
            {initials(agent.name)}
          </span>
          <span class="who-text" title={`${agent.name}, ${accountName ?? ''}`.replace(/, $/, '')}>
            <span class="who-name">{agent.name}</span>
            <span class="who-account">{accountName}</span>
          </span>
          {lockedByPolicy ? (
            <span class="lock-mark" title={t('common.agent.lockedByPolicy')}>
              <Icon name="lock" size={14} />
              <span class="visually-hidden">{t('common.agent.lockedByPolicy')}</span>
            </span>
          ) : (
            onSwitch && (
              <button
                type="button"
                class="btn btn-ghost btn-sm"
                onClick={onSwitch}
                aria-label={t('common.agent.switchLabel', { name: agent.name })}
              >
                {t('common.agent.switch')}
              </button>
            )
          )}
        </div>
      )}
    </header>
  );
}

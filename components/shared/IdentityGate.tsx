/**
 * Shows the agent's surface only once Ringside knows who they are in the active account. Otherwise
 * it says what is missing (no config yet, first use, an agent a sync removed, a policy email the
 * account lacks) and, where the agent can fix it, offers the agent picker.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Agent } from '../../lib/caller-id/types';
import type { RingsideStatus } from '../../lib/db/index';
import { awaitingConfig } from '../../lib/ui/source-status';
import { t, translator } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { AgentPicker } from './AgentPicker';
import { Icon } from './Icon';
import { describeFailure } from '../../lib/ui/errors';

export interface IdentityGateProps {
  status: RingsideStatus;
  /** The agent asked to switch: show the picker even though someone is signed in. */
  switching: boolean;
  onSwitched: () => void;
  children: (agent: Agent) => ComponentChildren;
}

export function IdentityGate({ status, switching, onSwitched, children }: IdentityGateProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const { identity, active } = status;

  if (identity.state === 'ok' && !switching) return <>{children(identity.agent)}</>;

  if (identity.state === 'no-config' || !active) {
    // First use: the demo (or the first sync) is on its way. Say so neutrally rather than "no
    // config" for the second or two it takes; the message is for a config that failed to arrive.
    if (awaitingConfig(active, status.sync)) {
      return (
        <p class="hint loading" role="status">
          {status.settings.source === 'demo'
            ? t('common.source.settingUpDemo')
            : t('common.identity.loadingAccount')}
        </p>
      );
    }
    return (
      <div class="alert alert-info" role="status">
        <Icon name="info" />
        <span>
          {identity.state === 'no-config' ? identity.message : t('common.identity.loadingAccount')}
        </span>
      </div>
    );
  }
  if (identity.state === 'policy-unknown') {
    return (
      <div class="alert alert-error" role="alert">
        <Icon name="lock" />
        <span>{identity.message}</span>
      </div>
    );
  }

  const pick = (agentId: string) => {
    setBusy(true);
    setError(undefined);
    sendMessage('selectAgent', { agentId })
      .then((result) => {
        if (result.ok) onSwitched();
        else setError(result.error);
      })
      .catch((e: unknown) => setError(describeFailure(e, 'extension-page', translator.value)))

      .finally(() => setBusy(false));
  };

  return (
    <>
      {identity.state === 'removed' && (
        <div class="alert alert-warning" role="alert">
          <Icon name="warning" />
          <span>{identity.message}</span>
        </div>
      )}
      <AgentPicker
        accountName={active.config.account.name}
        agents={active.config.agents}
        ringGroups={active.config.ringGroups}
        current={identity.state === 'ok' ? identity.agent.id : undefined}
        onPick={pick}
        onCancel={identity.state === 'ok' ? onSwitched : undefined}
        busy={busy}
        error={error}
      />
    </>
  );
}

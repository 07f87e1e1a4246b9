/**
 * The frame the popup and the side panel share: the header with who is signed in, the live
 * status's loading and error states, and the identity gate (first-use picker, switching agent).
 * The surface's own content renders only once an agent is signed in.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Agent } from '../../lib/caller-id/types';
import type { RingsideStatus } from '../../lib/db/status';
import { t } from '../../utils/i18n';
import { AgentHeader } from './AgentHeader';
import { useStatus } from './hooks/useStatus';
import { Icon } from './Icon';
import { IdentityGate } from './IdentityGate';

export interface AgentSurfaceProps {
  title: string;
  /** The surface's class next to `surface` (popup, sidepanel). */
  kind: string;
  /** What the signed-in agent sees. */
  renderAgent: (status: RingsideStatus, agent: Agent) => ComponentChildren;
  /** Shown below the gate whatever the agent state (the popup's sync status). */
  renderAfter?: (status: RingsideStatus) => ComponentChildren;
  footer?: ComponentChildren;
}

export function AgentSurface({ title, kind, renderAgent, renderAfter, footer }: AgentSurfaceProps) {
  const live = useStatus().value;
  const [switching, setSwitching] = useState(false);
  const status = live.state === 'ready' ? live.value : undefined;
  const agent = status?.identity.state === 'ok' ? status.identity.agent : undefined;

  return (
    <div class={`surface ${kind}`}>
      <AgentHeader
        title={title}
        agent={switching ? undefined : agent}
        accountName={status?.active?.config.account.name}
        lockedByPolicy={status?.identity.state === 'ok' && status.identity.locked}
        onSwitch={() => setSwitching(true)}
      />
      <main class="surface-body">
        {live.state === 'loading' && <p class="hint loading">{t('common.loading')}</p>}
        {live.state === 'error' && (
          <div class="alert alert-error" role="alert">
            <Icon name="error" />
            <span>{t('common.unreadable', { detail: live.error.message })}</span>
          </div>
        )}
        {status && (
          <IdentityGate
            status={status}
            switching={switching}
            onSwitched={() => setSwitching(false)}
          >
            {(a) => renderAgent(status, a)}
          </IdentityGate>
        )}
        {status && renderAfter?.(status)}
      </main>
      {footer}
    </div>
  );
}

/**
 * The toolbar popup: who is signed in, the outbound caller-ID dropdown (saved at once), a field to
 * check which number a call would use, sync status, enabling the current site, and the softphone.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Agent } from '../lib/caller-id/types';
import type { RingsideStatus } from '../lib/db';
import { sendMessage } from '../utils/messaging';
import { AgentHeader } from './AgentHeader';
import { CallerIdDropdown } from './CallerIdDropdown';
import { useCallerIdChoice } from './hooks/useCallerIdChoice';
import { useNow } from './hooks/useNow';
import { useLazy } from './hooks/useLazy';
import { useStatus } from './hooks/useStatus';
import { Icon } from './Icon';
import { IdentityGate } from './IdentityGate';
import { SyncStatus } from './SyncStatus';

export interface PopupAppProps {
  /** The "Enable on this site" control for the current tab (browser glue, from the entrypoint). */
  siteControl?: ComponentChildren;
  onOpenSidePanel?: () => void;
  onOpenOptions: () => void;
}

export function PopupApp({ siteControl, onOpenSidePanel, onOpenOptions }: PopupAppProps) {
  const live = useStatus().value;
  const [switching, setSwitching] = useState(false);
  const status = live.state === 'ready' ? live.value : undefined;
  const agent = status?.identity.state === 'ok' ? status.identity.agent : undefined;

  return (
    <div class="surface popup">
      <AgentHeader
        title="Ringside"
        agent={switching ? undefined : agent}
        accountName={status?.active?.config.account.name}
        lockedByPolicy={status?.identity.state === 'ok' && status.identity.locked}
        onSwitch={() => setSwitching(true)}
      />
      <main class="surface-body">
        {live.state === 'loading' && <p class="hint loading">Loading…</p>}
        {live.state === 'error' && (
          <div class="alert alert-error" role="alert">
            <Icon name="error" />
            <span>Ringside could not read its data: {live.error.message}</span>
          </div>
        )}
        {status && (
          <IdentityGate
            status={status}
            switching={switching}
            onSwitched={() => setSwitching(false)}
          >
            {(a) => <AgentPanel status={status} agent={a} />}
          </IdentityGate>
        )}
        {status && <PopupSync status={status} />}
      </main>
      <footer class="popup-footer">
        {siteControl}
        <div class="popup-footer-actions">
          {onOpenSidePanel && (
            <button type="button" class="btn btn-secondary" onClick={onOpenSidePanel}>
              <Icon name="side-panel" />
              Open softphone
            </button>
          )}
          <button
            type="button"
            class="btn btn-ghost btn-icon"
            onClick={onOpenOptions}
            aria-label="Settings"
            title="Settings"
          >
            <Icon name="settings" />
          </button>
        </div>
      </footer>
    </div>
  );
}

function AgentPanel({ status, agent }: { status: RingsideStatus; agent: Agent }) {
  const config = status.active!.config;
  const { model, save, onChange } = useCallerIdChoice(config, agent.id, status.choice);
  const check = useLazy(() => import('./NumberCheck'));
  return (
    <>
      <section class="card" aria-label="Caller ID">
        <CallerIdDropdown model={model} onChange={onChange} save={save} />
      </section>
      <section class="card number-check" aria-label="Check a number">
        {check && (
          <check.NumberCheck
            defaultCountry={config.account.defaultCountry}
            refreshKey={`${status.active?.hash}|${JSON.stringify(status.choice)}`}
          />
        )}
      </section>
    </>
  );
}

function PopupSync({ status }: { status: RingsideStatus }) {
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const retry = () => {
    setBusy(true);
    sendMessage('syncNow', undefined)
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };
  return (
    <SyncStatus
      source={status.settings.source}
      sync={status.sync}
      activeSince={status.active?.fetchedAt}
      now={now}
      onRetry={retry}
      busy={busy}
      compact
    />
  );
}

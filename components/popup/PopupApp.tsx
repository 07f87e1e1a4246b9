/**
 * The toolbar popup: who is signed in, the outbound caller-ID dropdown (saved at once), a field to
 * check which number a call would use, sync status, enabling the current site, and the softphone.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Agent } from '../../lib/caller-id/types';
import type { RingsideStatus } from '../../lib/db/index';
import { errorMessage } from '../../lib/ui/errors';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { AgentSurface } from '../shared/AgentSurface';
import { CallerIdDropdown } from '../shared/CallerIdDropdown';
import { useCallerIdChoice } from '../shared/hooks/useCallerIdChoice';
import { useNow } from '../shared/hooks/useNow';
import { useLazy } from './hooks/useLazy';
import { Icon } from '../shared/Icon';
import { SyncStatus } from '../shared/SyncStatus';

export interface PopupAppProps {
  /** The "Enable on this site" control for the current tab (browser glue, from the entrypoint). */
  siteControl?: ComponentChildren;
  /** Opens the softphone; a rejection is shown to the agent under the button. */
  onOpenSidePanel?: () => Promise<void>;
  onOpenOptions: () => void;
}

export function PopupApp({ siteControl, onOpenSidePanel, onOpenOptions }: PopupAppProps) {
  const [panelError, setPanelError] = useState<string | null>(null);
  // Called straight from the click (the side panel must open inside its user gesture).
  const openPanel = () => {
    setPanelError(null);
    onOpenSidePanel?.().catch((error: unknown) =>
      setPanelError(
        t('popup.softphoneFailed', {
          detail: errorMessage(error),
        }),
      ),
    );
  };
  return (
    <AgentSurface
      title={t('popup.title')}
      kind="popup"
      renderAgent={(status, agent) => <AgentPanel status={status} agent={agent} />}
      renderAfter={(status) => <PopupSync status={status} />}
      footer={
        <footer class="popup-footer">
          {siteControl}
          <div class="popup-footer-actions">
            {onOpenSidePanel && (
              <button type="button" class="btn btn-secondary" onClick={openPanel}>
                <Icon name="side-panel" />
                {t('popup.openSoftphone')}
              </button>
            )}
            <button
              type="button"
              class="btn btn-ghost btn-icon"
              onClick={onOpenOptions}
              aria-label={t('popup.settings')}
              title={t('popup.settings')}
            >
              <Icon name="settings" />
            </button>
          </div>
          {panelError && (
            <div class="alert alert-error" role="alert">
              <Icon name="error" />
              <span>{panelError}</span>
            </div>
          )}
        </footer>
      }
    />
  );
}

function AgentPanel({ status, agent }: { status: RingsideStatus; agent: Agent }) {
  const config = status.active!.config;
  const { model, save, onChange } = useCallerIdChoice(config, agent.id, status.choice);
  const check = useLazy(() => import('../shared/NumberCheck'));
  return (
    <>
      <section class="card" aria-label={t('popup.callerIdRegion')}>
        <CallerIdDropdown model={model} onChange={onChange} save={save} />
      </section>
      <section class="card number-check" aria-label={t('common.numberCheck.label')}>
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
      active={status.active}
      now={now}
      onRetry={retry}
      busy={busy}
      compact
    />
  );
}

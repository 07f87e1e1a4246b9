/**
 * Where the account config comes from: the bundled demo, a sync URL (with an optional bearer token
 * and how often to check), or the config edited on this computer. Shows the sync status with
 * "Sync now". Policy can fix the source; then the fields are shown locked. Saving a sync URL asks
 * the browser for access to its server, so the background's download is not blocked by CORS.
 */
import { useEffect, useState } from 'preact/hooks';
import type {
  ConfigSnapshot,
  ConfigSnapshotInfo,
  EffectiveSettings,
  LocalSourceKind,
  SettingsPatch,
  SyncState,
} from '../../lib/db/index';
import type { Ack, ImportConfigResult, SyncResult } from '../../lib/messages';
import {
  isSyncInterval,
  SYNC_INTERVAL_HINT,
  SYNC_INTERVAL_MAX,
  SYNC_INTERVAL_MIN,
} from '../../lib/sync/interval';
import { remoteUrlProblem } from '../../lib/sync/url';
import { accessWarning } from '../../lib/ui/access-note';
import { describeFailure } from '../../lib/ui/errors';
import { timeAgo } from '../../lib/ui/format';
import { FieldErrors, invalidProps } from './FieldErrors';
import { InlineNote } from '../shared/InlineNote';
import { KeptConfigs } from './KeptConfigs';
import { LockedNote } from './LockedNote';
import { Section } from './Section';
import { useSaveFlow } from './hooks/useSaveFlow';
import { SyncStatus } from '../shared/SyncStatus';
import type { OriginAccess } from '../../utils/server-access';
import { t, translator } from '../../utils/i18n';

export interface ConfigSourceSectionProps {
  settings: EffectiveSettings;
  sync: SyncState;
  active: ConfigSnapshot | null;
  now: number;
  onSave: (patch: SettingsPatch) => Promise<Ack>;
  onSyncNow: () => Promise<SyncResult>;
  /** The active config and the good ones kept for roll-back. */
  snapshots: ConfigSnapshotInfo[];
  onRestore: (snapshotId: number) => Promise<ImportConfigResult>;
  /** Asks the browser for access to a server's origin (utils/server-access.ts). */
  requestAccess: (url: string) => Promise<OriginAccess | null>;
}

const SOURCES = [
  {
    value: 'demo',
    title: 'options.source.demo.title',
    text: 'options.source.demo.text',
  },
  {
    value: 'url',
    title: 'options.source.url.title',
    text: 'options.source.url.text',
  },
  {
    value: 'local',
    title: 'options.source.local.title',
    text: 'options.source.local.text',
  },
] as const satisfies readonly { value: LocalSourceKind; title: string; text: string }[];

/** "In use: Acme from …": one whole sentence per source, so each language words it freely. */
const IN_USE = {
  demo: 'options.source.inUse.demo',
  url: 'options.source.inUse.url',
  local: 'options.source.inUse.local',
  policy: 'options.source.inUse.policy',
} as const satisfies Record<ConfigSnapshot['source'], string>;

export function ConfigSourceSection({
  settings,
  sync,
  active,
  now,
  onSave,
  onSyncNow,
  snapshots,
  onRestore,
  requestAccess,
}: ConfigSourceSectionProps) {
  const byPolicy = settings.source === 'policy';
  const locked = byPolicy || settings.locked.includes('source');
  const [source, setSource] = useState<LocalSourceKind>(
    settings.source === 'policy' ? 'url' : settings.source,
  );
  const [url, setUrl] = useState(settings.syncUrl ?? '');
  const [token, setToken] = useState('');
  const [minutesText, setMinutesText] = useState(String(settings.syncIntervalMinutes));
  // A sync that fails after "Saved." (the one the save starts, say) makes that note stale.
  const { busy, note, say, run } = useSaveFlow({ failedAt: sync.lastError?.at });
  const [syncing, setSyncing] = useState(false);

  // Follow changes made elsewhere (another options tab, the background) while nothing is typed.
  useEffect(() => {
    if (settings.source !== 'policy') setSource(settings.source);
    setUrl(settings.syncUrl ?? '');
    setMinutesText(String(settings.syncIntervalMinutes));
  }, [settings.source, settings.syncUrl, settings.syncIntervalMinutes]);

  const urlProblem =
    source === 'url'
      ? url.trim()
        ? remoteUrlProblem(url.trim())
        : t('options.source.urlMissing')
      : null;
  const minutes = Number(minutesText);
  // A policy may fix the interval alone: then it is neither checked nor sent with the URL.
  const intervalLocked = settings.locked.includes('syncIntervalMinutes');
  const intervalProblem =
    source === 'url' && !intervalLocked && !isSyncInterval(minutes) ? SYNC_INTERVAL_HINT : null;
  const showUrlProblem = urlProblem && (url.trim() !== '' || note?.kind === 'error');

  const save = async (event: Event) => {
    event.preventDefault();
    if (urlProblem || intervalProblem) {
      say({ kind: 'error', text: t('options.fixFieldsFirst') });
      return;
    }
    const patch: SettingsPatch = { source };
    if (source === 'url') {
      patch.syncUrl = url.trim();
      if (!intervalLocked) patch.syncIntervalMinutes = minutes;
      if (token) patch.syncToken = token;
    }
    // Asked first, inside the click: the browser shows its prompt only during a user gesture. The
    // setting is saved whatever the answer (the server may allow cross-origin requests anyway).
    const access = patch.syncUrl ? requestAccess(patch.syncUrl) : null;
    const saved = await run(() => onSave(patch));
    if (saved) setToken('');
    if (!saved || !access) return;
    const answer = await access;
    const warning = accessWarning(answer, 'sync', translator.value);
    if (warning) say({ kind: 'warning', text: warning });
    // The sync that the save started may have run before the admin said yes: run it again.
    else if (answer?.newlyGranted) await syncNow();
  };

  const syncNow = async () => {
    setSyncing(true);
    try {
      const result = await onSyncNow();
      // A failed sync is shown once, by the sync status above with its details: no note repeats it.
      say(
        result.ok
          ? {
              kind: 'ok',
              text:
                result.skipped ??
                (result.changed ? t('options.source.syncedNew') : t('options.source.syncedSame')),
            }
          : null,
      );
    } catch (error) {
      say({ kind: 'error', text: describeFailure(error) });
    } finally {
      setSyncing(false);
    }
  };

  return (
    <Section
      id="source"
      title={t('options.source.title')}
      description={t('options.source.description')}
    >
      {active && (
        <p class="in-use">
          {t(IN_USE[active.source], {
            account: active.config.account.name,
            origin: active.origin,
            when: timeAgo(active.fetchedAt, now, translator.value),
          })}
        </p>
      )}
      <SyncStatus
        source={settings.source}
        sync={sync}
        activeSince={active?.fetchedAt}
        active={active}
        now={now}
        busy={syncing}
        onRetry={() => void syncNow()}
        localListedElsewhere
      />
      {byPolicy ? (
        <div class="policy-box">
          <LockedNote />
          <div class="field">
            <label class="field-label" for="policy-url">
              {t('options.source.urlLabel')}
            </label>
            <input id="policy-url" class="input" value={settings.syncUrl ?? ''} disabled />
          </div>
        </div>
      ) : (
        <form class="source-form" onSubmit={(e) => void save(e)}>
          {locked && <LockedNote />}
          <fieldset class="choice-cards compact" disabled={locked}>
            <legend class="field-label">{t('options.source.legend')}</legend>
            {SOURCES.map((s) => (
              <label
                key={s.value}
                class={source === s.value ? 'choice-card selected' : 'choice-card'}
              >
                <input
                  type="radio"
                  name="config-source"
                  value={s.value}
                  checked={source === s.value}
                  onChange={() => setSource(s.value)}
                />
                <span class="choice-card-text">
                  <span class="choice-card-title">{t(s.title)}</span>
                  <span class="hint">{t(s.text)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {source === 'url' && (
            <div class="form-grid">
              <div class="field span-2">
                <label class="field-label" for="sync-url">
                  {t('options.source.urlLabel')}
                </label>
                <input
                  id="sync-url"
                  class="input"
                  type="url"
                  value={url}
                  placeholder="https://telephony.example.com/ringside/account.json"
                  disabled={locked || settings.locked.includes('syncUrl')}
                  {...invalidProps('sync-url-err', showUrlProblem ? [urlProblem] : [])}
                  onInput={(e) => setUrl(e.currentTarget.value)}
                />
                <FieldErrors id="sync-url-err" messages={showUrlProblem ? [urlProblem] : []} />
              </div>
              <div class="field">
                <label class="field-label" for="sync-token">
                  {t('options.source.tokenLabel')}
                </label>
                <input
                  id="sync-token"
                  class="input"
                  type="password"
                  autoComplete="off"
                  value={token}
                  placeholder={
                    settings.syncToken
                      ? t('options.token.savedPlaceholder')
                      : t('options.token.bearerPlaceholder')
                  }
                  disabled={locked || settings.locked.includes('syncToken')}
                  onInput={(e) => setToken(e.currentTarget.value)}
                />
              </div>
              <div class="field">
                <label class="field-label" for="sync-interval">
                  {t('options.source.intervalLabel')}
                </label>
                <input
                  id="sync-interval"
                  class="input"
                  type="number"
                  min={SYNC_INTERVAL_MIN}
                  max={SYNC_INTERVAL_MAX}
                  value={minutesText}
                  disabled={locked || settings.locked.includes('syncIntervalMinutes')}
                  {...invalidProps('sync-interval-err', intervalProblem ? [intervalProblem] : [])}
                  onInput={(e) => setMinutesText(e.currentTarget.value)}
                />
                <FieldErrors
                  id="sync-interval-err"
                  messages={intervalProblem ? [intervalProblem] : []}
                />
                {settings.locked.includes('syncIntervalMinutes') && <LockedNote />}
              </div>
            </div>
          )}
          <div class="actions start">
            <button type="submit" class="btn btn-primary" disabled={locked || busy}>
              {busy ? t('options.saving') : t('options.source.save')}
            </button>
            <InlineNote note={note} />
          </div>
        </form>
      )}
      <KeptConfigs snapshots={snapshots} now={now} onRestore={onRestore} locked={locked} />
    </Section>
  );
}

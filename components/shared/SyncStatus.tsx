/**
 * Where the account config comes from and how fresh it is: last synced, or the last error with its
 * messages and a retry. A failed sync never replaces the config in use, and the text says so.
 */
import type { ConfigSnapshot, ConfigSourceKind, SyncState } from '../../lib/db/types';
import { problemCount } from '../../lib/ui/errors';
import { awaitingConfig, sourceText, syncFailing } from '../../lib/ui/source-status';
import { timeAgo } from '../../lib/ui/format';
import { t, translator } from '../../utils/i18n';
import { Icon } from './Icon';

export interface SyncStatusProps {
  source: ConfigSourceKind | undefined;
  sync: SyncState | undefined;
  /** When the config in use was fetched or saved. */
  activeSince: number | undefined;
  /** Where the config in use came from (a file name names an import). */
  active?: Pick<ConfigSnapshot, 'source' | 'origin'> | null;
  now: number;
  onRetry: () => void;
  busy?: boolean;
  /** Popup: one line and the error's first message; options: every message. */
  compact?: boolean;
  /**
   * Options page: a document refused from this computer (an import, the edited account) has its
   * problems listed where it was imported or saved; here it gets its summary only, not the list
   * a second time.
   */
  localListedElsewhere?: boolean;
}

/** Problems listed on the options page; the rest are counted. */
export const SHOWN_PROBLEMS = 50;

/** Only the URL-based sources sync; the others change when someone saves them. */
export function syncs(source: ConfigSourceKind | undefined): boolean {
  return source === 'url' || source === 'policy';
}

export function SyncStatus({
  source,
  sync,
  activeSince,
  active,
  now,
  onRetry,
  busy = false,
  compact = false,
  localListedElsewhere = false,
}: SyncStatusProps) {
  const error = sync?.lastError;
  // An error older than the last success was already fixed by that success.
  const failing = error && syncFailing(sync);
  const running = busy || Boolean(sync?.inFlightSince);
  // First use: no config yet and nothing failed. A green "Demo account" beside "no config" would
  // contradict itself; a neutral dot and "Setting up…" say what is happening.
  const awaiting = awaitingConfig(activeSince !== undefined, sync);
  const canSync = syncs(source);
  // However many problems a document has, a page lists a few (the stored list is capped too).
  const listedHere = failing && !(localListedElsewhere && error.source === 'local');
  const listed = listedHere ? error.details.filter((d) => !d.startsWith('… and ')) : [];
  const details = listed.slice(0, compact ? 2 : SHOWN_PROBLEMS);
  const progress = running ? sync?.progress : undefined;
  const more = listedHere ? problemCount(error.details) - details.length : 0;
  const tr = translator.value;
  const sourceLine = sourceText(
    source,
    activeSince === undefined ? null : (active ?? undefined),
    tr,
  );

  return (
    <section
      class={failing ? 'sync-status failing' : 'sync-status'}
      aria-label={t('common.sync.region')}
      data-testid="sync-status"
    >
      <div class="sync-line">
        <span
          class={
            running
              ? 'status-dot busy'
              : failing
                ? 'status-dot bad'
                : awaiting
                  ? 'status-dot waiting'
                  : 'status-dot good'
          }
          aria-hidden="true"
        />
        <span class="sync-text" role="status">
          {running ? (
            progress ? (
              t('common.sync.checking', { done: progress.done, total: progress.total })
            ) : (
              t('common.sync.syncing')
            )
          ) : failing ? (
            <>
              <strong>
                {syncs(error.source) ? t('common.sync.failed') : t('common.sync.refused')}
              </strong>{' '}
              {timeAgo(error.at, now, tr)}
            </>
          ) : awaiting && canSync ? (
            t('common.sync.waiting')
          ) : canSync && sync?.lastSuccessAt ? (
            t('common.sync.synced', {
              source: sourceLine,
              when: timeAgo(sync.lastSuccessAt, now, tr),
            })
          ) : activeSince && !canSync ? (
            t('common.sync.since', { source: sourceLine, when: timeAgo(activeSince, now, tr) })
          ) : (
            sourceLine
          )}
        </span>
        {canSync && (
          <button
            type="button"
            class="btn btn-ghost btn-sm"
            onClick={onRetry}
            disabled={running}
            aria-label={failing ? t('common.sync.retryLabel') : t('common.sync.now')}
          >
            <Icon name="refresh" size={14} class={running ? 'spin' : undefined} />
            {failing ? t('common.sync.retry') : t('common.sync.now')}
          </button>
        )}
      </div>
      {failing && (
        <div class="sync-error">
          {/* The message says what failed and that the last good config stays in use. */}
          <p>{error.message}</p>
          {details.length > 0 && (
            <ul class="error-list">
              {details.map((d) => (
                <li key={d}>
                  <code>{d}</code>
                </li>
              ))}
              {more > 0 && (
                <li class="more">
                  {compact
                    ? t('common.sync.moreSeeOptions', { count: more })
                    : t('common.sync.more', { count: more })}
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

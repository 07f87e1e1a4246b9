/**
 * One sync of the account config from its URL (local setting or policy), with everything it
 * leaves behind in the sync state: attempt time, in-flight marker, success or error, backoff and
 * the time of the next attempt (the caller sets the alarm to `nextAttemptAt`).
 */
import { applyConfigDocument, keptConfigNote, type ConfigMeta } from '../db/apply-config';
import { getActiveSnapshot } from '../db/configs';
import type { RingsideDb } from '../db/schema';
import { getEffectiveSettings } from '../db/settings';
import { getSyncState, updateSyncState } from '../db/sync-state';
import type { ConfigSnapshot, EffectiveSettings, SyncError, SyncState } from '../db/types';
import type { SyncResult } from '../messages';
import { backoffDelayMs } from './backoff';
import { fetchConfigDocument } from './fetch-config';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { remoteUrlProblem } from './url';

export interface SyncDeps {
  db: RingsideDb;
  fetch: typeof fetch;
  now: () => number;
  /** Between validation slices; a macrotask by default. */
  pause?: () => Promise<void>;
  /** Hears the snapshot a sync stored (see `ConfigMeta.onStored`). */
  onStored?: ConfigMeta['onStored'];
  /** The active snapshot as the caller keeps it in memory; read from `db` when absent. */
  activeSnapshot?: () => Promise<ConfigSnapshot | null>;
  /** The agent's language for the fetch errors (English by default). */
  translator?: Translator;
}

const PROGRESS_EVERY_MS = 250;

/**
 * Lets every other queued task run (other messages, IndexedDB callbacks) before the next slice:
 * a macrotask, not a microtask, which would run before them.
 */
export const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export const isUrlSource = (s: Pick<EffectiveSettings, 'source'>) =>
  s.source === 'url' || s.source === 'policy';

/**
 * Whether a worker that just started should sync: a sync was interrupted (`inFlightSince`), the
 * URL was never fetched, or the scheduled time passed while nothing was running.
 */
export function syncDueOnWake(state: SyncState, settings: EffectiveSettings, now: number): boolean {
  if (!isUrlSource(settings)) return false;
  if (state.inFlightSince !== undefined) return true;
  return state.nextAttemptAt === undefined || state.nextAttemptAt <= now;
}

export async function runSync(deps: SyncDeps): Promise<SyncResult> {
  const { db, now } = deps;
  const tr = deps.translator ?? english;
  const settings = await getEffectiveSettings(db);
  if (!isUrlSource(settings)) {
    await updateSyncState(db, { inFlightSince: undefined, nextAttemptAt: undefined });
    return {
      ok: true,
      changed: false,
      skipped:
        settings.source === 'demo'
          ? tr.t('config.sync.skippedDemo')
          : tr.t('config.sync.skippedLocal'),
    };
  }
  const url = settings.syncUrl?.trim() ?? '';
  const started = now();
  const urlProblem = url ? remoteUrlProblem(url, tr) : tr.t('config.sync.noUrl');
  if (urlProblem) {
    // A settings problem, not a server one: no backoff, nothing scheduled until settings change.
    const error: SyncError = {
      at: started,
      kind: 'config',
      message: `${urlProblem}. ${await keptConfigNote(db, tr)}`,
      details: [urlProblem],
      source: settings.source,
      origin: url,
    };
    await updateSyncState(db, {
      lastAttemptAt: started,
      lastError: error,
      inFlightSince: undefined,
      nextAttemptAt: undefined,
    });
    return { ok: false, error: error.message, kind: error.kind, details: error.details };
  }

  await updateSyncState(db, { lastAttemptAt: started, inFlightSince: started });
  const active = await (deps.activeSnapshot ?? (() => getActiveSnapshot(db)))();
  // Only revalidate a config that came from this very URL; another source's ETag means nothing here.
  const etag =
    active && active.origin === url && active.source === settings.source ? active.etag : undefined;

  const outcome = await fetchConfigDocument({
    url,
    token: settings.syncToken,
    etag,
    timeoutMs: settings.syncTimeoutMs,
    fetch: deps.fetch,
    ...(deps.translator ? { translator: deps.translator } : {}),
  });
  const finished = now();
  const succeed = async (changed: boolean): Promise<SyncResult> => {
    await updateSyncState(db, {
      failures: 0,
      lastSuccessAt: finished,
      lastError: undefined,
      inFlightSince: undefined,
      nextAttemptAt: finished + settings.syncIntervalMinutes * 60_000,
    });
    return { ok: true, changed };
  };
  const fail = async (error: SyncError): Promise<SyncResult> => {
    const state = await getSyncState(db);
    const failures = state.failures + 1;
    await updateSyncState(db, {
      failures,
      lastError: error,
      inFlightSince: undefined,
      nextAttemptAt: finished + backoffDelayMs(failures),
    });
    return { ok: false, error: error.message, kind: error.kind, details: error.details };
  };

  if (outcome.kind === 'not-modified') {
    if (active?.id !== undefined) await db.configs.update(active.id, { fetchedAt: finished });
    return succeed(false);
  }
  if (outcome.kind === 'error') {
    return fail({
      at: finished,
      kind: outcome.errorKind,
      message: `${outcome.message} ${await keptConfigNote(db, tr)}`,
      details: outcome.details,
      source: settings.source,
      origin: url,
    });
  }
  let reported = 0;
  const applied = await applyConfigDocument(db, outcome.text, {
    source: settings.source,
    origin: url,
    etag: outcome.etag,
    at: finished,
    pause: deps.pause ?? macrotask,
    onStored: deps.onStored,
    translator: tr,
    // Pages show "checking N of M numbers"; a write every few hundred ms is plenty.
    onProgress: async (progress) => {
      if (now() - reported < PROGRESS_EVERY_MS) return;
      reported = now();
      await updateSyncState(db, {
        progress: { done: Math.round(progress.done), total: progress.total },
      });
    },
  });
  await updateSyncState(db, { progress: undefined });
  return applied.ok ? succeed(applied.changed) : fail(applied.error);
}

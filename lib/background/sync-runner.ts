/**
 * The background's one sync at a time: a second request while a download runs gets that sync's
 * result, and every sync ends by setting the alarm for the next one. The only state is the promise
 * of the running sync; everything a sync leaves behind is in IndexedDB (lib/sync/run.ts).
 */
import type { Translator } from '../i18n/translator';
import type { RingsideDb } from '../db/schema';
import type { ConfigSnapshot } from '../db/types';
import { getEffectiveSettings } from '../db/settings';
import { getSyncState } from '../db/sync-state';
import type { SyncResult } from '../messages';
import { isUrlSource, runSync } from '../sync/run';
import type { Platform } from './platform';

/** Longer than the longest allowed download (120 s), so it only fires for a stopped worker. */
export const RESUME_ALARM_MS = 150_000;

export interface SyncRunner {
  /** Runs a sync, or joins the one running. */
  sync(): Promise<SyncResult>;
  /** A sync that starts after the settings just saved: waits out a running one, then runs. */
  syncAfterChange(): Promise<SyncResult>;
  /** Sets the alarm from the sync state (none when the source is not a URL). */
  scheduleFromState(): Promise<void>;
  /** Resolves when no sync is running. */
  idle(): Promise<void>;
}

export function createSyncRunner(
  db: RingsideDb,
  platform: Platform,
  onStored?: (snapshot: ConfigSnapshot) => void,
  activeSnapshot?: () => Promise<ConfigSnapshot | null>,
  /** The background's language in effect: fetch errors are written in it. */
  translator?: () => Translator,
  /** Between the slices of a sync (a macrotask when absent). */
  pause?: () => Promise<void>,
): SyncRunner {
  let running: Promise<SyncResult> | null = null;

  async function scheduleFromState(): Promise<void> {
    const [state, settings] = await Promise.all([getSyncState(db), getEffectiveSettings(db)]);
    await platform.setSyncAlarm(isUrlSource(settings) ? (state.nextAttemptAt ?? null) : null);
  }

  function sync(): Promise<SyncResult> {
    running ??= (async () => {
      try {
        // If the worker is stopped mid-download, this alarm wakes it to resume (inFlightSince
        // tells the next start); a finished sync replaces it with the real schedule.
        await platform.setSyncAlarm(platform.now() + RESUME_ALARM_MS);
        return await runSync({
          db,
          fetch: platform.fetch,
          now: platform.now,
          onStored,
          activeSnapshot,
          ...(pause ? { pause } : {}),
          ...(translator ? { translator: translator() } : {}),
        });
      } finally {
        // The sync is running until its next alarm is set: `idle()` (and a sync that joins this
        // one) then sees the schedule it left, never the resume alarm set above. Clearing it
        // first let a waiter read the resume alarm while this was still being replaced.
        try {
          await scheduleFromState();
        } finally {
          running = null;
        }
      }
    })();
    return running;
  }

  return {
    sync,
    syncAfterChange: () => (running ? running.then(sync, sync) : sync()),
    scheduleFromState,
    async idle() {
      while (running) await running.catch(() => undefined);
    },
  };
}

/**
 * Where the active config comes from, and keeping it in line with the effective source: the
 * bundled demo, a sync URL (local or policy), or the admin's local document. Also the one refusal
 * shared by every handler that would make the local document the source (import, restore).
 */
import { applyConfigDocument } from '../db/apply-config';
import { activateSnapshot, latestSnapshotOf, sha256Hex } from '../db/configs';
import type { RingsideDb } from '../db/schema';
import { applyPolicy, getPolicy, getSettings } from '../db/settings';
import { updateSyncState } from '../db/sync-state';
import type { EffectiveSettings } from '../db/types';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { isUrlSource } from '../sync/run';
import type { ActiveConfig } from './active-config';
import type { Platform } from './platform';
import type { SyncRunner } from './sync-runner';

export const DEMO_ORIGIN = 'bundled demo account';

/** The refusal in English (the background sends it in the agent's language). */
export const SOURCE_LOCKED_MESSAGE = english.t('background.sourceLocked');

/**
 * Import and restore make the local document the source, which the policy may lock: the refusal,
 * in the shape both messages answer with, or null when the source is free.
 */
export function policySourceRefusal(
  settings: EffectiveSettings,
  tr: Translator = english,
): { ok: false; error: string; errors: string[] } | null {
  return settings.locked.includes('source')
    ? { ok: false, error: tr.t('background.sourceLocked'), errors: [] }
    : null;
}

export interface ConfigSources {
  /** Activates the bundled demo unless it already is the active config. */
  applyDemo(): Promise<void>;
  /** Brings the active config in line with the effective source after settings or policy changed. */
  reconcile(before: EffectiveSettings, after: EffectiveSettings): Promise<void>;
  /** After an import or a restore the local document is the source, so no sync replaces it. */
  useLocalSource(before: EffectiveSettings): Promise<void>;
}

export function createConfigSources(
  db: RingsideDb,
  platform: Platform,
  active: ActiveConfig,
  runner: SyncRunner,
  demoDocument: unknown,
): ConfigSources {
  /**
   * This runs on every worker start, so the hash is compared first and the demo is only parsed
   * when it changed. The read also fills the in-memory config for the first message.
   */
  async function applyDemo(): Promise<void> {
    const current = await active.snapshot();
    const hash = await sha256Hex(JSON.stringify(demoDocument));
    if (current?.source === 'demo' && current.hash === hash) return;
    await applyConfigDocument(db, demoDocument, {
      source: 'demo',
      origin: DEMO_ORIGIN,
      at: platform.now(),
      onStored: active.prime,
    });
  }

  /** A download is started, not awaited: its outcome lands in the sync state. */
  async function reconcile(before: EffectiveSettings, after: EffectiveSettings): Promise<void> {
    const sourceChanged =
      before.source !== after.source ||
      before.syncUrl !== after.syncUrl ||
      before.syncToken !== after.syncToken;
    if (isUrlSource(after)) {
      if (sourceChanged) {
        await updateSyncState(db, { failures: 0, nextAttemptAt: undefined });
        void runner.syncAfterChange();
      } else if (before.syncIntervalMinutes !== after.syncIntervalMinutes) {
        await updateSyncState(db, {
          nextAttemptAt: platform.now() + after.syncIntervalMinutes * 60_000,
        });
        await runner.scheduleFromState();
      }
      return;
    }
    await updateSyncState(db, { nextAttemptAt: undefined, inFlightSince: undefined });
    await platform.setSyncAlarm(null);
    if (!sourceChanged) return;
    if (after.source === 'demo') await applyDemo();
    if (after.source === 'local') {
      const local = await latestSnapshotOf(db, 'local');
      if (local?.id !== undefined && local.active !== 1) await activateSnapshot(db, local.id);
    }
  }

  async function useLocalSource(before: EffectiveSettings): Promise<void> {
    if (before.source === 'local') return;
    await db.settings.put({ ...(await getSettings(db)), source: 'local' });
    await reconcile(before, applyPolicy(await getSettings(db), await getPolicy(db)));
  }

  return { applyDemo, reconcile, useLocalSource };
}

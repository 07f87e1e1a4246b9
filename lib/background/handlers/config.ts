/**
 * The admin's config messages: `syncNow`, `updateSettings` (which may switch the source),
 * `importConfig` and `restoreSnapshot` (both make a local document the source, and share the
 * policy's refusal, ../sources.ts).
 */
import { applyConfigDocument } from '../../db/apply-config';
import { getSnapshot, latestSnapshotOf } from '../../db/configs';
import { getEffectiveSettings, updateSettings } from '../../db/settings';
import type { Ack } from '../../messages';
import { isUrlSource, macrotask, runSync } from '../../sync/run';
import type { BackgroundContext, Handlers } from '../context';
import { policySourceRefusal } from '../sources';

export function configHandlers(
  c: BackgroundContext,
): Handlers<'syncNow' | 'updateSettings' | 'importConfig' | 'restoreSnapshot'> {
  const { db, platform, sources } = c;
  return {
    async syncNow() {
      const settings = await getEffectiveSettings(db);
      if (!isUrlSource(settings))
        return runSync({
          db,
          fetch: platform.fetch,
          now: platform.now,
          onStored: c.active.prime,
          translator: c.translator(),
        });
      return c.sync.sync();
    },

    async updateSettings(patch) {
      if (patch.source === 'local' && !(await latestSnapshotOf(db, 'local'))) {
        return { ok: false, error: c.translator().t('background.noLocalConfig') };
      }
      const before = await getEffectiveSettings(db);
      const result = await updateSettings(db, patch, c.translator());
      if (!result.ok) return result;
      await sources.reconcile(before, await getEffectiveSettings(db));
      return { ok: true } satisfies Ack;
    },

    async importConfig({ text, origin }) {
      const settings = await getEffectiveSettings(db);
      const refused = policySourceRefusal(settings, c.translator());
      if (refused) return refused;
      const applied = await applyConfigDocument(db, text, {
        source: 'local',
        origin: origin?.trim() || 'options page',
        at: platform.now(),
        // A 5 MB import is checked in slices, like a sync: other messages keep being answered.
        pause: c.pause ?? macrotask,
        onStored: c.active.prime,
        translator: c.translator(),
      });
      if (!applied.ok)
        return { ok: false, error: applied.error.message, errors: applied.error.details };
      await sources.useLocalSource(settings);
      return { ok: true, changed: applied.changed, warnings: applied.warnings };
    },

    async restoreSnapshot({ snapshotId }) {
      const settings = await getEffectiveSettings(db);
      const refused = policySourceRefusal(settings, c.translator());
      if (refused) return refused;
      const snapshot = await getSnapshot(db, snapshotId);
      if (!snapshot)
        return {
          ok: false,
          error: c.translator().t('background.noSnapshot', { id: snapshotId }),
          errors: [],
        };
      const applied = await applyConfigDocument(db, snapshot.config, {
        source: 'local',
        origin: snapshot.source === 'local' ? snapshot.origin : `${snapshot.origin} (restored)`,
        at: platform.now(),
        onStored: c.active.prime,
        translator: c.translator(),
      });
      if (!applied.ok)
        return { ok: false, error: applied.error.message, errors: applied.error.details };
      await sources.useLocalSource(settings);
      return { ok: true, changed: applied.changed, warnings: applied.warnings };
    },
  };
}

/**
 * The admin's latest local config is never pruned (issue 13's defect: after six URL syncs it was,
 * and switching back to "This computer" failed).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createBackgroundService } from '../../../../lib/background/service';
import { applyConfigDocument } from '../../../../lib/db/apply-config';
import {
  getActiveSnapshot,
  KEEP_GOOD_SNAPSHOTS,
  latestSnapshotOf,
  listSnapshots,
} from '../../../../lib/db/configs';
import { accountDocument, freshDb, quietPlatform } from '../../helpers/background-fixtures';

const named = (name: string) => {
  const doc = accountDocument();
  return { ...doc, account: { ...doc.account, name } };
};
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('pruning kept configs', () => {
  it.each([1, KEEP_GOOD_SNAPSHOTS + 1, 12])(
    'keeps the newest local config after %i later configs from a URL',
    async (syncs) => {
      const db = freshDb();
      await applyConfigDocument(db, named('Edited here'), {
        source: 'local',
        origin: 'options page',
        at: 1,
      });
      for (let i = 0; i < syncs; i++)
        await applyConfigDocument(db, named(`Synced ${i}`), {
          source: 'url',
          origin: 'https://cfg.example/a.json',
          at: 10 + i,
        });
      expect((await latestSnapshotOf(db, 'local'))?.accountName).toBe('Edited here');
      const snapshots = await listSnapshots(db);
      // The active one, the last KEEP_GOOD_SNAPSHOTS good ones, and the local one.
      expect(snapshots.length).toBe(Math.min(syncs, KEEP_GOOD_SNAPSHOTS + 1) + 1);
    },
  );

  it('keeps only the newest of several local configs beyond the limit', async () => {
    const db = freshDb();
    for (let i = 0; i < 3; i++)
      await applyConfigDocument(db, named(`Local ${i}`), {
        source: 'local',
        origin: 'file',
        at: i,
      });
    for (let i = 0; i < 8; i++)
      await applyConfigDocument(db, named(`Synced ${i}`), {
        source: 'url',
        origin: 'u',
        at: 10 + i,
      });
    const local = (await listSnapshots(db)).filter((s) => s.source === 'local');
    expect(local.map((s) => s.accountName)).toEqual(['Local 2']);
  });

  it('switching back to "This computer" after six syncs works', async () => {
    const db = freshDb();
    let n = 0;
    const platform = quietPlatform({
      fetch: async () => new Response(JSON.stringify(named(`Synced ${(n += 1)}`))),
    });
    const service = createBackgroundService(db, platform, accountDocument({ accountId: 'demo' }));
    stops.push(() => service.active.stop());
    await service.ready;
    const page = { sender: 'page' as const };
    expect(
      await service.handle('importConfig', { text: JSON.stringify(named('Edited here')) }, page),
    ).toMatchObject({ ok: true });
    await service.handle(
      'updateSettings',
      { source: 'url', syncUrl: 'https://cfg.example/a.json' },
      page,
    );
    await service.syncIdle();
    for (let i = 0; i < 6; i++)
      expect(await service.handle('syncNow', undefined, page)).toMatchObject({
        ok: true,
        changed: true,
      });
    expect(await service.handle('updateSettings', { source: 'local' }, page)).toEqual({ ok: true });
    expect((await getActiveSnapshot(db))?.config.account.name).toBe('Edited here');
  });
});

import { describe, expect, it } from 'vitest';
import {
  getActiveSnapshot,
  KEEP_GOOD_SNAPSHOTS,
  listSnapshots,
  sha256Hex,
  storeValidSnapshot,
} from '../../../../lib/db/configs';
import { updateSyncState, getSyncState } from '../../../../lib/db/sync-state';
import { freshDb, normalisedConfig } from '../../helpers/background-fixtures';

const input = (n: number, source: 'url' | 'local' = 'url') => ({
  config: normalisedConfig(`acct-${n}`),
  warnings: [],
  hash: `hash-${n}`,
  source,
  origin: 'https://cfg.example/c.json',
  at: 1000 + n,
});

describe('config snapshots', () => {
  it('hashes with SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('keeps exactly one active snapshot and the last few good ones', async () => {
    const db = freshDb();
    for (let n = 1; n <= KEEP_GOOD_SNAPSHOTS + 3; n++) await storeValidSnapshot(db, input(n));
    const all = await listSnapshots(db);
    expect(all.filter((s) => s.active === 1).map((s) => s.accountId)).toEqual([
      `acct-${KEEP_GOOD_SNAPSHOTS + 3}`,
    ]);
    expect(all.filter((s) => s.active === 0)).toHaveLength(KEEP_GOOD_SNAPSHOTS);
    expect(all[1]?.accountId).toBe(`acct-${KEEP_GOOD_SNAPSHOTS + 2}`);
  });

  it('the same document from the same place only refreshes fetchedAt and the ETag', async () => {
    const db = freshDb();
    await storeValidSnapshot(db, { ...input(1), etag: '"v1"' });
    const again = await storeValidSnapshot(db, { ...input(1), at: 5000 });
    expect(again.changed).toBe(false);
    expect(await db.configs.count()).toBe(1);
    expect(await getActiveSnapshot(db)).toMatchObject({ fetchedAt: 5000, etag: '"v1"' });
  });

  it('the same document from another source is a new snapshot', async () => {
    const db = freshDb();
    await storeValidSnapshot(db, input(1));
    expect((await storeValidSnapshot(db, input(1, 'local'))).changed).toBe(true);
    expect((await getActiveSnapshot(db))?.source).toBe('local');
  });

  it('clears the last error and records the success', async () => {
    const db = freshDb();
    await updateSyncState(db, {
      failures: 2,
      lastError: { at: 1, kind: 'http', message: 'x', details: [], source: 'url', origin: 'u' },
    });
    await storeValidSnapshot(db, input(1));
    const sync = await getSyncState(db);
    expect(sync.lastError).toBeUndefined();
    expect(sync.lastSuccessAt).toBe(1001);
  });
});

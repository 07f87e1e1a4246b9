import { describe, expect, it, vi } from 'vitest';
import { splitConfig } from '../../../../lib/db/config-body';
import {
  activateSnapshot,
  getActiveSnapshot,
  getSnapshot,
  KEEP_GOOD_SNAPSHOTS,
  latestSnapshotOf,
  listSnapshots,
  sha256Hex,
  storeValidSnapshot,
  writeConfigBody,
} from '../../../../lib/db/configs';
import { RingsideDb } from '../../../../lib/db/schema';
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

/**
 * Counts what reaches IndexedDB per table (Dexie's DBCore, below every table method): reads of
 * values (get, getMany, and queries or cursors that return values, not keys or counts) and the
 * keys written or deleted.
 */
function countTableOps(db: RingsideDb) {
  const ops = new Map<string, { reads: number; writes: number }>();
  const of = (table: string) => {
    if (!ops.has(table)) ops.set(table, { reads: 0, writes: 0 });
    return ops.get(table)!;
  };
  db.use({
    stack: 'dbcore',
    name: 'count-ops',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        const read =
          <A extends object, R>(fn: (req: A) => Promise<R>) =>
          (req: A) => {
            if (!('values' in req) || req.values) of(name).reads += 1;
            return fn(req);
          };
        return {
          ...table,
          get: read(table.get.bind(table)),
          getMany: read(table.getMany.bind(table)),
          query: read(table.query.bind(table)),
          openCursor: read(table.openCursor.bind(table)),
          mutate(req) {
            of(name).writes +=
              req.type === 'deleteRange'
                ? 1
                : 'values' in req
                  ? req.values.length
                  : req.keys.length;
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return {
    of: (table: string) => ({ ...of(table) }),
    reset: () => ops.clear(),
  };
}

describe('config bodies apart from their rows', () => {
  it('storing a new config writes its body once and reads no body', async () => {
    const db = freshDb();
    const ops = countTableOps(db);
    await storeValidSnapshot(db, input(1));
    await storeValidSnapshot(db, input(2));
    ops.reset();
    await storeValidSnapshot(db, input(3));
    expect(ops.of('configBodies')).toEqual({
      reads: 0,
      writes: splitConfig('hash-3', input(3).config).length,
    });
    const rows = await db.configs.toArray();
    expect(rows.every((row) => !('config' in row))).toBe(true);
    expect(rows.map((r) => [r.accountName, r.numberCount, r.agentCount, r.active])).toEqual([
      ['Acme Inc.', 3, 2, 0],
      ['Acme Inc.', 3, 2, 0],
      ['Acme Inc.', 3, 2, 1],
    ]);
    expect(await db.configBodies.count()).toBe(3 * splitConfig('h', input(3).config).length);
  });

  it('refreshing the same document, listing and switching the active one touch no body', async () => {
    const db = freshDb();
    const ops = countTableOps(db);
    const first = await storeValidSnapshot(db, input(1, 'local'));
    await storeValidSnapshot(db, input(2));
    ops.reset();
    expect((await storeValidSnapshot(db, { ...input(2), at: 9_000 })).changed).toBe(false);
    expect((await listSnapshots(db)).map((s) => s.accountId)).toEqual(['acct-2', 'acct-1']);
    expect((await latestSnapshotOf(db, 'local'))?.id).toBe(first.snapshot.id);
    expect(await activateSnapshot(db, first.snapshot.id!)).toMatchObject({ active: 1 });
    expect(ops.of('configBodies')).toEqual({ reads: 0, writes: 0 });
    expect((await getActiveSnapshot(db))?.config).toEqual(input(1).config);
  });

  it('pruning drops the bodies with their rows, and a body two rows share stays', async () => {
    const db = freshDb();
    await storeValidSnapshot(db, input(0, 'local'));
    for (let n = 0; n <= KEEP_GOOD_SNAPSHOTS + 4; n++) await storeValidSnapshot(db, input(n));
    const rowHashes = new Set((await db.configs.toArray()).map((r) => r.hash));
    const bodyHashes = new Set(
      (await db.configBodies.toCollection().primaryKeys()).map(([hash]) => hash),
    );
    expect(bodyHashes).toEqual(rowHashes);
    // The local copy of document 0 keeps its body, though the synced copy of it was pruned.
    expect(rowHashes.has('hash-0')).toBe(true);
    expect((await latestSnapshotOf(db, 'local'))?.hash).toBe('hash-0');
    const local = await latestSnapshotOf(db, 'local');
    expect((await getSnapshot(db, local!.id!))?.config).toEqual(input(0).config);
  });

  it('writes a large body in parts, pausing between them, and reads it back whole', async () => {
    const db = freshDb();
    const config = normalisedConfig('big');
    config.numbers = Array.from({ length: 1_234 }, (_, i) => ({
      ...config.numbers[0]!,
      id: `n${i}`,
      number: `+1415555${String(i).padStart(4, '0')}`,
    }));
    let pauses = 0;
    const pause = async () => {
      pauses += 1;
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    await storeValidSnapshot(db, { ...input(1), config, hash: 'big', pause });
    const parts = splitConfig('big', config);
    expect(parts.length).toBeGreaterThan(3);
    expect(pauses).toBe(parts.length);
    expect(await db.configBodies.count()).toBe(parts.length);
    vi.resetModules(); // a fresh context: nothing remembered, the body is read from the parts
    const page = await import('../../../../lib/db/configs');
    expect((await page.getActiveSnapshot(db))?.config).toEqual(config);
  });

  it('a body cut short is written again, and a body pruned meanwhile is put back', async () => {
    const db = freshDb();
    // A store that stopped part-way: some list parts, no head.
    const parts = splitConfig('hash-1', input(1).config);
    await db.configBodies.bulkPut(parts.slice(1, 2));
    await storeValidSnapshot(db, input(1));
    expect(await db.configBodies.count()).toBe(parts.length);
    // A complete body whose parts another store pruned before this one's row was added.
    await writeConfigBody(db, 'hash-2', input(2).config);
    await db.configBodies.where('[hash+part]').equals(['hash-2', 1]).delete();
    await storeValidSnapshot(db, input(2));
    vi.resetModules();
    const page = await import('../../../../lib/db/configs');
    expect((await page.getActiveSnapshot(db))?.config).toEqual(input(2).config);
  });

  it('a page reads a body once, then reuses it while the active row keeps its id and hash', async () => {
    const db = freshDb();
    await storeValidSnapshot(db, input(1));
    // Another extension page: its own copy of the module, its own connection.
    vi.resetModules();
    const page = await import('../../../../lib/db/configs');
    const pageDb = new RingsideDb(db.name);
    const ops = countTableOps(pageDb);
    const first = await page.getActiveSnapshot(pageDb);
    expect(ops.of('configBodies').reads).toBe(1);
    await storeValidSnapshot(db, { ...input(1), at: 7_000, etag: '"v2"' }); // same document
    const second = await page.getActiveSnapshot(pageDb);
    expect(second).toMatchObject({ fetchedAt: 7_000, etag: '"v2"' });
    expect(second?.config).toBe(first?.config);
    expect(ops.of('configBodies').reads).toBe(1);
    await storeValidSnapshot(db, input(2));
    expect((await page.getActiveSnapshot(pageDb))?.config).toEqual(input(2).config);
    expect(ops.of('configBodies').reads).toBe(2);
    pageDb.close();
  });

  it('a store that fails part-way keeps the previous active config and every kept one', async () => {
    const db = freshDb();
    await storeValidSnapshot(db, input(1));
    await storeValidSnapshot(db, input(2));
    const rows = await db.configs.toArray();
    const bodies = await db.configBodies.toArray();
    // Fails in the body's parts, then in the final transaction, after the whole body is written.
    for (const table of [db.configBodies, db.configs] as const) {
      const fail = () => {
        throw new Error('disk full');
      };
      table.hook('creating', fail);
      await expect(storeValidSnapshot(db, input(3))).rejects.toThrow('disk full');
      table.hook('creating').unsubscribe(fail);
      expect(await db.configs.toArray()).toEqual(rows);
      vi.resetModules();
      const page = await import('../../../../lib/db/configs');
      expect(await page.getActiveSnapshot(db)).toMatchObject({
        accountId: 'acct-2',
        config: input(2).config,
      });
    }
    // The parts the failed store left are unused, and go with the next store.
    await storeValidSnapshot(db, input(2, 'local'));
    expect(await db.configBodies.toArray()).toEqual(bodies);
  });
});

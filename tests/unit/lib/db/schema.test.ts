/**
 * The schema's upgrades, from data written by the previous version: version 4 moves each config
 * out of its `configs` row into `configBodies` (in parts, under its hash) and leaves a summary in
 * the row. Nothing
 * kept may be lost: every snapshot, which one is active, the newest local one, their ETags.
 */
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  getActiveSnapshot,
  getSnapshot,
  latestSnapshotOf,
  listSnapshots,
} from '../../../../lib/db/configs';
import { RingsideDb } from '../../../../lib/db/schema';
import type { ConfigSourceKind } from '../../../../lib/db/types';
import { normalisedConfig } from '../../helpers/background-fixtures';

/** The schema as version 3 left it, declared the way lib/db/schema.ts declared it then. */
function version3(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    configs: '++id, active, fetchedAt, hash, source',
    settings: 'id',
    policy: 'id',
    choices: '[accountId+agentId]',
    calls: '++id, at',
    sync: 'id',
  });
  db.version(2).stores({ secrets: 'id' });
  db.version(3).stores({ configs: '++id, active, fetchedAt, hash, source' });
  return db;
}

interface OldRow {
  accountId: string;
  source: ConfigSourceKind;
  origin: string;
  fetchedAt: number;
  etag?: string;
  hash: string;
  active: 0 | 1;
  config: ReturnType<typeof normalisedConfig>;
  warnings: string[];
}

/** A version 3 row, its config made distinct by the account id and one extra number. */
function oldRow(i: number, source: ConfigSourceKind, active: 0 | 1): OldRow {
  const config = normalisedConfig(`acct-${i}`);
  config.account = { ...config.account, name: `Account ${i}` };
  config.numbers = [
    ...config.numbers,
    {
      ...config.numbers[0]!,
      id: `extra-${i}`,
      number: `+1415555${String(1000 + i).slice(-4)}`,
    },
  ];
  return {
    accountId: config.account.id,
    source,
    origin: source === 'local' ? `file-${i}.json` : 'https://cfg.example/a.json',
    fetchedAt: 1_000 + i,
    ...(i % 2 ? { etag: `"e${i}"` } : {}),
    hash: `hash-${i}`,
    active,
    config,
    warnings: i % 3 ? [] : [`warning ${i}`],
  };
}

let seq = 0;

/** Writes `rows` with version 3, closes it, and opens the same database with today's schema. */
async function upgradeFrom(rows: OldRow[]): Promise<{ db: RingsideDb; ids: number[] }> {
  seq += 1;
  const name = `upgrade-${seq}-${Math.random().toString(36).slice(2)}`;
  const old = version3(name);
  const ids = (await old.table('configs').bulkAdd(rows, { allKeys: true })) as number[];
  await old.table('sync').put({ id: 'sync', failures: 0, lastSuccessAt: 5 });
  old.close();
  const db = new RingsideDb(name);
  await db.open();
  return { db, ids };
}

describe('schema version 4: config bodies apart from their rows', () => {
  it('keeps every snapshot under its id, the active one active, and moves each config out', async () => {
    const rows = [
      oldRow(1, 'local', 0),
      oldRow(2, 'url', 0),
      oldRow(3, 'url', 0),
      oldRow(4, 'url', 1),
    ];
    const { db, ids } = await upgradeFrom(rows);
    expect(db.verno).toBe(4);

    const stored = await db.configs.toArray();
    expect(stored.map((r) => r.id)).toEqual(ids);
    for (const [i, row] of stored.entries()) {
      const { config, ...before } = rows[i]!;
      // The row is what it was, without its config, plus the summary.
      expect(row).toEqual({
        ...before,
        id: ids[i],
        accountName: config.account.name,
        numberCount: config.numbers.length,
        agentCount: config.agents.length,
      });
      expect('config' in row).toBe(false);
      expect(await db.configBodies.get([row.hash, 0])).toMatchObject({ part: 0 });
      expect(await getSnapshot(db, ids[i]!)).toEqual({ ...row, config });
    }

    expect(await getActiveSnapshot(db)).toMatchObject({
      id: ids[3],
      hash: 'hash-4',
      config: rows[3]!.config,
    });
    expect((await latestSnapshotOf(db, 'local'))?.id).toBe(ids[0]);
    expect((await listSnapshots(db)).map((s) => s.id)).toEqual([ids[3], ids[2], ids[1], ids[0]]);
    // The rest of the database is untouched.
    expect(await db.sync.get('sync')).toEqual({ id: 'sync', failures: 0, lastSuccessAt: 5 });
    db.close();
  });

  it('upgrades a database that has no config yet', async () => {
    const { db } = await upgradeFrom([]);
    expect(await db.configs.count()).toBe(0);
    expect(await db.configBodies.count()).toBe(0);
    expect(await getActiveSnapshot(db)).toBeNull();
    db.close();
  });

  it('for any set of kept rows, every row and config survive and the active one stays', async () => {
    const sources = fc.constantFrom<ConfigSourceKind>('demo', 'url', 'local', 'policy');
    await fc.assert(
      fc.asyncProperty(
        fc.array(sources, { minLength: 1, maxLength: 7 }),
        fc.nat(),
        async (kinds, pick) => {
          const activeAt = pick % kinds.length;
          const rows = kinds.map((kind, i) => oldRow(i, kind, i === activeAt ? 1 : 0));
          const { db, ids } = await upgradeFrom(rows);
          try {
            expect(await db.configs.count()).toBe(rows.length);
            const bodies = new Set(
              (await db.configBodies.toCollection().primaryKeys()).map(([hash]) => hash),
            );
            expect(bodies).toEqual(new Set(rows.map((r) => r.hash)));
            const active = await getActiveSnapshot(db);
            expect(active?.id).toBe(ids[activeAt]);
            expect(active?.config).toEqual(rows[activeAt]!.config);
            for (const [i, id] of ids.entries()) {
              expect((await getSnapshot(db, id))?.config).toEqual(rows[i]!.config);
            }
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 25, interruptAfterTimeLimit: 4_000 },
    );
  });
});

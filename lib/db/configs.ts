/**
 * Account config snapshots: exactly one active row (the config in use), up to
 * `KEEP_GOOD_SNAPSHOTS` earlier good ones for roll-back, and always the newest local one. Only
 * validated configs are stored here; see `applyConfigDocument` (lib/db/apply-config.ts) for the one
 * way in.
 *
 * Each snapshot is two rows under one id: a small one in `configs` (where it came from, its hash,
 * whether it is active, a summary) and the config itself in `configBodies`, written once and never
 * changed. Everything that only needs to know about configs reads `configs` alone.
 */
import type { AccountConfig } from '../caller-id/types';
import type { RingsideDb } from './schema';
import type { ConfigSnapshot, ConfigSnapshotInfo, ConfigSourceKind } from './types';

export const KEEP_GOOD_SNAPSHOTS = 5;

/** The few facts about a config its row carries, so lists and messages need no body. */
export function snapshotSummary(
  config: AccountConfig,
): Pick<ConfigSnapshotInfo, 'accountName' | 'numberCount' | 'agentCount'> {
  return {
    accountName: config.account.name,
    numberCount: config.numbers.length,
    agentCount: config.agents.length,
  };
}

/**
 * The last config body read in this context. Bodies never change once written, and the same hash
 * means the same document, so a page whose status is read again (every sync-state write re-runs
 * the popup's liveQuery) gets the config it already has instead of copying it out of IndexedDB.
 */
let lastBody: { db: string; id: number; hash: string; config: AccountConfig } | null = null;

/** The row of the active config, without reading the config (failure messages, the ETag). */
export async function getActiveInfo(db: RingsideDb): Promise<ConfigSnapshotInfo | null> {
  return (await db.configs.where('active').equals(1).first()) ?? null;
}

export async function getActiveSnapshot(db: RingsideDb): Promise<ConfigSnapshot | null> {
  return db.transaction('r', db.configs, db.configBodies, async () =>
    withBody(db, await getActiveInfo(db)),
  );
}

/** A kept snapshot with its config, by id (restoring it). */
export async function getSnapshot(db: RingsideDb, id: number): Promise<ConfigSnapshot | null> {
  return db.transaction('r', db.configs, db.configBodies, async () =>
    withBody(db, (await db.configs.get(id)) ?? null),
  );
}

async function withBody(
  db: RingsideDb,
  info: ConfigSnapshotInfo | null,
): Promise<ConfigSnapshot | null> {
  if (!info || info.id === undefined) return null;
  if (lastBody?.db === db.name && lastBody.id === info.id && lastBody.hash === info.hash) {
    return { ...info, config: lastBody.config };
  }
  const body = await db.configBodies.get(info.id);
  // Written in the same transaction as its row; a row without one is not a usable snapshot.
  if (!body) return null;
  lastBody = { db: db.name, id: info.id, hash: info.hash, config: body.config };
  return { ...info, config: body.config };
}

/** Active first, then the kept ones newest first; rows only, no config is read. */
export async function listSnapshots(db: RingsideDb): Promise<ConfigSnapshotInfo[]> {
  const all = await db.configs.orderBy('fetchedAt').reverse().toArray();
  return [...all.filter((s) => s.active === 1), ...all.filter((s) => s.active !== 1)];
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ValidSnapshotInput {
  config: AccountConfig;
  warnings: string[];
  hash: string;
  source: ConfigSourceKind;
  origin: string;
  etag?: string;
  at: number;
}

/**
 * Makes a validated config the active one, in one transaction: the previous active row is kept as
 * a good snapshot, the oldest beyond the limit are dropped, and the last error is cleared. The same
 * document from the same place only refreshes `fetchedAt` and the ETag (`changed: false`).
 */
export async function storeValidSnapshot(
  db: RingsideDb,
  input: ValidSnapshotInput,
): Promise<{ changed: boolean; snapshot: ConfigSnapshot }> {
  const stored = await db.transaction('rw', db.configs, db.configBodies, db.sync, async () => {
    const active = await getActiveInfo(db);
    let changed: boolean;
    let snapshot: ConfigSnapshot;
    if (
      active?.id !== undefined &&
      active.hash === input.hash &&
      active.source === input.source &&
      active.origin === input.origin
    ) {
      const info: ConfigSnapshotInfo = {
        ...active,
        fetchedAt: input.at,
        etag: input.etag ?? active.etag,
        warnings: input.warnings,
      };
      await db.configs.put(info);
      // Same hash, same document: the body already stored is this config.
      snapshot = { ...info, config: input.config };
      changed = false;
    } else {
      await db.configs.where('active').equals(1).modify({ active: 0 });
      const info: ConfigSnapshotInfo = {
        accountId: input.config.account.id,
        source: input.source,
        origin: input.origin,
        fetchedAt: input.at,
        hash: input.hash,
        active: 1,
        warnings: input.warnings,
        ...snapshotSummary(input.config),
        ...(input.etag ? { etag: input.etag } : {}),
      };
      info.id = (await db.configs.add(info)) as number;
      await db.configBodies.add({ id: info.id, config: input.config });
      snapshot = { ...info, config: input.config };
      // Keys only: reading the kept rows themselves is cheap now, but keys are all it needs.
      const inactive = new Set(await db.configs.where('active').equals(0).primaryKeys());
      const kept = (await db.configs.orderBy('fetchedAt').primaryKeys()).filter((id) =>
        inactive.has(id),
      );
      // The admin's latest local document is always kept (switching back to "This computer"
      // needs it), on top of the last few good ones.
      const local = await newestIdOf(db, 'local');
      const prunable = kept.filter((id) => id !== local);
      const excess = prunable.slice(0, Math.max(0, prunable.length - KEEP_GOOD_SNAPSHOTS));
      await db.configs.bulkDelete(excess);
      await db.configBodies.bulkDelete(excess as number[]);
      changed = true;
    }
    const sync = (await db.sync.get('sync')) ?? { id: 'sync' as const, failures: 0 };
    delete sync.lastError;
    await db.sync.put({ ...sync, lastSuccessAt: input.at });
    return { changed, snapshot };
  });
  // Committed: a read of it in this context need not copy it back out. A refresh of the same
  // document keeps the config object already remembered (and whatever index was built on it).
  const { id, hash, config } = stored.snapshot;
  const known = lastBody?.db === db.name && lastBody.id === id && lastBody.hash === hash;
  if (id !== undefined && !known) lastBody = { db: db.name, id, hash, config };
  return stored;
}

/** The row of the newest kept snapshot of a source (e.g. the last imported document), active or not. */
export async function latestSnapshotOf(
  db: RingsideDb,
  source: ConfigSourceKind,
): Promise<ConfigSnapshotInfo | null> {
  const id = await newestIdOf(db, source);
  return id === undefined ? null : ((await db.configs.get(id)) ?? null);
}

/** The id of the newest snapshot of a source, from the indexes alone (no config is read). */
async function newestIdOf(db: RingsideDb, source: ConfigSourceKind): Promise<number | undefined> {
  const ofSource = new Set(await db.configs.where('source').equals(source).primaryKeys());
  if (ofSource.size === 0) return undefined;
  const byTime = await db.configs.orderBy('fetchedAt').primaryKeys();
  for (let i = byTime.length - 1; i >= 0; i--) if (ofSource.has(byTime[i]!)) return byTime[i];
  return undefined;
}

/**
 * Makes a kept snapshot the active one again, unchanged (used when switching back to a source).
 * Only the two small rows change; no config is read or written.
 */
export async function activateSnapshot(
  db: RingsideDb,
  id: number,
): Promise<ConfigSnapshotInfo | null> {
  return db.transaction('rw', db.configs, async () => {
    const target = await db.configs.get(id);
    if (!target) return null;
    await db.configs.where('active').equals(1).modify({ active: 0 });
    await db.configs.update(id, { active: 1 });
    return { ...target, active: 1 as const };
  });
}

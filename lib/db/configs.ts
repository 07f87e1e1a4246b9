/**
 * Account config snapshots: exactly one active row (the config in use), up to
 * `KEEP_GOOD_SNAPSHOTS` earlier good ones for roll-back, and always the newest local one. Only validated configs are stored here;
 * see `applyConfigDocument` (lib/db/apply-config.ts) for the one way in.
 */
import type { AccountConfig } from '../caller-id/types';
import type { RingsideDb } from './schema';
import type { ConfigSnapshot, ConfigSourceKind } from './types';

export const KEEP_GOOD_SNAPSHOTS = 5;

export async function getActiveSnapshot(db: RingsideDb): Promise<ConfigSnapshot | null> {
  return (await db.configs.where('active').equals(1).first()) ?? null;
}

/** Active first, then the kept ones newest first. */
export async function listSnapshots(db: RingsideDb): Promise<ConfigSnapshot[]> {
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
  return db.transaction('rw', db.configs, db.sync, async () => {
    const active = await getActiveSnapshot(db);
    let changed: boolean;
    let snapshot: ConfigSnapshot;
    if (
      active &&
      active.hash === input.hash &&
      active.source === input.source &&
      active.origin === input.origin
    ) {
      snapshot = {
        ...active,
        fetchedAt: input.at,
        etag: input.etag ?? active.etag,
        warnings: input.warnings,
      };
      await db.configs.put(snapshot);
      changed = false;
    } else {
      await db.configs.where('active').equals(1).modify({ active: 0 });
      snapshot = {
        accountId: input.config.account.id,
        source: input.source,
        origin: input.origin,
        fetchedAt: input.at,
        hash: input.hash,
        active: 1,
        config: input.config,
        warnings: input.warnings,
        ...(input.etag ? { etag: input.etag } : {}),
      };
      snapshot.id = (await db.configs.add(snapshot)) as number;
      // Keys only: reading the kept rows themselves would copy up to five large configs.
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
      changed = true;
    }
    const sync = (await db.sync.get('sync')) ?? { id: 'sync' as const, failures: 0 };
    delete sync.lastError;
    await db.sync.put({ ...sync, lastSuccessAt: input.at });
    return { changed, snapshot };
  });
}

/** The newest kept snapshot of a source (e.g. the last imported document), active or not. */
export async function latestSnapshotOf(
  db: RingsideDb,
  source: ConfigSourceKind,
): Promise<ConfigSnapshot | null> {
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

/** Makes a kept snapshot the active one again, unchanged (used when switching back to a source). */
export async function activateSnapshot(db: RingsideDb, id: number): Promise<ConfigSnapshot | null> {
  return db.transaction('rw', db.configs, async () => {
    const target = await db.configs.get(id);
    if (!target) return null;
    await db.configs.where('active').equals(1).modify({ active: 0 });
    await db.configs.update(id, { active: 1 });
    return { ...target, active: 1 as const };
  });
}

/**
 * Account config snapshots: exactly one active row (the config in use), up to
 * `KEEP_GOOD_SNAPSHOTS` earlier good ones for roll-back, and always the newest local one. Only
 * validated configs are stored here; see `applyConfigDocument` (lib/db/apply-config.ts) for the one
 * way in.
 *
 * A snapshot is a small row in `configs` (where it came from, its hash, whether it is active, a
 * summary) and its config in `configBodies`, in parts under the hash (lib/db/config-body.ts),
 * written once and never changed. Everything that only needs to know about configs reads
 * `configs` alone.
 */
import type { AccountConfig } from '../caller-id/types';
import { joinConfig, splitConfig } from './config-body';
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
 * The last config body read or written in this context. Bodies never change once written, and
 * the same hash means the same document, so a page whose status is read again (every sync-state
 * write re-runs the popup's liveQuery) gets the config it already has instead of copying it out
 * of IndexedDB again.
 */
let lastBody: { db: string; hash: string; config: AccountConfig } | null = null;

const remember = (db: RingsideDb, hash: string, config: AccountConfig) => {
  if (lastBody?.db !== db.name || lastBody.hash !== hash) lastBody = { db: db.name, hash, config };
  return lastBody.config;
};

/** All parts of one body, by key range (no other body is read). */
const partsOf = (db: RingsideDb, hash: string) =>
  db.configBodies
    .where('[hash+part]')
    .between([hash, 0], [hash, Number.MAX_SAFE_INTEGER], true, true);

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
  if (lastBody?.db === db.name && lastBody.hash === info.hash) {
    return { ...info, config: lastBody.config };
  }
  const config = joinConfig(await partsOf(db, info.hash).toArray());
  // Complete before its row is written (storeValidSnapshot); a row without one is unusable.
  if (!config) return null;
  return { ...info, config: remember(db, info.hash, config) };
}

/**
 * Writes the body of `config` under `hash` unless a complete one is there: one part per
 * transaction, waiting on `pause` between them, the head last. Nothing refers to the body until
 * `storeValidSnapshot` adds its row, so a write cut short leaves nothing in use half-written.
 */
export async function writeConfigBody(
  db: RingsideDb,
  hash: string,
  config: AccountConfig,
  pause?: () => Promise<void>,
): Promise<void> {
  // Keys only: whether the head is there, without reading it.
  if ((await db.configBodies.where('[hash+part]').equals([hash, 0]).count()) > 0) return;
  const [head, ...lists] = splitConfig(hash, config);
  for (const part of [...lists, head!]) {
    await db.configBodies.put(part);
    await pause?.();
  }
}

/** Active first, then the kept ones newest first; rows only, no config is read. */
export async function listSnapshots(db: RingsideDb): Promise<ConfigSnapshotInfo[]> {
  const all = await db.configs.orderBy('fetchedAt').reverse().toArray();
  return [...all.filter((s) => s.active === 1), ...all.filter((s) => s.active !== 1)];
}

/** Characters encoded to UTF-8 between two pauses of a sliced hash. */
const ENCODE_CHARS = 128 * 1024;

/**
 * The SHA-256 of `text` as UTF-8, in hex. With `pause`, the text is encoded in slices of
 * ENCODE_CHARS characters with a pause between them (encoding 1 MB at once is one task of several
 * ms, 10 MB one of tens), then hashed in one call (the digest itself is fast native code).
 */
export async function sha256Hex(text: string, pause?: () => Promise<void>): Promise<string> {
  let bytes: Uint8Array<ArrayBuffer>;
  if (!pause || text.length <= ENCODE_CHARS) bytes = new TextEncoder().encode(text);
  else {
    const encoder = new TextEncoder();
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    const buffer = new Uint8Array(text.length * 3);
    let written = 0;
    let at = 0;
    while (at < text.length) {
      let end = Math.min(text.length, at + ENCODE_CHARS);
      // A surrogate pair is never split between two slices (each half would become U+FFFD).
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end += 1;
      written += encoder.encodeInto(text.slice(at, end), buffer.subarray(written)).written;
      at = end;
      await pause();
    }
    bytes = buffer.subarray(0, written);
  }
  const digest = await crypto.subtle.digest('SHA-256', bytes);
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
  /** Between the parts of a new body (a macrotask in the background); none: written at once. */
  pause?: () => Promise<void>;
}

/**
 * Makes a validated config the active one. Its body is written first, in parts (see
 * `writeConfigBody`); then one transaction checks the body is complete (writing it there if
 * another store pruned it meanwhile), keeps the previous active row as a good snapshot, drops the
 * oldest beyond the limit with the bodies no row uses any more, and clears the last error. The
 * same document from the same place only refreshes `fetchedAt` and the ETag (`changed: false`).
 */
export async function storeValidSnapshot(
  db: RingsideDb,
  input: ValidSnapshotInput,
): Promise<{ changed: boolean; snapshot: ConfigSnapshot }> {
  await writeConfigBody(db, input.hash, input.config, input.pause);
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
      const parts = splitConfig(input.hash, input.config);
      if ((await partsOf(db, input.hash).count()) !== parts.length) {
        await db.configBodies.bulkPut(parts);
      }
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
      await dropUnusedBodies(db, input.hash);
      changed = true;
    }
    const sync = (await db.sync.get('sync')) ?? { id: 'sync' as const, failures: 0 };
    delete sync.lastError;
    await db.sync.put({ ...sync, lastSuccessAt: input.at });
    return { changed, snapshot };
  });
  // Committed: a read of it in this context need not copy it back out. A refresh of the same
  // document keeps the config object already remembered (and whatever index was built on it).
  const { snapshot } = stored;
  return {
    ...stored,
    snapshot: { ...snapshot, config: remember(db, snapshot.hash, snapshot.config) },
  };
}

/**
 * Deletes the parts of every body no row refers to (a pruned snapshot's, or one a failed store
 * left), from keys alone. `keep` is the body being stored.
 */
async function dropUnusedBodies(db: RingsideDb, keep: string): Promise<void> {
  const used = new Set(await db.configs.orderBy('hash').keys());
  used.add(keep);
  const keys = await db.configBodies.toCollection().primaryKeys();
  await db.configBodies.bulkDelete(keys.filter(([hash]) => !used.has(hash)));
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

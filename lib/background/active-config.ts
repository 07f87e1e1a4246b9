/**
 * The active config, kept in memory while the service worker lives.
 *
 * Every preview, dial and page load needs the active config. Read from IndexedDB each time, a
 * 10,000-number config costs a structured-clone copy per message, and the copy is a new object,
 * so the selection index (cached per config object, lib/caller-id/config-index.ts) was rebuilt for
 * every message too. Here the snapshot is read once and kept until the `configs` table changes:
 * any write to it (a sync, an import, a restore, switching source, or another extension page
 * writing through Dexie) fires Dexie's `storagemutated` event, which drops the kept copy; the next
 * reader re-reads it. A re-read that finds the same row with the same hash keeps the config object
 * it had, so a sync that changed nothing (a new `fetchedAt`, an ETag) keeps the index too.
 *
 * A worker that stops forgets everything; the first message after a restart reads it once again.
 */
import { getActiveSnapshot } from '../db/configs';
import type { RingsideDb } from '../db/schema';
import type { ConfigSnapshot } from '../db/types';
import { watchTables } from './watch-tables';

export interface ActiveConfig {
  /** The active snapshot (null before any config is active), from memory when it is current. */
  snapshot(): Promise<ConfigSnapshot | null>;
  /** Drops the kept copy: the next `snapshot()` reads the database. */
  invalidate(): void;
  /**
   * Keeps `snapshot`, just stored by this worker, as the active one (after the write's own
   * invalidation), so a 10,000-number config is not read back right after it was written.
   */
  prime(snapshot: ConfigSnapshot): void;
  /** How many times the snapshot was read from the database (tests and benches watch it). */
  readonly reads: number;
  /** Stops watching the database (tests that make many services). */
  stop(): void;
}

/**
 * Calls `onChange` after every committed write to `db`'s `configs` table, in this context or in
 * another one of the extension (Dexie forwards them over a BroadcastChannel). Returns the
 * function that stops watching.
 */
export function watchConfigsTable(db: RingsideDb, onChange: () => void): () => void {
  return watchTables(db, ['configs'], () => onChange());
}

export function createActiveConfig(
  db: RingsideDb,
  watch: (db: RingsideDb, onChange: () => void) => () => void = watchConfigsTable,
): ActiveConfig {
  let current: Promise<ConfigSnapshot | null> | null = null;
  /** The last snapshot read, whose config object is reused when the row did not change. */
  let last: ConfigSnapshot | null = null;
  let reads = 0;

  const invalidate = () => {
    current = null;
  };
  const unwatch = watch(db, invalidate);

  /** The same row with the same hash holds the same config: keep the object (and its index). */
  function sameConfig(next: ConfigSnapshot | null): ConfigSnapshot | null {
    if (
      next &&
      last &&
      next.id === last.id &&
      next.hash === last.hash &&
      next.config !== last.config
    )
      return { ...next, config: last.config };
    return next;
  }

  function read(): Promise<ConfigSnapshot | null> {
    reads += 1;
    const reading = getActiveSnapshot(db).then((next) => {
      next = sameConfig(next);
      // Kept as the reference only if no write came in meanwhile (then `current` moved on).
      if (current === reading) last = next;
      return next;
    });
    reading.catch(() => {
      if (current === reading) current = null;
    });
    return reading;
  }

  return {
    snapshot() {
      current ??= read();
      return current;
    },
    invalidate,
    prime(snapshot) {
      if (snapshot.active !== 1) return;
      last = sameConfig(snapshot);
      current = Promise.resolve(last);
    },
    get reads() {
      return reads;
    },
    stop: unwatch,
  };
}

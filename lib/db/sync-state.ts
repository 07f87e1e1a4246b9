/** The sync state row: last attempt, last success, last error, backoff and the in-flight marker. */
import type { RingsideDb } from './schema';
import type { SyncError, SyncState } from './types';

export const EMPTY_SYNC_STATE: Readonly<SyncState> = Object.freeze({ id: 'sync', failures: 0 });

export async function getSyncState(db: RingsideDb): Promise<SyncState> {
  return (await db.sync.get('sync')) ?? { ...EMPTY_SYNC_STATE };
}

/** Merges a patch; a key set to undefined is removed from the row. */
export async function updateSyncState(
  db: RingsideDb,
  patch: Partial<Omit<SyncState, 'id'>>,
): Promise<SyncState> {
  return db.transaction('rw', db.sync, async () => {
    const next: SyncState = { ...(await getSyncState(db)), ...patch, id: 'sync' };
    for (const key of Object.keys(next) as (keyof SyncState)[]) {
      if (next[key] === undefined) delete next[key];
    }
    await db.sync.put(next);
    return next;
  });
}

/** Stores a failed document or download. The active config is not touched. */
export async function recordConfigError(db: RingsideDb, error: SyncError): Promise<void> {
  await updateSyncState(db, { lastError: error });
}

/** The call log: every dial, placed, failed or refused, newest last in storage. */
import type { RingsideDb } from './schema';
import type { CallLogEntry } from './types';

/** How many calls the log keeps; the oldest go first. */
export const CALL_LOG_LIMIT = 1000;

/**
 * Adds a call and drops the oldest beyond `limit`, in one transaction so the log never holds more
 * than the limit and a failed prune cannot leave half a change. "Oldest" is by insertion order
 * (the auto-increment id), not by the clock, so the call just made is always kept.
 */
export async function appendCall(
  db: RingsideDb,
  entry: Omit<CallLogEntry, 'id'>,
  limit = CALL_LOG_LIMIT,
): Promise<number> {
  return db.transaction('rw', db.calls, async () => {
    const id = (await db.calls.add(entry)) as number;
    const excess = (await db.calls.count()) - limit;
    if (excess > 0) await db.calls.limit(excess).delete();
    return id;
  });
}

/** Newest first; what the popup and side panel list. */
export async function recentCalls(db: RingsideDb, limit = 50): Promise<CallLogEntry[]> {
  return db.calls.orderBy('at').reverse().limit(limit).toArray();
}

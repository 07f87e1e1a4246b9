/** The call log: every dial, placed, failed or refused, newest last in storage. */
import type { RingsideDb } from './schema';
import type { CallLogEntry } from './types';

export async function appendCall(db: RingsideDb, entry: Omit<CallLogEntry, 'id'>): Promise<number> {
  return (await db.calls.add(entry)) as number;
}

/** Newest first; what the popup and side panel list. */
export async function recentCalls(db: RingsideDb, limit = 50): Promise<CallLogEntry[]> {
  return db.calls.orderBy('at').reverse().limit(limit).toArray();
}

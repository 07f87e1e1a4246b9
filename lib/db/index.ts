/**
 * Ringside's IndexedDB, for the background and extension pages (never a content script).
 *
 * Pages: read with Dexie's liveQuery, write through the background's messages (lib/messages.ts):
 *   import { liveQuery } from 'dexie';
 *   import { getDb, loadStatus, recentCalls, listSnapshots } from '../../lib/db';
 *   liveQuery(() => loadStatus(getDb()))      // config, settings + locks, sync error, agent, choice
 *   liveQuery(() => recentCalls(getDb(), 20)) // call log, newest first
 *   liveQuery(() => listSnapshots(getDb()))   // active + kept configs, for roll-back
 */
import { RingsideDb } from './schema';

export { RingsideDb, DB_NAME } from './schema';
export * from './types';
export * from './settings';
export * from './configs';
export * from './choices';
export * from './calls';
export * from './sync-state';
export * from './status';
export type { SettingsPatch } from './schemas';

let shared: RingsideDb | undefined;

/** One connection per JavaScript context (page or worker). */
export function getDb(): RingsideDb {
  shared ??= new RingsideDb();
  return shared;
}
export * from './apply-config';

/**
 * Ringside's IndexedDB, for the background and extension pages (never a content script).
 *
 * Pages: read with Dexie's liveQuery, write through the background's messages (lib/messages.ts).
 * A page imports the modules it needs (lib/db/connection, lib/db/status, ...) rather than this
 * barrel, which also brings config validation and full phone metadata (apply-config):
 *   import { liveQuery } from 'dexie';
 *   import { getDb } from '../../lib/db/connection';
 *   import { loadStatus } from '../../lib/db/status';
 *   liveQuery(() => loadStatus(getDb()))      // config, settings + locks, sync error, agent, choice
 *   liveQuery(() => recentCalls(getDb(), 20)) // call log, newest first
 *   liveQuery(() => listSnapshots(getDb()))   // active + kept configs, for roll-back
 */
export { getDb } from './connection';
export { RingsideDb, DB_NAME } from './schema';
export * from './types';
export * from './settings';
export * from './configs';
export * from './choices';
export * from './calls';
export * from './sync-state';
export * from './status';
export type { SettingsPatch } from './schemas';
export * from './apply-config';

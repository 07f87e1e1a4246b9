/**
 * The connection to Ringside's IndexedDB: one per JavaScript context (the background, each
 * extension page), shared by everything in it. It imports the schema (Dexie) and nothing else, so
 * a page opens the database without loading config validation or phone metadata; the lib/db
 * barrel re-exports it for the background.
 */
import { RingsideDb } from './schema';

let shared: RingsideDb | undefined;

export function getDb(): RingsideDb {
  shared ??= new RingsideDb();
  return shared;
}

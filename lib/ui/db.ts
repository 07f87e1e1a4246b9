/**
 * The extension pages' connection to Ringside's IndexedDB. Same schema and name as the
 * background's `getDb()` (lib/db/index.ts), opened from lib/db/schema.ts directly: importing the
 * lib/db barrel would bring config validation (valibot schemas, full phone metadata) into every
 * page's start-up, and the popup must open fast.
 */
import { RingsideDb } from '../db/schema';

let shared: RingsideDb | undefined;

export function getPageDb(): RingsideDb {
  shared ??= new RingsideDb();
  return shared;
}

/**
 * Dexie's `storagemutated` event, by table: what the background's in-memory copies
 * (./active-config.ts, ./kept-reads.ts) listen to, to drop a copy whenever its rows change.
 */
import { Dexie } from 'dexie';
import type { RingsideDb } from '../db/schema';

/**
 * Calls `onChange(table)` after every committed write to one of `tables` of `db`, in this context
 * or in another one of the extension. Returns the function that stops watching.
 */
export function watchTables(
  db: RingsideDb,
  tables: readonly string[],
  onChange: (table: string | 'all') => void,
): () => void {
  const prefixes = tables.map((table) => [table, `idb://${db.name}/${table}/`] as const);
  const listener = (parts: Record<string, unknown>) => {
    // `all` is what Dexie sends when a page comes back from the back/forward cache.
    if ('all' in parts) return onChange('all');
    const keys = Object.keys(parts);
    for (const [table, prefix] of prefixes)
      if (keys.some((key) => key.startsWith(prefix))) onChange(table);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}

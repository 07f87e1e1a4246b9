/**
 * Watches Ringside's status in IndexedDB for a page (`loadStatus` under Dexie's liveQuery). Kept in
 * its own module so a page can load it (and Dexie with it) after its first paint.
 */
import { getDb } from '../db/connection';
import { loadStatus, type RingsideStatus } from '../db/status';
import { liveSignal, type Live } from './live';

export function watchStatus(onValue: (value: Live<RingsideStatus>) => void): () => void {
  const { live, dispose } = liveSignal(() => loadStatus(getDb()));
  const unsubscribe = live.subscribe(onValue);
  return () => {
    unsubscribe();
    dispose();
  };
}

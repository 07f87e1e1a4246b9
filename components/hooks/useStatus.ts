/** Ringside's state for this page, live from IndexedDB (`loadStatus`, one consistent read). */
import type { ReadonlySignal } from '@preact/signals';
import { getDb, loadStatus, type RingsideStatus } from '../../lib/db';
import type { Live } from '../../lib/ui/live';
import { useLiveQuery } from './useLiveQuery';

export function useStatus(): ReadonlySignal<Live<RingsideStatus>> {
  return useLiveQuery(() => loadStatus(getDb()), []);
}

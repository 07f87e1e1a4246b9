/** Ringside's state for this page, live from IndexedDB (`loadStatus`, one consistent read). */
import type { ReadonlySignal } from '@preact/signals';
import { loadStatus, type RingsideStatus } from '../../lib/db/status';
import { getPageDb } from '../../lib/ui/db';
import type { Live } from '../../lib/ui/live';
import { useLiveQuery } from './useLiveQuery';

export function useStatus(): ReadonlySignal<Live<RingsideStatus>> {
  return useLiveQuery(() => loadStatus(getPageDb()), []);
}

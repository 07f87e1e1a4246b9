/**
 * The last status a page showed, kept in localStorage so the next popup paints its caller-ID
 * dropdown at once, from a synchronous read, instead of after IndexedDB opens (about 20 ms). The
 * live IndexedDB read replaces it a moment later; every action still goes through the background,
 * which checks it against the stored data. A cache that is missing, from another version or not
 * shaped like a status is ignored.
 */
import type { RingsideStatus } from '../db/status';

const KEY = 'ringside.lastStatus';
const VERSION = 1;

// The storage is called `store`, never `storage`: WXT's auto-import presets stay active with
// `imports: false` and took a parameter named `storage` for WXT's storage API, adding
// `import { storage } from 'wxt/utils/storage'` (about 10 kB, run at start-up) to the popup.
export interface StatusStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function looksLikeStatus(value: unknown): value is RingsideStatus {
  if (!value || typeof value !== 'object') return false;
  const s = value as Partial<RingsideStatus>;
  return (
    typeof s.settings === 'object' &&
    s.settings !== null &&
    Array.isArray(s.settings.locked) &&
    typeof s.sync === 'object' &&
    typeof s.identity === 'object' &&
    s.identity !== null &&
    typeof s.identity.state === 'string' &&
    (s.active === null ||
      (typeof s.active === 'object' &&
        Array.isArray(s.active?.config?.numbers) &&
        Array.isArray(s.active?.config?.agents)))
  );
}

export function readCachedStatus(store: StatusStorage | undefined): RingsideStatus | undefined {
  try {
    const text = store?.getItem(KEY);
    if (!text) return undefined;
    const cached = JSON.parse(text) as { v?: unknown; status?: unknown };
    return cached.v === VERSION && looksLikeStatus(cached.status) ? cached.status : undefined;
  } catch {
    return undefined;
  }
}

export function writeCachedStatus(store: StatusStorage | undefined, status: RingsideStatus): void {
  try {
    store?.setItem(KEY, JSON.stringify({ v: VERSION, status }));
  } catch {
    // Storage full or disabled: the page just opens without the head start.
  }
}

/** localStorage when the page has one (extension pages do; tests may not). */
export function pageStorage(): StatusStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

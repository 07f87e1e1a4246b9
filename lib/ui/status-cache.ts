/**
 * The last status a page showed, kept in localStorage so the next popup paints its caller-ID
 * dropdown at once, from a synchronous read, instead of after IndexedDB opens (about 20 ms). The
 * live IndexedDB read replaces it a moment later; every action still goes through the background,
 * which checks it against the stored data. A cache that is missing, from another version or not
 * shaped like a status is ignored.
 *
 * With the status go the displays of its numbers ("+1 415 555 0100", United States), so the popup
 * paints them without loading libphonenumber first (lib/ui/format.ts); a cache that lacks the
 * display of any number of its config is ignored too.
 */
import type { RingsideStatus } from '../db/status';
import type { PhoneDisplay } from '../phone/format';

const KEY = 'ringside.lastStatus';
// 3: written without secrets (a v2 cache may hold tokens and is ignored, then overwritten).
const VERSION = 3;

export interface CachedStatus {
  status: RingsideStatus;
  /** By E.164 number: at least every number of `status.active`'s config. */
  displays: Record<string, PhoneDisplay>;
}

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

function displaysAll(
  status: RingsideStatus,
  displays: unknown,
): displays is CachedStatus['displays'] {
  if (!displays || typeof displays !== 'object') return false;
  const byNumber = displays as Record<string, Partial<PhoneDisplay> | undefined>;
  return (status.active?.config.numbers ?? []).every((n) => {
    const d = byNumber[n.number];
    return (
      typeof d?.display === 'string' && (d.country === undefined || typeof d.country === 'string')
    );
  });
}

export function readCachedStatus(store: StatusStorage | undefined): CachedStatus | undefined {
  try {
    const text = store?.getItem(KEY);
    if (!text) return undefined;
    const cached = JSON.parse(text) as { v?: unknown; status?: unknown; displays?: unknown };
    if (cached.v !== VERSION || !looksLikeStatus(cached.status)) return undefined;
    if (!displaysAll(cached.status, cached.displays)) return undefined;
    return { status: cached.status, displays: cached.displays };
  } catch {
    return undefined;
  }
}

/**
 * The status without its secrets: localStorage is plain text on disk, readable by anything that
 * runs in an extension page, so the sync token, the webhook token and the policy's token never go
 * there. The cache only paints the first frame; nothing it holds is used to call or sync.
 */
export function withoutSecrets(status: RingsideStatus): RingsideStatus {
  const { syncToken: _sync, ...settings } = status.settings;
  const provider = { ...settings.provider };
  if (provider.kind === 'webhook') delete provider.token;
  const policy = status.policy && { ...status.policy };
  if (policy) delete policy.configToken;
  return { ...status, settings: { ...settings, provider }, policy };
}

export function writeCachedStatus(store: StatusStorage | undefined, cached: CachedStatus): void {
  try {
    const safe = { ...cached, status: withoutSecrets(cached.status) };
    store?.setItem(KEY, JSON.stringify({ v: VERSION, ...safe }));
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

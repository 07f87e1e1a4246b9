/**
 * Why Ringside holds a host permission. One optional host permission serves two purposes: an
 * enabled site (the content script runs there, utils/sites.ts) or a server the background talks
 * to (the sync URL, the call webhook: utils/server-access.ts), and the browser keeps no note of
 * which. Ringside keeps it in storage.local, one key per purpose and origin pattern.
 *
 * A granted origin is an enabled site unless it was asked for only as a server: a config server
 * must not get the content script, and a site the admin also enabled stays a site.
 *
 * A mark is written before the permission is requested, in the same task (`markAccess` issues
 * the write at once), so the background, told of the new permission, already finds it: the
 * browser runs an extension's storage calls in the order they are made.
 */
import { browser } from 'wxt/browser';

export type AccessPurpose = 'site' | 'server';

export interface AccessMarks {
  sites: ReadonlySet<string>;
  servers: ReadonlySet<string>;
}

export const NO_MARKS: AccessMarks = { sites: new Set(), servers: new Set() };

const PREFIX = 'ringside.access:';

function keyOf(purpose: AccessPurpose, pattern: string): string {
  return `${PREFIX}${purpose}:${pattern}`;
}

/** The marks among storage.local's items (any other keys are ignored). */
export function marksFrom(items: Record<string, unknown>): AccessMarks {
  const sites = new Set<string>();
  const servers = new Set<string>();
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(PREFIX) || value !== true) continue;
    const rest = key.slice(PREFIX.length);
    if (rest.startsWith('site:')) sites.add(rest.slice('site:'.length));
    else if (rest.startsWith('server:')) servers.add(rest.slice('server:'.length));
  }
  return { sites, servers };
}

/** True when a storage change touched a mark. */
export function isMarkKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

/** True when a granted origin pattern is an enabled site (see above). */
export function isSitePattern(pattern: string, marks: AccessMarks): boolean {
  return marks.sites.has(pattern) || !marks.servers.has(pattern);
}

export async function accessMarks(): Promise<AccessMarks> {
  return marksFrom(await browser.storage.local.get(null));
}

/** Notes (or forgets) why Ringside asks for `pattern`. The write is issued before it returns. */
export function markAccess(purpose: AccessPurpose, pattern: string, on: boolean): Promise<void> {
  const key = keyOf(purpose, pattern);
  return on ? browser.storage.local.set({ [key]: true }) : browser.storage.local.remove(key);
}

/** Forgets both purposes of origins whose permission is gone. */
export function forgetAccess(patterns: readonly string[]): Promise<void> {
  const keys = patterns.flatMap((p) => [keyOf('site', p), keyOf('server', p)]);
  return keys.length ? browser.storage.local.remove(keys) : Promise.resolve();
}

/**
 * Host access for the servers the background fetches: the sync URL and the call webhook. Without
 * it, a service-worker fetch is a cross-origin request that works only when the server sends CORS
 * headers for the extension's origin, which most config servers and telephony webhooks do not.
 * Such an origin is not an enabled site: the content script does not run there (utils/host-access.ts).
 */
import { browser } from 'wxt/browser';
import { markAccess } from './host-access';
import { sitePatternOf } from './sites';

export interface OriginAccess {
  /** "https://telephony.example.com/*": the host, any port and path. */
  pattern: string;
  granted: boolean;
  /** The permission was not there before: the background may have fetched without it meanwhile. */
  newlyGranted: boolean;
}

/**
 * Asks the browser for access to the origin of `url` (null for a URL that is not http or https).
 * Call it first thing in a click handler of an extension page, before any `await`: the browser
 * shows its prompt only inside a user gesture. Never rejects; an error counts as refused.
 */
export function requestOriginAccess(url: string): Promise<OriginAccess | null> {
  const pattern = sitePatternOf(url);
  if (!pattern) return Promise.resolve(null);
  const origins = [pattern];
  const had = browser.permissions.contains({ origins });
  const marked = markAccess('server', pattern, true);
  const asked = browser.permissions.request({ origins });
  return Promise.all([had, asked, marked])
    .then(([before, granted]) => ({ pattern, granted, newlyGranted: granted && !before }))
    .catch(() => ({ pattern, granted: false, newlyGranted: false }))
    .then(async (access) => {
      // Nothing granted, nothing to remember (a later grant as a site must not read as a server).
      if (!access.granted) await markAccess('server', pattern, false).catch(() => {});
      return access;
    });
}

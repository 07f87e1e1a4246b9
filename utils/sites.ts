/**
 * Which sites the content script runs on. A site is enabled by granting Ringside its optional
 * host permission (the options page and the popup ask for it, inside the user's click); the
 * background then registers the content script for every granted site, dynamically
 * (scripting.registerContentScripts, kept across browser restarts), and injects it into tabs
 * already open on a newly granted site. Registrations follow permissions.onAdded/onRemoved and
 * are checked again on every start, so a permission revoked in the browser's own settings also
 * stops the script. The demo build's localhost match stays in the manifest and is not repeated.
 * An origin granted only for the background to reach a server (the sync URL, the call webhook)
 * is not a site (utils/host-access.ts).
 */
import { browser } from 'wxt/browser';
import {
  accessMarks,
  forgetAccess,
  isMarkKey,
  isSitePattern,
  markAccess,
  marksFrom,
  NO_MARKS,
  type AccessMarks,
} from './host-access';
import type { Translator } from '../lib/i18n/translator';
import { englishCommon } from '../lib/ui/english';

export const CONTENT_SCRIPT_ID = 'ringside-content';
export const CONTENT_SCRIPT_JS = 'content-scripts/content.js' as const;
export const CONTENT_SCRIPT_CSS = 'content-scripts/content.css';

/** "https://crm.example.com/x?y" → "https://crm.example.com/*"; null for any other scheme. */
export function sitePatternOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if ((protocol !== 'https:' && protocol !== 'http:') || !hostname) return null;
    return `${protocol}//${hostname}/*`;
  } catch {
    return null;
  }
}

/**
 * The sites to register: granted http(s) origins, minus those the manifest already matches (the
 * demo build's localhost), the all-sites patterns (never granted by Ringside's own flows) and the
 * origins granted only to reach a server.
 */
export function sitesToRegister(
  granted: readonly string[],
  manifestHosts: readonly string[],
  marks: AccessMarks = NO_MARKS,
): string[] {
  const fixed = new Set(manifestHosts);
  const sites = granted.filter(
    (origin) =>
      /^https?:\/\/[^/*]+\/\*$/.test(origin) && !fixed.has(origin) && isSitePattern(origin, marks),
  );
  return [...new Set(sites)].sort();
}

export async function enabledSitePatterns(): Promise<string[]> {
  const [{ origins = [] }, marks] = await Promise.all([
    browser.permissions.getAll(),
    accessMarks(),
  ]);
  return sitesToRegister(origins, browser.runtime.getManifest().host_permissions ?? [], marks);
}

/** True when Ringside may run on the page at `url` (for the popup's "Enable on this site"). */
export async function isSiteEnabled(url: string): Promise<boolean> {
  const pattern = sitePatternOf(url);
  if (!pattern) return false;
  const [granted, marks] = await Promise.all([
    browser.permissions.contains({ origins: [pattern] }),
    accessMarks(),
  ]);
  return granted && isSitePattern(pattern, marks);
}

/**
 * Asks the browser for access to the site of `url`. Call it first thing in a click handler of an
 * extension page: the browser only shows its prompt inside a user gesture. The background does
 * the rest when the permission is added. Its refusals are in `tr`'s language (the page's).
 */
export async function requestSite(
  url: string,
  tr: Translator = englishCommon(),
): Promise<{ ok: true; pattern: string } | { ok: false; error: string }> {
  const pattern = sitePatternOf(url);
  if (!pattern) return { ok: false, error: tr.t('common.site.httpOnly') };
  // Marked a site before asking (see utils/host-access.ts), in case it is also a server's origin.
  const marked = markAccess('site', pattern, true);
  let granted = false;
  try {
    granted = await browser.permissions.request({ origins: [pattern] });
  } finally {
    await marked;
    if (!granted) await markAccess('site', pattern, false);
  }
  return granted
    ? { ok: true, pattern }
    : { ok: false, error: tr.t('common.site.notGranted', { site: pattern.slice(0, -2) }) };
}

function registration(matches: string[]) {
  return {
    id: CONTENT_SCRIPT_ID,
    js: [CONTENT_SCRIPT_JS],
    css: [CONTENT_SCRIPT_CSS],
    matches,
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
    // about:blank and srcdoc frames inside an enabled page (Firefox has no such option).
    ...(import.meta.env.FIREFOX ? {} : { matchOriginAsFallback: true }),
  };
}

let syncing: Promise<string[]> = Promise.resolve([]);

/** Makes the registered content script match exactly the enabled sites; returns them. */
export function syncContentScripts(): Promise<string[]> {
  // One at a time: two overlapping registrations of one id would fail.
  syncing = syncing.catch(() => []).then(syncNow);
  return syncing;
}

async function syncNow(): Promise<string[]> {
  const sites = await enabledSitePatterns();
  const [current] = await browser.scripting.getRegisteredContentScripts({
    ids: [CONTENT_SCRIPT_ID],
  });
  if (sites.length === 0) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return sites;
  }
  if (!current) {
    await browser.scripting.registerContentScripts([registration(sites)]);
  } else if ([...(current.matches ?? [])].sort().join('\n') !== sites.join('\n')) {
    await browser.scripting.updateContentScripts([registration(sites)]);
  }
  return sites;
}

/** Runs the content script in tabs already open on `patterns` (a registration only covers new loads). */
export async function injectIntoOpenTabs(patterns: readonly string[]): Promise<void> {
  const sites = sitesToRegister(patterns, [], await accessMarks());
  if (sites.length === 0) return;
  const tabs = await browser.tabs.query({ url: sites });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      const target = { tabId: tab.id, allFrames: true };
      try {
        await browser.scripting.insertCSS({ target, files: [`/${CONTENT_SCRIPT_CSS}`] });
        // The script keeps one copy per frame: a second injection returns at once.
        await browser.scripting.executeScript({
          target,
          files: [`/${CONTENT_SCRIPT_JS}` as const],
        });
      } catch (error) {
        // A discarded or closed tab, or a frame the browser protects: it gets the script on reload.
        console.warn(`Ringside: could not start on tab ${tab.id}`, error);
      }
    }),
  );
}

function newValues(changes: Record<string, { newValue?: unknown }>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(changes).map(([key, c]) => [key, c.newValue]));
}

/** Background wiring: keeps registrations in step with permissions. */
export function watchSites(): void {
  const sync = () => {
    syncContentScripts().catch((error: unknown) =>
      console.error('Ringside: could not update the sites the content script runs on', error),
    );
  };
  const start = (origins: readonly string[]) => {
    syncContentScripts()
      .then(() => injectIntoOpenTabs(origins))
      .catch((error: unknown) => console.error('Ringside: could not start on the new site', error));
  };
  browser.permissions.onAdded.addListener(({ origins = [] }) => start(origins));
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    forgetAccess(origins).catch((error: unknown) =>
      console.error('Ringside: could not forget why it had access', error),
    );
    sync();
  });
  // A site mark added to an origin granted earlier (a server's origin enabled as a site) starts
  // the script there; any other change of marks only re-registers.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !Object.keys(changes).some(isMarkKey)) return;
    const nowSites = [...marksFrom(newValues(changes)).sites];
    if (nowSites.length === 0) return sync();
    browser.permissions
      .getAll()
      .then(({ origins = [] }) => start(nowSites.filter((site) => origins.includes(site))))
      .catch((error: unknown) => console.error('Ringside: could not read permissions', error));
  });
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  sync();
}

/**
 * The options page's sites: the sites Ringside may run on are the optional host permissions the
 * browser has granted (utils/sites.ts); the background registers the content script for them as
 * they change. Enabling asks the browser (first thing in the click, for its prompt); turning off
 * gives the permission back.
 */
import { browser } from 'wxt/browser';
import type { Ack } from '../../lib/messages';
import { enabledSitePatterns, requestSite } from '../../utils/sites';

export function listSites(): Promise<string[]> {
  return enabledSitePatterns();
}

/** Calls `onChange` whenever a site is enabled or turned off, here or anywhere in the browser. */
export function watchSites(onChange: () => void): () => void {
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}

export async function addSite(origin: string): Promise<Ack> {
  const result = await requestSite(origin);
  return result.ok ? { ok: true } : result;
}

export async function removeSite(pattern: string): Promise<Ack> {
  const removed = await browser.permissions.remove({ origins: [pattern] });
  return removed ? { ok: true } : { ok: false, error: `Ringside still has access to ${pattern}.` };
}

/**
 * The options page's sites: the sites Ringside may run on are the optional host permissions the
 * browser has granted (utils/sites.ts), less the origins granted only for a server
 * (utils/host-access.ts); the background registers the content script for them as they change.
 * Enabling asks the browser (first thing in the click, for its prompt); turning off gives the
 * permission back, unless the sync URL or webhook still needs it.
 */
import { browser } from 'wxt/browser';
import type { Ack } from '../../lib/messages';
import { t } from '../../utils/i18n';
import { accessMarks, isMarkKey, markAccess } from '../../utils/host-access';
import { translator } from '../../utils/i18n';
import { enabledSitePatterns, requestSite } from '../../utils/sites';

export function listSites(): Promise<string[]> {
  return enabledSitePatterns();
}

/** Calls `onChange` whenever a site is enabled or turned off, here or anywhere in the browser. */
export function watchSites(onChange: () => void): () => void {
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some(isMarkKey)) onChange();
  };
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  browser.storage.onChanged.addListener(onStorage);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
    browser.storage.onChanged.removeListener(onStorage);
  };
}

export async function addSite(origin: string): Promise<Ack> {
  const result = await requestSite(origin, translator.value);
  return result.ok ? { ok: true } : result;
}

export async function removeSite(pattern: string): Promise<Ack> {
  if ((await accessMarks()).servers.has(pattern)) {
    // The sync URL or the webhook is on this origin: stop the content script, keep the access.
    await markAccess('site', pattern, false);
    return { ok: true };
  }
  const removed = await browser.permissions.remove({ origins: [pattern] });
  if (removed) await markAccess('site', pattern, false);
  return removed
    ? { ok: true }
    : { ok: false, error: t('options.sites.stillAllowed', { pattern }) };
}

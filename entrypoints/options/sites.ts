/**
 * Enabling a site from the options page: the browser's permission prompt for that one origin (it
 * must be the first thing the click does), then the settings list the background acts on.
 */
import { browser } from 'wxt/browser';
import { getEffectiveSettings } from '../../lib/db/settings';
import { getPageDb } from '../../lib/ui/db';
import type { Ack } from '../../lib/messages';
import { sendMessage } from '../../utils/messaging';

export async function addSite(origin: string): Promise<Ack> {
  const pattern = `${origin}/*`;
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return { ok: false, error: `Access to ${origin} was not granted.` };
  const { enabledSites } = await getEffectiveSettings(getPageDb());
  if (enabledSites.includes(pattern)) return { ok: true };
  return sendMessage('updateSettings', { enabledSites: [...enabledSites, pattern] });
}

export async function removeSite(pattern: string): Promise<Ack> {
  const { enabledSites } = await getEffectiveSettings(getPageDb());
  const result = await sendMessage('updateSettings', {
    enabledSites: enabledSites.filter((p) => p !== pattern),
  });
  if (result.ok) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  return result;
}

/** The browser side of lib/background/platform.ts: alarms, managed storage, fetch, tel: hand-off. */
import { browser } from 'wxt/browser';
import type { Platform } from '../../lib/background/platform';

export const SYNC_ALARM = 'ringside-sync';
export const SESSION_KEY = 'ringside.sessionStartedAt';

/**
 * tel: goes to the tab the call came from (or the active tab, for the side panel and popup):
 * the browser hands the URL to the operating system's phone handler and the page stays.
 */
async function openTelUrl(url: string, tabId?: number): Promise<void> {
  if (tabId !== undefined) {
    await browser.tabs.update(tabId, { url });
    return;
  }
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined) await browser.tabs.update(active.id, { url });
  else await browser.tabs.create({ url, active: false });
}

export const browserPlatform: Platform = {
  // Called through a wrapper: the global fetch must not be called as a method of another object.
  fetch: (input, init) => fetch(input, init),
  now: () => Date.now(),
  async setSyncAlarm(at) {
    if (at === null) await browser.alarms.clear(SYNC_ALARM);
    else await browser.alarms.create(SYNC_ALARM, { when: at });
  },
  async readManagedStorage() {
    return browser.storage.managed.get(null);
  },
  async firstStartThisSession() {
    const { [SESSION_KEY]: started } = await browser.storage.session.get(SESSION_KEY);
    if (started) return false;
    await browser.storage.session.set({ [SESSION_KEY]: Date.now() });
    return true;
  },
  openTelUrl,
  uiLanguage() {
    try {
      return browser.i18n.getUILanguage();
    } catch {
      return undefined; // a browser (or test double) without it: English
    }
  },
};

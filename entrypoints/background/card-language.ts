/**
 * A language change reaches every open CRM tab: the background sends the card's language and its
 * messages (lib/i18n/card-catalogs.ts) to each tab, and Ringside's content scripts there switch the
 * card, an open one included, without a reload. Content scripts have no access to extension
 * storage (lib/background/storage-access.ts), so they cannot watch the setting themselves.
 */
import { browser } from 'wxt/browser';
import { cardLanguage } from '../../lib/i18n/card-catalogs';
import type { Language } from '../../lib/i18n';
import { sendToContent } from '../../utils/content-messaging';

export async function tellTabsTheCardLanguage(language: Language): Promise<void> {
  const message = cardLanguage(language);
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        // Every frame of the tab hears it; a tab without Ringside's content script refuses it.
        await sendToContent('cardLanguage', message, tab.id);
      } catch {
        // Not a page Ringside runs on (or one still loading, which asks getPageContext itself).
      }
    }),
  );
}

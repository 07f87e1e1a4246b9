/** The tab the popup was opened on, and enabling Ringside there (see utils/sites.ts). */
import { browser } from 'wxt/browser';
import { translator } from '../../utils/i18n';
import { isSiteEnabled, requestSite, sitePatternOf } from '../../utils/sites';

/** The URL of the active tab; opening the popup grants activeTab, so the URL is readable. */
export async function currentTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

export const currentSite = {
  url: currentTabUrl,
  /** Null for pages Ringside cannot run on (browser pages, files, the extension itself). */
  pattern: (url: string) => sitePatternOf(url),
  isEnabled: isSiteEnabled,
  request: (url: string) => requestSite(url, translator.value),
};

/**
 * The "Call “…” with Ringside" entry of the page's context menu on selected text. It works on any
 * page, enabled or not: the agent chose the text, and nothing of the page is read but the
 * selection the browser hands over. The number goes to the background's dial like any other.
 */
import { browser } from 'wxt/browser';
import { firstPhoneLikeText } from '../lib/detect';
import type { DialRequest } from '../lib/messages';

export const CALL_SELECTION_MENU_ID = 'ringside-call-selection';
/** The background accepts at most this many characters as a number to dial. */
const MAX_TO = 64;

export interface MenuTab {
  id?: number;
  title?: string;
  url?: string;
}

/** The dial request for a selection: its first phone-like part, or the text for the background to refuse. */
export function dialRequestFor(
  selection: string,
  pageUrl: string | undefined,
  tab?: MenuTab,
): DialRequest {
  const to =
    firstPhoneLikeText(selection) ?? selection.replace(/\s+/g, ' ').trim().slice(0, MAX_TO);
  const request: DialRequest = { to };
  if (tab?.title) request.pageTitle = tab.title.slice(0, 2048);
  const url = pageUrl ?? tab?.url;
  if (url) request.pageUrl = url.slice(0, 2048);
  return request;
}

/**
 * Background wiring: creates the menu entry (menus persist, so on install and update) and sends
 * a click to `dial`, which places the call as an extension page would.
 */
export function setupCallSelectionMenu(dial: (request: DialRequest) => Promise<unknown>): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: CALL_SELECTION_MENU_ID,
        title: 'Call “%s” with Ringside',
        contexts: ['selection'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CALL_SELECTION_MENU_ID || !info.selectionText?.trim()) return;
    void dial(dialRequestFor(info.selectionText, info.pageUrl, tab));
  });
}

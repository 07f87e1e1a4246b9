/**
 * The "Call “…” with Ringside" entry of the page's context menu on selected text. It works on any
 * page, enabled or not: the agent chose the text, and nothing of the page is read but the
 * selection the browser hands over. The number goes to the background's dial like any other.
 *
 * The browser's own menu cannot be clicked by a page, so every click is the agent's. What came of
 * it (calling, or why not) is shown in the page as a short notice: the click grants `activeTab`,
 * which lets the background show it in that tab without any other permission. Where the browser
 * allows no script (its own pages), the toolbar button's badge and tooltip say it instead.
 */
import { browser } from 'wxt/browser';
import { firstPhoneLikeText } from '../lib/detect';
import { english } from '../lib/i18n/english';
import type { Translator } from '../lib/i18n/translator';
import type { DialRequest, DialResult } from '../lib/messages';
import { displayText } from '../lib/ui/bidi';
import { errorMessage } from '../lib/ui/errors';

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

/** The notice for a dial's result: one sentence, and whether it is an error. */
export function menuResultNotice(
  result: DialResult,
  tr: Translator = english,
): { text: string; error: boolean } {
  if (!result.ok)
    return { text: tr.t('background.menu.refused', { error: result.error }), error: true };
  const to = result.toDisplay;
  return {
    text: result.selection.number
      ? tr.t('background.menu.calling', { to, from: result.fromDisplay })
      : tr.t('background.menu.callingNoFrom', { to }),
    error: false,
  };
}

/**
 * Runs in the page (injected, so self-contained): a notice in a closed shadow root at the top of
 * the viewport, read by screen readers, gone after a few seconds or on a click.
 */
export function showNotice(text: string, error: boolean): void {
  const host = document.createElement('ringside-notice');
  host.setAttribute(
    'style',
    'all: initial !important; position: fixed !important; top: 12px !important; left: 0 !important; right: 0 !important; z-index: 2147483647 !important; display: flex !important; justify-content: center !important; pointer-events: none !important;',
  );
  const shadow = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute('role', error ? 'alert' : 'status');
  box.textContent = text;
  box.setAttribute(
    'style',
    `pointer-events: auto; font: 13px/1.4 system-ui, sans-serif; padding: 10px 14px; border-radius: 8px; max-width: min(480px, 90vw); overflow-wrap: break-word; unicode-bidi: isolate; box-shadow: 0 6px 24px rgb(0 0 0 / 0.2); background: ${error ? '#fdecea' : '#e8f3ff'}; color: ${error ? '#8c1d18' : '#0b3d75'}; border: 1px solid ${error ? '#f1b0aa' : '#a9ccf5'};`,
  );
  shadow.append(box);
  document.documentElement.append(host);
  const remove = () => host.remove();
  box.addEventListener('click', remove);
  setTimeout(remove, error ? 10_000 : 5_000);
}

/**
 * Shows a menu call's result at the top of the tab it came from (its top frame, which the click's
 * `activeTab` grant covers, even when the text was selected in a frame), or on the toolbar button.
 */
export async function showMenuResult(
  result: DialResult,
  tabId: number | undefined,
  tr: Translator = english,
): Promise<void> {
  const { text, error } = menuResultNotice(result, tr);
  const shown = displayText(text, 300);
  if (tabId === undefined) {
    // No tab to show it in (a menu of the browser's own UI): a system notification says it.
    await notifyMenuResult(shown, error, tr);
    return;
  }
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: showNotice,
      args: [shown, error],
    });
  } catch {
    // A page the browser lets no extension script (its own pages, the web store): the toolbar
    // button says it, and a refusal also gets a system notification, which the agent sees.
    await browser.action.setBadgeText({ tabId, text: error ? '!' : '' });
    await browser.action.setTitle({ tabId, title: shown });
    if (error) await notifyMenuResult(shown, error, tr);
  }
}

export const MENU_NOTIFICATION_ID = 'ringside-menu-call';

/** The menu call's result as a system notification (the `notifications` permission is held). */
export async function notifyMenuResult(
  text: string,
  error: boolean,
  tr: Translator = english,
): Promise<void> {
  if (!browser.notifications) return;
  try {
    await browser.notifications.create(MENU_NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: error ? tr.t('background.menu.refusedTitle') : 'Ringside',
      message: text,
    });
  } catch (e) {
    console.error('Ringside: the menu call notification failed', e);
  }
}

/**
 * The menu entry's title in the background's language, when it changes (menus persist: the
 * entry keeps its title across worker starts until it is updated). Before the entry exists
 * (first install) there is nothing to update: it is created in the language then in effect.
 */
export function updateMenuTitle(tr: Translator): void {
  void Promise.resolve()
    .then(() =>
      browser.contextMenus.update(CALL_SELECTION_MENU_ID, { title: tr.t('background.menu.title') }),
    )
    .catch(() => undefined);
}

/**
 * Background wiring: creates the menu entry (menus persist, so on install and update) and sends
 * a click to `dial`, which places the call as an extension page would, then shows the result.
 * `translator`: the background's language, read at each use.
 */
export function setupCallSelectionMenu(
  dial: (request: DialRequest) => Promise<DialResult>,
  show: typeof showMenuResult = showMenuResult,
  translator: () => Translator = () => english,
): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: CALL_SELECTION_MENU_ID,
        title: translator().t('background.menu.title'),
        contexts: ['selection'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CALL_SELECTION_MENU_ID || !info.selectionText?.trim()) return;
    void dial(dialRequestFor(info.selectionText, info.pageUrl, tab))
      .catch(
        // The background's dial answers refusals itself; this is a failure of the answer.
        (e: unknown): DialResult => ({
          ok: false,
          error: translator().t('background.menu.failed', {
            error: errorMessage(e),
          }),
        }),
      )
      .then((result) => show(result, tab?.id, translator()))
      .catch((e: unknown) => console.error('Ringside: the menu call result was not shown', e));
  });
}

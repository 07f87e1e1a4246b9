/**
 * Opening the softphone from the popup. Chrome's `sidePanel.open` must run inside the click's
 * user gesture, so nothing may be awaited before it; it needs a window, which is named as "the
 * current one" (`windows.WINDOW_ID_CURRENT`, the popup's browser window), so there is no window id
 * to look up first and the button works from the popup's first frame. Firefox has a sidebar
 * instead.
 */
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';

/** chrome.windows.WINDOW_ID_CURRENT, for a `browser` that does not define the constant. */
const WINDOW_ID_CURRENT = -2;

interface PanelApis {
  sidePanel?: { open?(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open?(): Promise<void> };
  windows?: { WINDOW_ID_CURRENT?: number };
}

export function canOpenSidePanel(): boolean {
  const api = browser as unknown as PanelApis;
  return Boolean(api.sidePanel?.open || api.sidebarAction?.open);
}

/** Call from a click handler, without awaiting anything before it. */
export function openSidePanel(): Promise<void> {
  const api = browser as unknown as PanelApis;
  if (api.sidePanel?.open) {
    return api.sidePanel.open({ windowId: api.windows?.WINDOW_ID_CURRENT ?? WINDOW_ID_CURRENT });
  }
  if (api.sidebarAction?.open) return api.sidebarAction.open();
  return Promise.reject(new Error(t('popup.noSidePanel')));
}

/**
 * Opening the softphone from the popup. Chrome's `sidePanel.open` needs a window id and must run
 * inside the click's user gesture, so the id is looked up when the popup opens and the call is
 * made synchronously in the click handler. Firefox has a sidebar instead.
 */
import { browser } from 'wxt/browser';

let windowId: number | undefined;

export function prepareSidePanel(): void {
  browser.windows
    .getCurrent()
    .then((w) => {
      windowId = w.id;
    })
    .catch(() => {
      windowId = undefined;
    });
}

export function canOpenSidePanel(): boolean {
  const api = browser as unknown as {
    sidePanel?: { open?: unknown };
    sidebarAction?: { open?: unknown };
  };
  return Boolean(api.sidePanel?.open || api.sidebarAction?.open);
}

/** Call from a click handler, without awaiting anything before it. */
export function openSidePanel(): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(options: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && windowId !== undefined) return api.sidePanel.open({ windowId });
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel for extensions.'));
}

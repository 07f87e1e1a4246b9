/**
 * "Open softphone" works from the popup's first frame: the side panel is opened in the click
 * itself, on the current window, with nothing looked up first (a window id that had not loaded
 * yet used to make it say "This browser has no side panel").
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { canOpenSidePanel, openSidePanel } from '../../../../entrypoints/popup/open-side-panel';
import { setLanguagePreference } from '../../../../utils/i18n';

type Apis = { sidePanel?: unknown; sidebarAction?: unknown };
const apis = fakeBrowser as unknown as Apis;

afterEach(() => {
  delete apis.sidePanel;
  delete apis.sidebarAction;
  setLanguagePreference('auto');
});

describe('openSidePanel', () => {
  it('Chrome: opens the panel of the current window at once, without waiting for a window id', async () => {
    const open = vi.fn(() => Promise.resolve());
    apis.sidePanel = { open };
    // The window lookup never answers: opening must not depend on it.
    const getCurrent = vi
      .spyOn(fakeBrowser.windows, 'getCurrent')
      .mockImplementation(() => new Promise<never>(() => undefined) as never);
    expect(canOpenSidePanel()).toBe(true);
    const opened = openSidePanel();
    // Called synchronously, inside the click's user gesture.
    expect(open).toHaveBeenCalledWith({ windowId: -2 });
    await expect(opened).resolves.toBeUndefined();
    expect(getCurrent).not.toHaveBeenCalled();
  });

  it('Firefox: opens the sidebar', async () => {
    const open = vi.fn(() => Promise.resolve());
    apis.sidebarAction = { open };
    expect(canOpenSidePanel()).toBe(true);
    await openSidePanel();
    expect(open).toHaveBeenCalledWith();
  });

  it('a refusal from the browser is passed on as it is, not reworded', async () => {
    apis.sidePanel = {
      open: () =>
        Promise.reject(
          new Error('`sidePanel.open()` may only be called in response to a user gesture.'),
        ),
    };
    await expect(openSidePanel()).rejects.toThrow(/user gesture/);
  });

  it('says there is no side panel only when the browser has neither API', async () => {
    expect(canOpenSidePanel()).toBe(false);
    await expect(openSidePanel()).rejects.toThrow('This browser has no side panel for extensions.');
  });

  it.each([
    ['pt-BR', 'Este navegador não tem painel lateral para extensões.'],
    ['es', 'Este navegador no tiene panel lateral para extensiones.'],
  ] as const)('says so in the popup’s language (%s)', async (language, text) => {
    setLanguagePreference(language);
    await expect(openSidePanel()).rejects.toThrow(text);
  });
});

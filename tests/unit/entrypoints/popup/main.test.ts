// @vitest-environment happy-dom
/**
 * The popup's entry is built into the chunk the side panel, options and offscreen pages take their
 * shared code from (wxt.config.ts), so evaluating it must mount the popup on popup.html only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const mountPopup = vi.fn();
vi.mock('../../../../entrypoints/popup/app', () => ({ mountPopup }));

afterEach(() => {
  vi.resetModules();
  mountPopup.mockReset();
  document.body.innerHTML = '';
});

/** happy-dom's own API on its window: moves the page to `url` without loading anything. */
const happyDom = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

async function evaluateEntryAt(url: string) {
  happyDom.setURL(url);
  document.body.innerHTML = '<div id="app"></div>';
  await import('../../../../entrypoints/popup/main');
}

describe('the popup entry', () => {
  it('mounts the popup on popup.html, in its #app', async () => {
    await evaluateEntryAt('chrome-extension://abc/popup.html');
    expect(mountPopup).toHaveBeenCalledTimes(1);
    expect(mountPopup).toHaveBeenCalledWith(document.getElementById('app'));
  });

  it.each(['sidepanel.html', 'options.html', 'offscreen.html'])(
    'mounts nothing on %s, which loads the same chunk for its shared code',
    async (page) => {
      await evaluateEntryAt(`chrome-extension://abc/${page}`);
      expect(mountPopup).not.toHaveBeenCalled();
    },
  );
});

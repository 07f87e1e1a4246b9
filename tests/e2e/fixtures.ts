/**
 * Playwright fixtures: a fresh Chromium profile with the built extension, its id, its service
 * worker, the demo CRM served on a random port, and helpers to open extension pages and keep
 * screenshots as test artifacts.
 */
import {
  test as base,
  expect,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { extensionIdOf, extensionWorker, launchWithExtension, makeUserDataDir } from './browser';
import { OVERLAY_TAG } from './pages/crm';

export type ExtensionPagePath = 'popup.html' | 'sidepanel.html' | 'options.html';

interface Options {
  /**
   * The browser's language for this test's Chromium ("pt-BR", "es"): its UI language, its
   * `navigator.languages` and the extension's `_locales` (tests/e2e/browser.ts). English when
   * unset. Set it with `test.use({ browserLanguage: 'pt-BR' })`.
   */
  browserLanguage: string | undefined;
}

interface Fixtures {
  userDataDir: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Base URL of the demo CRM (http://localhost:<port>/), served for this test only. */
  demoCrmUrl: string;
  openExtensionPage: (path: ExtensionPagePath) => Promise<Page>;
  /** Closes the browser and starts it again on the same profile, as a browser restart would. */
  restartBrowser: () => Promise<BrowserContext>;
  /**
   * A screenshot in test-results/screenshots: the whole page, unless `viewport` (a page too tall
   * for one image) or the page has shown Ringside's card (see `pageShowsCard`).
   */
  snap: (page: Page, name: string, options?: { viewport?: boolean }) => Promise<void>;
}

export const test = base.extend<Options & Fixtures>({
  browserLanguage: [undefined, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const profile = makeUserDataDir();
    await use(profile.dir);
    profile.remove();
  },
  context: async ({ userDataDir, browserLanguage }, use) => {
    const holder = {
      context: await launchWithExtension(userDataDir, [], { language: browserLanguage }),
    };
    await use(holder.context);
    await holder.context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(extensionIdOf(serviceWorker));
  },
  // eslint-disable-next-line no-empty-pattern
  demoCrmUrl: async ({}, use) => {
    // Imported when a test asks for it, so tests that need no demo CRM do not load its server.
    const { startDemoServer } = await import('../../scripts/serve-demo.mjs');
    const server = await startDemoServer({ port: 0 });
    await use(server.url);
    await server.close();
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
  restartBrowser: async ({ context, userDataDir, browserLanguage }, use) => {
    let current = context;
    await use(async () => {
      await current.close();
      current = await launchWithExtension(userDataDir, [], { language: browserLanguage });

      return current;
    });
    if (current !== context) await current.close();
  },
  // eslint-disable-next-line no-empty-pattern
  snap: async ({}, use, testInfo) => {
    await use(async (page, name, options) => {
      const dir = join('test-results', 'screenshots');
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${name}.png`);
      const fullPage = !options?.viewport && !(await pageShowsCard(page));
      await page.screenshot({ path, fullPage });
      await testInfo.attach(name, { path, contentType: 'image/png' });
    });
  },
});

/**
 * Whether Ringside has shown its card in any frame of the page (its host is there). A full-page
 * screenshot resizes the page's viewport for a moment (Chromium: to 1×1 px and back), a resize
 * the page sees: an open card's number is then out of view and the card closes, as it should
 * when its number leaves the screen. A test that photographs the card and then clicks it would
 * click where the card no longer is, or wait for a button that is gone (the soak's flaky
 * content.spec "the card's Call button…" and hostile.spec "a link whose text names another
 * number"). Such a page is photographed as its viewport, where the card is, and stays open.
 */
async function pageShowsCard(page: Page): Promise<boolean> {
  const found = await Promise.all(
    page
      .frames()
      .map((frame) =>
        frame.evaluate((tag) => !!document.querySelector(tag), OVERLAY_TAG).catch(() => false),
      ),
  );
  return found.includes(true);
}

export { expect };

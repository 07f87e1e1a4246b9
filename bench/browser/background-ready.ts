/**
 * Waits until the demo build's background answers `getPageContext` with the demo account (its
 * first start is over: config loaded, index built), asked from an extension page, so a content
 * script's first question in a benchmark is answered at once, as on a browser that has been
 * running. Returns the extension page it opened (left open; the caller may close it).
 */
import type { BrowserContext, Page } from '@playwright/test';

export async function backgroundReady(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) =>
        chrome.runtime.sendMessage(
          { id: 1, type: 'getPageContext', data: undefined, timestamp: Date.now() },
          (reply: { res?: { ok?: boolean; defaultCountry?: string } }) =>
            resolve(reply?.res?.defaultCountry === 'US'),
        ),
      ),
    null,
    { timeout: 60_000 },
  );
  return page;
}

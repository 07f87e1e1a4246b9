/**
 * The content script's own world on a page, reached over DevTools: the isolated world Chromium
 * makes for the extension's content scripts (the page cannot reach it). End-to-end tests read
 * what the content script knows there (`PageStats`, entrypoints/content/page.ts); benchmarks ask
 * the background from there, as a CRM page does.
 */
import type { Page } from '@playwright/test';
import type { PageStats } from '../../entrypoints/content/page';

export async function contentScriptWorld(page: Page, extensionId: string) {
  const cdp = await page.context().newCDPSession(page);
  const worlds: Array<{ id: number; origin: string; type?: string }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) =>
    worlds.push({
      id: context.id,
      origin: context.origin,
      type: (context.auxData as { type?: string } | undefined)?.type,
    }),
  );
  await cdp.send('Runtime.enable');
  /** The newest: a navigation makes a new world. */
  const current = () =>
    worlds.findLast((w) => w.type === 'isolated' && w.origin.includes(extensionId))?.id;
  return {
    cdp,
    /** The content script has run on the page. */
    ran: () => current() !== undefined,
    /** Waits until the content script has run on the page. */
    async ready(timeoutMs = 30_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (current() === undefined) {
        if (Date.now() > deadline) throw new Error('the content script never ran on the page');
        await page.waitForTimeout(100);
      }
    },
    /** Evaluates `expression` in the content script's world (awaiting a promise it returns). */
    async run(expression: string): Promise<unknown> {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId: current(),
        expression,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) {
        throw new Error(`in the content script's world: ${JSON.stringify(exceptionDetails)}`);
      }
      return result.value as unknown;
    },
  };
}

/** Reads the content script's `PageStats` on `page`; null before it has run there. */
export async function contentStats(page: Page, extensionId: string) {
  const world = await contentScriptWorld(page, extensionId);
  return async (): Promise<PageStats | null> =>
    world.ran()
      ? ((await world.run('globalThis.__ringsidePage?.stats?.() ?? null')) as PageStats | null)
      : null;
}

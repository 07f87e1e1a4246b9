/**
 * What the content script itself knows about a page, read in its isolated world over DevTools
 * (the page cannot reach that world): how many numbers it keeps now and how many long lists it
 * scans near the viewport only (`PageStats`, entrypoints/content/page.ts).
 */
import type { Page } from '@playwright/test';
import type { PageStats } from '../../entrypoints/content/page';

export async function contentStats(page: Page, extensionId: string) {
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
  return async (): Promise<PageStats | null> => {
    const world = worlds.findLast((w) => w.type === 'isolated' && w.origin.includes(extensionId));
    if (!world) return null;
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: 'globalThis.__ringsidePage?.stats?.() ?? null',
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(`reading the content script failed: ${exceptionDetails.text}`);
    return result.value as PageStats | null;
  };
}

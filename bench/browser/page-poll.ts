/**
 * Waits for an expression to hold in a page by asking DevTools (`Runtime.evaluate`), not
 * Playwright's `waitForFunction`: the first `waitForFunction` or `evaluate` on a page evaluates
 * Playwright's injected script there (~7 ms), and the next frame then re-walks the whole document
 * in PrePaint (of a 10,000-row page: 86–88 ms of CPU in earlier runs, 717 ms of wall time on a
 * loaded machine; ~400 ms of CPU at 50,000 rows). Traced during a scan, that frame was counted as the content script's longest task, because our animation-frame
 * callback happened to open it: it was the harness, not Ringside (docs/detection.md, "On big
 * pages"). A bare `Runtime.evaluate` of a small expression leaves no such frame behind.
 */
import type { CDPSession } from '@playwright/test';

/** Resolves with the expression's first truthy value (the page's own, returned by value). */
export async function pollInPage<T = true>(
  cdp: CDPSession,
  expression: string,
  { timeout, interval }: { timeout: number; interval: number },
): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`pollInPage: ${exceptionDetails.text} in ${expression}`);
    if (result.value) return result.value as T;
    if (Date.now() > until) throw new Error(`pollInPage: ${expression} not true in ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

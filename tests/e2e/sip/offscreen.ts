/**
 * Reading the extension's offscreen document from a test. Playwright lists neither it nor the
 * side panel among a context's pages, so this goes through the DevTools protocol: attach to the
 * document's target (non-flat, so it works from a page's CDP session) and evaluate there.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** Evaluates `expression` (awaited, returned by value) in Ringside's offscreen document. */
export async function evaluateInOffscreen<T>(
  context: BrowserContext,
  from: Page,
  expression: string,
): Promise<T> {
  const cdp = await context.newCDPSession(from);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.url.endsWith('/offscreen.html'));
    if (!target) throw new Error('There is no offscreen document.');
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    const reply = new Promise<T>((resolve, reject) => {
      const onMessage = (event: { sessionId: string; message: string }) => {
        const message = JSON.parse(event.message) as {
          id?: number;
          result?: { result?: { value?: T }; exceptionDetails?: { text?: string } };
          error?: { message?: string };
        };
        if (event.sessionId !== sessionId || message.id !== 1) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        if (message.error || message.result?.exceptionDetails)
          reject(
            new Error(message.error?.message ?? message.result?.exceptionDetails?.text ?? 'failed'),
          );
        else resolve(message.result?.result?.value as T);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({
        id: 1,
        method: 'Runtime.evaluate',
        params: { expression, returnByValue: true, awaitPromise: true },
      }),
    });
    const value = await reply;
    await cdp.send('Target.detachFromTarget', { sessionId });
    return value;
  } finally {
    await cdp.detach();
  }
}

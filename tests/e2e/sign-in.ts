/** The set-up most end-to-end tests share: the demo account active, an agent signed in. */
import type { Page } from '@playwright/test';
import { activeSnapshot, sendToBackground } from './extension-api';
import { expect } from './fixtures';

/**
 * Opens the options page, waits for the bundled demo account, signs Maria Chen in and, with
 * `webhook`, sends calls to that URL. Returns the options page.
 */
export async function signIn(
  open: (path: 'options.html') => Promise<Page>,
  webhook?: string,
): Promise<Page> {
  const options = await open('options.html');
  await expect.poll(async () => (await activeSnapshot(options))?.source).toBe('demo');
  await signInOn(options, webhook);
  return options;
}

/**
 * Signs Maria Chen in from an extension page that is already open, on whatever config is active
 * (a test that imports its own account first), and with `webhook` sends calls to that URL.
 */
export async function signInOn(page: Page, webhook?: string): Promise<void> {
  expect(await sendToBackground(page, 'selectAgent', { agentId: 'maria-chen' })).toEqual({
    ok: true,
  });
  if (webhook) {
    expect(
      await sendToBackground(page, 'updateSettings', {
        provider: { kind: 'webhook', url: webhook },
      }),
    ).toEqual({ ok: true });
  }
}

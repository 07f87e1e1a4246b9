/**
 * The one microphone-permission flow: "Allow microphone" opens microphone.html, which asks once.
 * Allowed (the fake media UI accepts), it says so; refused, it says what to do.
 */
import { expect, test } from '@playwright/test';
import {
  extensionIdOf,
  extensionWorker,
  launchWithExtension,
  makeUserDataDir,
  SIP_CHROMIUM_FLAGS,
} from '../browser';

async function openMicrophonePage(flags: string[]) {
  const profile = makeUserDataDir();
  const context = await launchWithExtension(profile.dir, flags);
  const id = extensionIdOf(await extensionWorker(context));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/microphone.html`);
  return {
    page,
    close: async () => {
      await context.close();
      profile.remove();
    },
  };
}

test('allowed: the page says the softphone can use the microphone', async () => {
  const { page, close } = await openMicrophonePage(SIP_CHROMIUM_FLAGS);
  try {
    await page.getByRole('button', { name: 'Allow microphone' }).click();
    await expect(page.getByRole('status')).toContainText('The microphone is allowed');
  } finally {
    await close();
  }
});

test('refused: the page says how to allow it', async () => {
  // A fake device, but no fake prompt: headless Chromium refuses the permission.
  const { page, close } = await openMicrophonePage(['--use-fake-device-for-media-stream']);
  try {
    await page.getByRole('button', { name: 'Allow microphone' }).click();
    await expect(page.getByRole('status')).toContainText('The microphone is blocked for Ringside', {
      timeout: 15_000,
    });
    await expect(page.getByRole('status')).toContainText('chrome://settings/content/microphone');
  } finally {
    await close();
  }
});

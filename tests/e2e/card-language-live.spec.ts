/**
 * A language change reaches an open CRM tab live (issue 14): the agent has a card open on a CRM
 * page, changes the language in the options page, and the card, still open, is written in the new
 * language, with no reload of the page and without the agent coming back to its tab. The
 * background sends the language and the card's messages to every tab
 * (entrypoints/background/card-language.ts); the content script switches (./language.ts there).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CrmPage } from './pages/crm';
import { signIn } from './sign-in';

async function pickLanguage(page: Page, name: string) {
  await page.getByRole('combobox', { name: /^(Language|Idioma)$/ }).selectOption({ label: name });
}

test('an open card switches language when the options page changes it, without a reload', async ({
  context,
  demoCrmUrl,
  openExtensionPage,
}) => {
  const options = await signIn(openExtensionPage);

  const crm = new CrmPage(await context.newPage());
  await crm.page.goto(`${demoCrmUrl}#/contacts`);
  await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
  // The page's own world keeps a mark (gone on a reload) and counts its returns to the front.
  await crm.page.evaluate(() => {
    const w = window as unknown as { ringsideTestMark: number; ringsideShown: number };
    w.ringsideTestMark = 1;
    w.ringsideShown = 0;
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') w.ringsideShown++;
    });
  });
  await crm.page.keyboard.press('Alt+Shift+N');
  await expect.poll(async () => (await crm.card())?.from).toMatch(/^Call from /);
  expect((await crm.card())!.allText).toContain('Outbound caller ID');

  await pickLanguage(options, 'Português (Brasil)');
  await expect(options.locator('html')).toHaveAttribute('lang', 'pt-BR');

  // The same card, still open, now in Portuguese: its caller-ID line (the background's preview,
  // asked again), its dropdown's caption and its Call button.
  await expect
    .poll(async () => (await crm.card())?.from, { timeout: 20_000 })
    .toMatch(/^Ligar de /);
  let card = (await crm.card())!;
  expect(card.visible).toBe(true);
  expect(card.allText).toContain('Número de origem');
  expect(card.allText).not.toContain('Outbound caller ID');
  expect(card.allText).not.toMatch(/Call from/);

  await pickLanguage(options, 'Español');
  await expect
    .poll(async () => (await crm.card())?.from, { timeout: 20_000 })
    .toMatch(/^Llamar desde /);
  card = (await crm.card())!;
  expect(card.allText).toContain('Número de salida');

  // And back to English, which the content script carries itself.
  await pickLanguage(options, 'English');
  await expect
    .poll(async () => (await crm.card())?.from, { timeout: 20_000 })
    .toMatch(/^Call from /);
  expect((await crm.card())!.allText).toContain('Outbound caller ID');

  // No reload, and the tab never came back to the front meanwhile.
  expect(
    await crm.page.evaluate(() => {
      const w = window as unknown as { ringsideTestMark?: number; ringsideShown?: number };
      return { mark: w.ringsideTestMark, shown: w.ringsideShown };
    }),
  ).toEqual({ mark: 1, shown: 0 });
});

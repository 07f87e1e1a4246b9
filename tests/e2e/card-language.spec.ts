/**
 * The CRM card in the agent's language (issue 14): with Portuguese or Spanish chosen in the
 * settings, the content script hears the language from the background (`getPageContext`) and the
 * card, its caller-ID dropdown and its confirmation step are written in it, with no sentence of the
 * card's English catalog left. Screenshots of the open dropdown and of the confirmation, per
 * language, for a person to look at (long Portuguese and Spanish texts wrap, nothing is cut).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { startWebhookReceiver } from './background-servers';
import { sendToBackground } from './extension-api';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { expect, test } from './fixtures';
import { CrmPage } from './pages/crm';
import { signIn } from './sign-in';

const PAGE = `<!doctype html><html><head><title>Lead: Premium</title></head><body>
<h1>Lead</h1>
<p>Hotline: <span id="premium">+1 900 555 0199</span></p>
</body></html>`;

const LANGUAGES = {
  'pt-BR': {
    call: 'Ligar',
    anyway: 'Ligar mesmo assim',
    from: /^Ligar de \+1 /,
    options: '9 opções: digite para filtrar',
    ask: 'Esta ligação precisa da sua confirmação.',
    armed: 'Clique em “Ligar mesmo assim” para fazer esta ligação.',
  },
  es: {
    call: 'Llamar',
    anyway: 'Llamar de todos modos',
    from: /^Llamar desde \+1 /,
    options: '9 opciones: escriba para filtrar',
    ask: 'Esta llamada necesita su confirmación.',
    armed: 'Haga clic en “Llamar de todos modos” para realizar esta llamada.',
  },
} as const;

/** The card's English sentences that take no argument: none may be left on a translated card. */
const english = JSON.parse(
  readFileSync(new URL('../../lib/i18n/messages/en/card.json', import.meta.url), 'utf8'),
) as Record<string, string>;
const ENGLISH_SENTENCES = Object.values(english).filter((text) => !/[{}]/.test(text));

let fixtures: FixtureServer;
test.beforeAll(async () => {
  fixtures = await startFixtureServer();
  fixtures.pages.set('/premium.html', PAGE);
});
test.afterAll(async () => {
  await fixtures.close();
});

async function shoot(crm: CrmPage, name: string): Promise<void> {
  const box = (await crm.card())!.cardBox!;
  mkdirSync('test-results/screenshots', { recursive: true });
  const page: Page = crm.page;
  const view = page.viewportSize()!;
  await page.screenshot({
    path: `test-results/screenshots/${name}.png`,
    clip: {
      x: Math.max(0, box.x - 20),
      y: Math.max(0, box.y - 20),
      width: Math.min(view.width, box.width + 40),
      height: box.height + 40,
    },
  });
}

function leftoverEnglish(text: string): string[] {
  return ENGLISH_SENTENCES.filter((sentence) => text.includes(sentence));
}

for (const language of Object.keys(LANGUAGES) as (keyof typeof LANGUAGES)[]) {
  const words = LANGUAGES[language];
  test(`the card speaks ${language}: its dropdown and its confirmation`, async ({
    context,
    demoCrmUrl,
    openExtensionPage,
  }) => {
    test.setTimeout(120_000);
    const receiver = await startWebhookReceiver();
    try {
      const options = await signIn(openExtensionPage, receiver.url);
      expect(await sendToBackground(options, 'updateSettings', { language })).toEqual({
        ok: true,
      });

      const crm = new CrmPage(await context.newPage());
      await crm.page.goto(`${demoCrmUrl}#/contacts`);
      await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
      await crm.page.keyboard.press('Alt+Shift+N');
      await expect.poll(async () => (await crm.card())?.from).toMatch(words.from);
      expect((await crm.card())!.button).toBe(words.call);

      // The dropdown, open: its caption, options and count in the language.
      await crm.page.keyboard.press('Tab');
      await crm.page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await crm.card())?.allText).toContain(words.options);
      const open = (await crm.card())!;
      expect(leftoverEnglish(open.allText)).toEqual([]);
      expect(open.cardBox!.width).toBeLessThanOrEqual(340);
      await shoot(crm, `content-card-dropdown-${language}`);
      await crm.page.keyboard.press('Escape');

      // A premium-rate number: the confirmation box and "Call anyway", in the language.
      await crm.page.goto(`${fixtures.url}/premium.html`);
      await expect.poll(() => crm.highlightCount()).toBe(1);
      await crm.hover('+1 900 555 0199');
      await expect.poll(async () => (await crm.card())?.confirm).toContain(words.ask);
      let card = (await crm.card())!;
      await crm.page.mouse.move(card.buttonCenter!.x, card.buttonCenter!.y, { steps: 4 });
      await crm.page.mouse.click(card.buttonCenter!.x, card.buttonCenter!.y);
      await expect.poll(async () => (await crm.card())?.button).toBe(words.anyway);
      card = (await crm.card())!;
      expect(card.confirm).toContain(words.armed);
      expect(leftoverEnglish(card.allText)).toEqual([]);
      await shoot(crm, `content-card-confirm-${language}`);
      expect(receiver.calls()).toEqual([]);
    } finally {
      await receiver.close();
    }
  });
}

/**
 * Ringside in Brazilian Portuguese and Spanish, end to end: with the browser in that language
 * (tests/e2e/browser.ts sets Chromium's UI language, navigator.languages and _locales), and once
 * with the browser in English and the language chosen in Ringside's settings (the options
 * override). On the popup, the side panel, the options page and the CRM card:
 * - no English is left: no phrase of an English catalog message whose translation differs
 *   (tests/e2e/language-check.ts);
 * - no text is cut: nothing is wider than a box that clips it, and no page scrolls sideways;
 * - a screenshot of each surface goes to test-results/screenshots/<language>-<surface>.png, and
 *   to docs/screenshots/ with UPDATE_SCREENSHOTS=1 (./screenshots.ts).
 */
import type { Page } from '@playwright/test';
import { browserLanguageMissing } from './browser';
import { sendToBackground } from './extension-api';
import { expect, test } from './fixtures';
import { englishLeft, inspectSurface } from './language-check';
import { CrmPage, OVERLAY_TAG } from './pages/crm';
import { publishScreenshot, screenshotPath } from './screenshots';
import { signIn } from './sign-in';

interface Seen {
  text: string;
  overflows: string[];
}

/** An extension page's text and cut boxes, plus whether the page itself scrolls sideways. */
async function inspectPage(page: Page): Promise<Seen> {
  const seen = await page.locator('body').evaluate(inspectSurface);

  const wide = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );
  return {
    text: seen.text,
    overflows: wide ? [...seen.overflows, 'the page scrolls sideways'] : seen.overflows,
  };
}

/** The card's text and cut boxes, read inside its closed shadow root through the DevTools protocol. */
async function inspectCard(crm: CrmPage): Promise<Seen> {
  const cdp = await crm.page.context().newCDPSession(crm.page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: { nodeId: number };
  };
  const { nodeId } = (await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: OVERLAY_TAG,
  })) as { nodeId: number };
  const { node } = (await cdp.send('DOM.describeNode', { nodeId, pierce: true, depth: 1 })) as {
    node: { shadowRoots?: { backendNodeId: number }[] };
  };
  const shadow = node.shadowRoots?.[0];
  if (!shadow) throw new Error('The card has no shadow root');
  const { object } = (await cdp.send('DOM.resolveNode', {
    backendNodeId: shadow.backendNodeId,
  })) as { object: { objectId: string } };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function () {
      const inspect = ${inspectSurface.toString()};
      const card = this.querySelector('.card');
      return card ? inspect(card) : { text: '', overflows: ['no card'] };
    }`,
    returnByValue: true,
  })) as { result: { value: Seen } };
  await cdp.detach();
  return result.value;
}

/** Soft checks: every surface is checked and photographed even when an earlier one fails. */
function check(seen: Seen, language: string, surface: string) {
  expect.soft(englishLeft(seen.text, language), `English left on the ${surface}`).toEqual([]);
  expect.soft(seen.overflows, `text cut on the ${surface}`).toEqual([]);
}

async function shoot(page: Page, language: string, surface: string) {
  const name = `${language}-${surface}`;
  const path = screenshotPath(name);
  await page.screenshot({ path, fullPage: true });
  publishScreenshot(path, name);
}

const HEADINGS: Record<string, { popup: RegExp; options: RegExp }> = {
  // The words each page's first render shows once it is in the language: waited on, so the checks
  // read the translated page and not its first frame.
  'pt-BR': { popup: /Número de saída/, options: /./ },
  es: { popup: /Número de salida/, options: /./ },
};

for (const language of ['pt-BR', 'es'] as const) {
  for (const how of ['browser', 'override'] as const) {
    test.describe(`${language}, ${how === 'browser' ? 'the browser’s language' : 'chosen in the options, browser in English'}`, () => {
      if (how === 'browser') test.use({ browserLanguage: language });
      const missing = how === 'browser' ? browserLanguageMissing(language) : null;
      // Only outside CI: under CI=true a Chromium that cannot run in the language fails the test.
      test.skip(
        Boolean(missing) && process.env.CI !== 'true',
        `${language}: ${missing} (skipped outside CI)`,
      );
      if (missing) console.log(`languages.spec: ${language}: ${missing}`);

      test('popup, side panel, options and the CRM card show no English and no cut text', async ({
        context,
        demoCrmUrl,
        openExtensionPage,
      }) => {
        const options = await signIn(openExtensionPage);
        if (how === 'browser') {
          // The browser really is in the language, as the extension sees it.
          expect(await options.evaluate(() => chrome.i18n.getUILanguage())).toBe(language);
          expect(await options.evaluate(() => navigator.languages[0])).toBe(language);
        } else {
          // What the options page's language picker saves.
          expect(await sendToBackground(options, 'updateSettings', { language })).toEqual({
            ok: true,
          });
        }
        const shot = `${language}${how === 'override' ? '-override' : ''}`;

        const popup = await openExtensionPage('popup.html');
        await popup.setViewportSize({ width: 380, height: 640 });
        await expect(popup.locator('html')).toHaveAttribute('lang', language);
        await expect(popup.getByText(HEADINGS[language]!.popup).first()).toBeVisible();
        check(await inspectPage(popup), language, 'popup');
        await shoot(popup, shot, 'popup');

        const panel = await openExtensionPage('sidepanel.html');
        await panel.setViewportSize({ width: 400, height: 900 });
        await expect(panel.locator('html')).toHaveAttribute('lang', language);
        await panel.locator('#dial-number').fill('+1 415 555 0188');
        await expect(panel.getByTestId('call-preview')).toBeVisible();
        check(await inspectPage(panel), language, 'side panel');
        await shoot(panel, shot, 'sidepanel');

        await options.reload();
        await options.locator('main').first().waitFor();
        await expect.soft(options.locator('html')).toHaveAttribute('lang', language);

        check(await inspectPage(options), language, 'options page');
        await shoot(options, shot, 'options');

        const crm = new CrmPage(await context.newPage());
        await crm.page.goto(`${demoCrmUrl}#/contacts`);
        await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
        await crm.page.keyboard.press('Alt+Shift+N');
        await expect.poll(async () => (await crm.card())?.visible).toBe(true);
        await expect.poll(async () => (await crm.card())?.from).not.toBe('');
        check(await inspectCard(crm), language, 'CRM card');
        const box = (await crm.card())!.cardBox!;
        const cardShot = screenshotPath(`${shot}-card`);
        await crm.page.screenshot({
          path: cardShot,
          clip: {
            x: Math.max(0, box.x - 8),
            y: Math.max(0, box.y - 8),
            width: box.width + 16,
            height: box.height + 16,
          },
        });
        publishScreenshot(cardShot, `${shot}-card`);
      });
    });
  }
}

/**
 * The texts lib/ writes for the options page, shown in place: the SIP settings checks (a ws:// URL
 * to another machine, a domain with a scheme, bad STUN/TURN lines), the sync URL and interval
 * checks, and the simulator's refusal of a paste with no number. Browser in English, language
 * chosen in the settings: each must be in the language, with no English phrase and nothing cut.
 */
const PROBLEMS = {
  'pt-BR': {
    ws: '"ws://pbx.example.com/ws" usa ws://, que só é permitido para localhost e 127.0.0.1; use wss://',
    domain: '"sip:pbx.example.com" não é um domínio SIP',
    ice: 'Linha 2: escreva "url", ou "url usuário credencial" para um servidor TURN',
    syncUrl:
      '"http://cfg.example/a.json" usa http://, que só é permitido para localhost e 127.0.0.1',
    interval: 'Informe um número inteiro de minutos de 1 a 1440.',
    simulator: 'Cole ou envie pelo menos um número.',
  },
  es: {
    ws: '"ws://pbx.example.com/ws" usa ws://, que solo se permite para localhost y 127.0.0.1; use wss://',
    domain: '"sip:pbx.example.com" no es un dominio SIP',
    ice: 'Línea 2: escriba "url", o "url usuario credencial" para un servidor TURN',
    syncUrl:
      '"http://cfg.example/a.json" usa http://, que solo se permite para localhost y 127.0.0.1',
    interval: 'Escriba un número entero de minutos de 1 a 1440.',
    simulator: 'Pegue o cargue al menos un número.',
  },
} as const;

for (const language of ['pt-BR', 'es'] as const) {
  test(`${language}: the options page's settings checks and the simulator's refusal are in the language`, async ({
    openExtensionPage,
  }) => {
    test.setTimeout(120_000);
    const said = PROBLEMS[language];
    const options = await openExtensionPage('options.html');
    await options.setViewportSize({ width: 1280, height: 900 });
    expect(await sendToBackground(options, 'updateSettings', { language })).toEqual({ ok: true });
    await expect(options.locator('html')).toHaveAttribute('lang', language);

    // The demo build starts on the softphone provider: its fields are on the page.
    const calling = options.locator('#calling');
    await options.locator('#sip-ws-url').fill('ws://pbx.example.com/ws');
    await options.locator('#sip-domain').fill('sip:pbx.example.com');
    await options.locator('#sip-ice').fill('stun:stun.example.com\nturn:turn.example.com alice');
    await calling.locator('button[type=submit]').click();
    await expect(options.locator('#sip-ws-url-err')).toHaveText(said.ws);
    await expect(options.locator('#sip-domain-err')).toContainText(said.domain);
    await expect(options.locator('#sip-ice-err')).toHaveText(said.ice);

    const source = options.locator('#source');
    await source.locator('input[name=config-source][value=url]').check();
    await options.locator('#sync-url').fill('http://cfg.example/a.json');
    await options.locator('#sync-interval').fill('0');
    await expect(options.locator('#sync-url-err')).toContainText(said.syncUrl);
    await expect(options.locator('#sync-interval-err')).toHaveText(said.interval);

    // A CSV with its header alone: no number to simulate.
    const simulator = options.locator('#simulator');
    await simulator.scrollIntoViewIfNeeded();
    await simulator.getByRole('textbox').first().fill('name,phone');
    await simulator.locator('.sim-form button.btn-primary').click();
    await expect(simulator.getByRole('alert')).toHaveText(said.simulator, { timeout: 60_000 });

    check(await inspectPage(options), language, 'options page with problems');
    for (const [name, section] of [
      ['calling', calling],
      ['source', source],
      ['simulator', simulator],
    ] as const) {
      await section.scrollIntoViewIfNeeded();
      const shot = `${language}-options-problems-${name}`;
      const path = screenshotPath(shot);
      await section.screenshot({ path });
      publishScreenshot(path, shot);
    }
  });
}

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

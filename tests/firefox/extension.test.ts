/**
 * The demo build in real Firefox (stock Firefox ESR, through puppeteer-core over WebDriver BiDi):
 * the three pages render, the first-use agent pick and the caller-ID choice survive a reload,
 * numbers are marked on the demo CRM served on loopback, a click on a number's Call button
 * reaches a webhook with the chosen caller ID, the softphone says it is not offered on Firefox,
 * and nothing the extension runs throws.
 *
 * One browser for the file (a launch takes 7–11 s): the tests run in order and build on each
 * other, as an agent's first session would.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SOFTPHONE_NOT_ON_FIREFOX } from '../../lib/softphone/support';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { startWebhookReceiver, type WebhookReceiver } from '../e2e/background-servers';
import { activeSnapshot, readTable, sendToBackground } from './extension-api';
import { firefoxMissing, launchFirefox, waitFor, type FirefoxSession } from './firefox';

const missing = firefoxMissing();
const ci = process.env.CI === 'true';
// Outside CI a machine without Firefox skips, saying why; under CI the launch below fails.
if (missing && !ci) console.log(`Firefox end-to-end tests skipped: ${missing}`);

interface DemoExpected {
  pages: Array<{ hash: string; numbers: Array<{ source: string; display: string }> }>;
}
const expected = JSON.parse(readFileSync('demo-crm/expected.json', 'utf8')) as DemoExpected;
const markedOn = (hash: string) =>
  expected.pages
    .find((p) => p.hash === hash)!
    .numbers.filter((n) => n.source !== 'input')
    .map((n) => n.display)
    .sort();

const MIAMI = { id: 'us-miami', e164: '+13055550119' };

const text = (page: Page, selector: string) =>
  page.$eval(selector, (el) => (el as HTMLElement).innerText).catch(() => '');

/** Clicks the first element matching `selector` whose text contains `label`. */
async function clickText(page: Page, selector: string, label: string): Promise<void> {
  const handle = await waitFor(`${selector} with “${label}”`, async () => {
    for (const el of await page.$$(selector))
      if ((await el.evaluate((e) => (e as HTMLElement).innerText)).includes(label)) return el;
    return null;
  });
  await handle.click();
}

describe.skipIf(missing && !ci)('Ringside in Firefox', () => {
  let ff: FirefoxSession;
  let crm: { url: string; close: () => Promise<void> };
  let webhook: WebhookReceiver;

  beforeAll(async () => {
    const started = Date.now();
    ff = await launchFirefox();
    console.log(`Firefox launched with Ringside in ${Date.now() - started} ms`);
    crm = await startDemoServer({ port: 0 });
    webhook = await startWebhookReceiver();
  });

  afterAll(async () => {
    await ff?.close();
    await crm?.close();
    await webhook?.close();
  });

  test('the options, side panel and popup pages render', async () => {
    for (const [path, heading] of [
      ['options.html', 'Ringside settings'],
      ['sidepanel.html', 'Softphone'],
      ['popup.html', 'Ringside'],
    ] as const) {
      const page = await ff.openExtensionPage(path);
      await waitFor(`the ${path} heading`, async () => (await text(page, 'h1')).includes(heading));
      // The bundled demo account is loaded and offered: the pages render the real app.
      if (path !== 'options.html')
        await waitFor(`${path} to offer the agents`, async () =>
          (await text(page, 'body')).includes('Maria Chen'),
        );
      await ff.screenshot(page, `firefox-${path.replace('.html', '')}`);
      await page.close();
    }
  });

  test('the first-use agent pick persists across a reload', async () => {
    const popup = await ff.openExtensionPage('popup.html');
    await waitFor('the demo account', async () => (await activeSnapshot(popup))?.source === 'demo');
    await clickText(popup, 'label', 'Maria Chen');
    await clickText(popup, 'button', 'Continue');
    await waitFor('the signed-in header', async () =>
      (await text(popup, '[data-testid="signed-in"]')).includes('Maria Chen'),
    );
    await ff.reload(popup);
    await waitFor('the signed-in header after the reload', async () =>
      (await text(popup, '[data-testid="signed-in"]')).includes('Maria Chen'),
    );
    // The side panel, another page, knows her too.
    const panel = await ff.openExtensionPage('sidepanel.html');
    await waitFor('the side panel signed in', async () =>
      (await text(panel, '[data-testid="signed-in"]')).includes('Maria Chen'),
    );
    // A fresh Firefox demo install does not default to the softphone it cannot run.
    await waitFor('the dialer', () => panel.$('#dial-number'));
    expect(await panel.$('[data-testid="softphone-unavailable"]')).toBeNull();
    expect(await panel.$('input[type="password"]')).toBeNull();
    await panel.close();
    await popup.close();
  });

  test('the caller-ID choice persists', async () => {
    const popup = await ff.openExtensionPage('popup.html');
    await (await waitFor('the caller-ID dropdown', () => popup.$('[role="combobox"]'))).click();
    await (
      await waitFor('the Miami option', () => popup.$('[role="option"][aria-label^="Miami,"]'))
    ).click();
    await waitFor('“Saved”', async () => (await text(popup, '[role="status"]')).includes('Saved'));
    await waitFor('the stored choice', async () => {
      const rows = await readTable<{ choice: unknown }>(popup, 'choices');
      return JSON.stringify(rows.map((r) => r.choice)) ===
        JSON.stringify([{ kind: 'number', numberId: MIAMI.id }])
        ? rows
        : null;
    });
    await ff.reload(popup);
    await waitFor('Miami selected after the reload', async () =>
      (await text(popup, '[role="combobox"]')).includes('Miami'),
    );
    expect(
      await popup.$eval('[role="option"][aria-selected="true"]', (el) =>
        el.getAttribute('aria-label'),
      ),
    ).toMatch(/^Miami,/);
    await ff.screenshot(popup, 'firefox-popup-signed-in');
    await popup.close();
  });

  test('numbers are marked on the demo CRM', async () => {
    const page = await ff.open(`${crm.url}#/contacts`);
    const marked = () =>
      page.evaluate(() => {
        const highlight = CSS.highlights.get('ringside-phone');
        return highlight
          ? [...highlight].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim()).sort()
          : [];
      });
    // Ringside paints the numbers within half a screen of the viewport: with the whole page in
    // view, the highlight holds every number.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewport({ width: 1280, height: Math.min(Math.max(height, 720), 8000) });
    let last: string[] = [];
    await waitFor('every number of the page marked', async () => {
      last = await marked();
      return JSON.stringify(last) === JSON.stringify(markedOn('#/contacts'));
    }).catch(() => undefined);
    expect(last).toEqual(markedOn('#/contacts'));
    await ff.screenshot(page, 'firefox-crm-marked');
    await page.close();
  });

  test('a click on a number’s Call button reaches the webhook from the chosen caller ID', async () => {
    const options = await ff.openExtensionPage('options.html');
    expect(
      await sendToBackground(options, 'updateSettings', {
        provider: { kind: 'webhook', url: webhook.url },
      }),
    ).toEqual({ ok: true });

    const page = await ff.open(`${crm.url}#/contacts`);
    await page.setViewport({ width: 1280, height: 900 });
    const target = '(415) 555-0187';
    const point = await waitFor(`${target} marked`, () =>
      page.evaluate((wanted) => {
        for (const range of CSS.highlights.get('ringside-phone') ?? []) {
          const r = range as Range;
          if (!r.toString().includes(wanted)) continue;
          (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
          const box = r.getClientRects()[0]!;
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        return null;
      }, target),
    );
    await page.mouse.move(point.x - 3, point.y);
    await page.mouse.move(point.x, point.y);

    // The card lives in a closed shadow root: read it the way the harness allows (BiDi).
    const readCard = () =>
      ff.inClosedShadowRoot<{
        visible: boolean;
        from: string;
        status: string;
        button: { x: number; y: number } | null;
      }>(
        page,
        'ringside-overlay',
        `(root) => {
          const card = root.querySelector('.card');
          const call = root.querySelector('.call');
          const box = call && call.getBoundingClientRect();
          return {
            visible: !!card && !card.hidden,
            from: root.querySelector('.from')?.textContent ?? '',
            status: root.querySelector('.status')?.textContent ?? '',
            button: box && box.width ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null,
          };
        }`,
      );
    const card = await waitFor('the card with the chosen caller ID', async () => {
      const state = await readCard();
      return state?.visible && state.from.includes('Miami') && state.button ? state : null;
    });
    expect(card.from).toBe('Call from +1 305 555 0119 · Miami');
    await ff.screenshot(page, 'firefox-crm-card');

    await page.mouse.move(card.button!.x, card.button!.y, { steps: 4 });
    await page.mouse.click(card.button!.x, card.button!.y);
    await waitFor('the webhook call', () => webhook.calls().length === 1);
    expect(webhook.calls()).toEqual([
      expect.objectContaining({ to: '+14155550187', from: MIAMI.e164, fromNumberId: MIAMI.id }),
    ]);
    await waitFor('the card’s status', async () =>
      (await readCard())?.status.includes('Calling from +1 305 555 0119'),
    );
    // The call log has it too, with the page it came from.
    await waitFor('the logged call', async () =>
      (await readTable<{ to: string; from: string; outcome: string }>(options, 'calls')).some(
        (c) => c.to === '+14155550187' && c.from === MIAMI.e164 && c.outcome === 'placed',
      ),
    );
    await page.close();
    await options.close();
  });

  test('the softphone is not offered on Firefox: the options page and side panel say so', async () => {
    const options = await ff.openExtensionPage('options.html');
    // As a policy or an old setting could leave it: the sip provider on Firefox.
    expect(
      await sendToBackground(options, 'updateSettings', {
        provider: {
          kind: 'sip',
          wsUrl: 'wss://pbx.example.com/ws',
          domain: 'pbx.example.com',
          iceServers: [],
          displayName: 'label',
          assertIdentity: false,
        },
      }),
    ).toEqual({ ok: true });
    await waitFor('the options page’s note', async () =>
      (await text(options, '[data-testid="softphone-unavailable"]')).includes(
        SOFTPHONE_NOT_ON_FIREFOX,
      ),
    );
    // The Softphone choice is disabled; the reason is shown under the choices.
    expect(await options.$eval('input[name="provider"][value="sip"]', (el) => el.checked)).toBe(
      true,
    );
    expect(await options.$eval('input[name="provider"][value="tel"]', (el) => el.disabled)).toBe(
      false,
    );
    const calling = await options.$('section#calling');
    await calling!.scrollIntoView();
    await calling!.screenshot({ path: 'test-results/firefox/firefox-options-calling-sip.png' });
    const panel = await ff.openExtensionPage('sidepanel.html');
    await waitFor('the side panel’s note', async () =>
      (await text(panel, '[data-testid="softphone-unavailable"]')).includes(
        SOFTPHONE_NOT_ON_FIREFOX,
      ),
    );
    // No password field, no microphone button: nothing that cannot work.
    expect(await panel.$('input[type="password"]')).toBeNull();
    await ff.screenshot(panel, 'firefox-sidepanel-sip');
    // A call refused with the same reason, never placed.
    const reply = await sendToBackground(panel, 'dial', { to: '+14155550187' });
    expect(reply).toMatchObject({ ok: false });
    expect(JSON.stringify(reply)).toContain(JSON.stringify(SOFTPHONE_NOT_ON_FIREFOX).slice(1, -1));
    await panel.close();
    await options.close();
  });

  test('nothing the extension ran threw, and the error check sees errors', async () => {
    expect(await ff.extensionErrors()).toEqual([]);
    // The check itself: an uncaught error thrown in an extension page is reported.
    const page = await ff.openExtensionPage('popup.html');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('ringside-firefox-probe');
      });
    });
    const errors = await waitFor('the probe error', async () => {
      const found = await ff.extensionErrors();
      return found.some((e) => e.includes('ringside-firefox-probe')) ? found : null;
    });
    expect(errors.filter((e) => !e.includes('ringside-firefox-probe'))).toEqual([]);
    await page.close();
  });
});

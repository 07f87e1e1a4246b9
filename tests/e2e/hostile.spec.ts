/**
 * A hostile page against Ringside in real Chromium with the built demo extension: the page's
 * scripts try to make Ringside call (script clicks, synthetic mouse and keyboard events), to get a
 * real click onto a card it has hidden or covered, to frame an enabled CRM invisibly, to show one
 * number and dial another, to reorder a number with bidi controls, and to switch the content
 * script off. In each, no call reaches the webhook receiver; where a real action should still
 * call, the test makes one and checks that it does, so every test can fail.
 *
 * Negative checks end with a positive one: a real call made afterwards bounds how long an earlier
 * (wrong) call could still be on its way, so nothing here waits on a guess.
 */
import type { Page } from '@playwright/test';
import { MIN_VISIBLE_MS } from '../../lib/ui/card-visibility';
import { startWebhookReceiver, type WebhookReceiver } from './background-servers';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { expect, test } from './fixtures';
import { CrmPage, OVERLAY_TAG } from './pages/crm';
import { signIn as signInWithWebhook } from './sign-in';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const HIDDEN_MESSAGE =
  'The page hid or covered this card, so Ringside did not call. Call from the side panel instead.';

/** The page every test starts from: on localhost, an enabled site in the demo build. */
const HOSTILE_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Hostile CRM</title></head>
  <body style="font: 16px/2 sans-serif; margin: 40px">
    <p>Linked: <a id="link" href="tel:+14155550187">(415) 555-0187</a></p>
    <p>Text: <span id="text">(415) 555-0142</span></p>
    <p>Misnamed: <a id="liar" href="tel:+12125550199">(415) 555-0100</a></p>
    <p>Right to left: <span id="rtl">\u202E+1 415 555 0166\u202C</span></p>
    <p>Reversed link: <a id="rlo-link" href="tel:+14155550177">\u202E7710 555 514 1+\u202C</a></p>
    <div style="height: 1500px"></div>
  </body>
</html>`;

let fixtures: FixtureServer;
let receiver: WebhookReceiver;
test.beforeAll(async () => {
  fixtures = await startFixtureServer();
  fixtures.pages.set('/hostile.html', HOSTILE_PAGE);
});
test.afterAll(async () => {
  await fixtures.close();
});
test.beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
test.afterEach(async () => {
  await receiver.close();
});

/** The demo account, Maria Chen signed in, calls going to the webhook receiver. */
async function signIn(open: (path: 'options.html') => Promise<Page>): Promise<void> {
  await signInWithWebhook(open, receiver.url);
}

async function openHostile(page: Page): Promise<CrmPage> {
  const crm = new CrmPage(page);
  await crm.page.goto(`${fixtures.url}/hostile.html`);
  // Every number of the page is marked: the content script is running.
  await expect.poll(() => crm.highlightCount()).toBe(5);
  return crm;
}

const calledNumbers = () => receiver.calls().map((c) => (c as { to: string }).to);

/**
 * The card must be on screen a moment before its button calls (a card flashed in under the
 * pointer is not one the agent read): this is that rule's wait, not a guess.
 */
const letCardSettle = (crm: CrmPage) => crm.page.waitForTimeout(MIN_VISIBLE_MS + 300);

/** Opens the card on a number by hovering it, and waits for its caller ID. */
async function openCard(crm: CrmPage, text: string) {
  await crm.hover(text);
  await expect.poll(async () => (await crm.card())?.from).toMatch(/^Call from /);
  return (await crm.card())!;
}

async function clickCall(crm: CrmPage): Promise<void> {
  // The card is re-laid out as its preview and status come in: read the button once it is drawn.
  await expect.poll(async () => (await crm.card())?.buttonCenter ?? null).not.toBeNull();
  const card = (await crm.card())!;
  const { x, y } = card.buttonCenter!;
  await crm.page.mouse.move(x, y, { steps: 3 });
  await crm.page.mouse.click(x, y);
}

/**
 * Presses Call (a click, or Enter on the focused button) on a card left alone, and waits for the
 * call to start. On a loaded machine the browser's visibility report can come later than the
 * rule's wait; the card then says it only just appeared, and the agent (here, the test) presses
 * again, as the card asks.
 */
async function callFromCard(crm: CrmPage, press: () => Promise<void>): Promise<void> {
  await letCardSettle(crm);
  for (let attempt = 0; ; attempt++) {
    await press();
    await expect
      .poll(async () => (await crm.card())?.status)
      .toMatch(/^Calling|^The card had only just appeared/);
    const status = (await crm.card())!.status;
    if (status.startsWith('Calling') || attempt >= 4) break;
    await letCardSettle(crm);
  }
  await expect.poll(async () => (await crm.card())?.status).toMatch(/^Calling from /);
}

/** A real call through the card, as the positive end of a test. */
async function realCall(crm: CrmPage, text: string, expectedCalls: number): Promise<void> {
  await openCard(crm, text);
  await callFromCard(crm, () => clickCall(crm));
  await expect.poll(() => receiver.calls().length).toBe(expectedCalls);
}

test('script clicks and synthetic mouse events on a routed tel: link call nobody; a real click calls once', async ({
  context,
  openExtensionPage,
}) => {
  await signIn(openExtensionPage);
  const crm = await openHostile(await context.newPage());
  await crm.page.evaluate(() => {
    // The page keeps the browser from handing tel: to the system, as a hostile page would.
    document.addEventListener('click', (e) => e.preventDefault());
    const link = document.getElementById('link')!;
    const box = link.getBoundingClientRect();
    const at = { clientX: box.left + 5, clientY: box.top + 5, button: 0 };
    for (let i = 0; i < 20; i++) link.click();
    for (let i = 0; i < 20; i++) {
      link.dispatchEvent(new PointerEvent('pointerdown', { ...at, bubbles: true }));
      link.dispatchEvent(new MouseEvent('mousedown', { ...at, bubbles: true }));
      link.dispatchEvent(new MouseEvent('mouseup', { ...at, bubbles: true }));
      link.dispatchEvent(new MouseEvent('click', { ...at, bubbles: true, cancelable: true }));
    }
  });
  // A real click calls, once; nothing the script did arrives before or after it.
  await crm.page.locator('#link').click();
  await expect.poll(() => receiver.calls().length).toBe(1);
  await crm.page.waitForTimeout(500);
  expect(calledNumbers()).toEqual(['+14155550187']);
});

test('Enter on a focused routed tel: link calls, as a click does', async ({
  context,
  openExtensionPage,
}) => {
  await signIn(openExtensionPage);
  const crm = await openHostile(await context.newPage());
  await crm.page.locator('#link').focus();
  await crm.page.keyboard.press('Enter');
  await expect.poll(() => receiver.calls().length).toBe(1);
  expect(calledNumbers()).toEqual(['+14155550187']);
});

test('a synthetic hover does not open the card; a real one does', async ({
  context,
  openExtensionPage,
}) => {
  await signIn(openExtensionPage);
  const crm = await openHostile(await context.newPage());
  await crm.page.evaluate(() => {
    const text = document.getElementById('text')!;
    const box = text.getBoundingClientRect();
    for (let i = 0; i < 5; i++) {
      for (const type of ['pointerover', 'pointermove'])
        text.dispatchEvent(
          new PointerEvent(type, {
            bubbles: true,
            composed: true,
            pointerType: 'mouse',
            clientX: box.left + 10 + i,
            clientY: box.top + box.height / 2,
          }),
        );
    }
  });
  // The real hover below opens it within this time; the synthetic one must not have.
  await crm.page.waitForTimeout(1000);
  expect((await crm.card())?.visible ?? false).toBe(false);
  await openCard(crm, '(415) 555-0142');
  expect(receiver.calls()).toEqual([]);
});

test('a double click on a routed tel: link places one call', async ({
  context,
  openExtensionPage,
}) => {
  await signIn(openExtensionPage);
  const crm = await openHostile(await context.newPage());
  await crm.page.locator('#link').dblclick();
  await expect.poll(() => receiver.calls().length).toBeGreaterThanOrEqual(1);
  // The second click of the pair was not a second call; a real call later is the time bound.
  const other = await openHostile(await context.newPage());
  await realCall(other, '(415) 555-0142', 2);
  expect(calledNumbers()).toEqual(['+14155550187', '+14155550142']);
});

test('synthetic Alt+Shift+N neither opens the card nor moves focus, so a later Enter calls nobody', async ({
  context,
  openExtensionPage,
}) => {
  await signIn(openExtensionPage);
  const crm = await openHostile(await context.newPage());
  await crm.page.evaluate(() => {
    for (const target of [document, document.body, window]) {
      for (const type of ['keydown', 'keyup'])
        target.dispatchEvent(
          new KeyboardEvent(type, {
            key: 'N',
            code: 'KeyN',
            altKey: true,
            shiftKey: true,
            bubbles: true,
            cancelable: true,
          }),
        );
    }
  });
  await crm.page.waitForTimeout(MIN_VISIBLE_MS + 300);
  expect((await crm.card())?.visible ?? false).toBe(false);
  expect(
    await crm.page.evaluate((tag) => document.activeElement?.localName !== tag, OVERLAY_TAG),
  ).toBe(true);
  // The agent's Enter, meant for the page, calls nobody.
  await crm.page.keyboard.press('Enter');

  // The real shortcut does open the card with focus on Call, and Enter there calls.
  await crm.page.keyboard.press('Alt+Shift+N');
  await expect.poll(async () => (await crm.card())?.number).toBe('(415) 555-0187');
  await expect.poll(async () => (await crm.card())?.from).toMatch(/^Call from /);
  await callFromCard(crm, () => crm.page.keyboard.press('Enter'));
  await expect.poll(() => receiver.calls().length).toBe(1);
  expect(calledNumbers()).toEqual(['+14155550187']);
});

/** Ways a page hides the card, or covers it, while leaving its button under the pointer. */
const RESTYLES: Array<[string, string, boolean]> = [
  // [name, script run in the page, whether the click still lands on the card]
  [
    'host opacity 0',
    `document.querySelector('${OVERLAY_TAG}').style.setProperty('opacity', '0', 'important')`,
    true,
  ],
  [
    'host opacity 0.01 through the style attribute',
    `document.querySelector('${OVERLAY_TAG}').setAttribute('style', 'position: fixed; inset: 0; z-index: 2147483647; opacity: 0.01')`,
    true,
  ],
  [
    'host visibility hidden',
    `document.querySelector('${OVERLAY_TAG}').style.setProperty('visibility', 'hidden', 'important')`,
    false,
  ],
  [
    // Clipped away: the click goes through to the page (clip-path clips hit testing too).
    'host clip-path',
    `document.querySelector('${OVERLAY_TAG}').style.setProperty('clip-path', 'inset(0 0 0 0)', 'important')`,
    false,
  ],
  [
    // Masked away: as with clip-path, hit testing follows the mask.
    'host mask',
    `document.querySelector('${OVERLAY_TAG}').style.setProperty('mask-image', 'linear-gradient(transparent, transparent)', 'important')`,
    false,
  ],
  ['page filter on <html>', `document.documentElement.style.filter = 'opacity(0.02)'`, true],
  ['page opacity on <html>', `document.documentElement.style.opacity = '0.05'`, true],
  [
    'an opaque cover that lets clicks through',
    `(() => { const d = document.createElement('div'); d.style.cssText = 'position: fixed; inset: 0; background: white; pointer-events: none; z-index: 2147483647'; document.documentElement.append(d); })()`,
    true,
  ],
  [
    'a transparent overlay on top that takes the click',
    `(() => { const d = document.createElement('div'); d.style.cssText = 'position: fixed; inset: 0; background: transparent; z-index: 2147483647'; document.documentElement.append(d); })()`,
    false,
  ],
];

for (const [name, restyle, reachesCard] of RESTYLES) {
  test(`a card the page restyles does not call on a real click: ${name}`, async ({
    context,
    openExtensionPage,
  }) => {
    await signIn(openExtensionPage);
    const crm = await openHostile(await context.newPage());
    await openCard(crm, '(415) 555-0142');
    await letCardSettle(crm);
    await crm.page.evaluate(restyle);
    await letCardSettle(crm);
    await clickCall(crm);
    if (reachesCard) {
      // The click reached the Call button, which refused and said why.
      await expect.poll(async () => (await crm.card())?.status).toBe(HIDDEN_MESSAGE);
    }
    // The same click on a card left alone calls (another tab: its own page and rate).
    const fair = await openHostile(await context.newPage());
    await realCall(fair, '(415) 555-0142', 1);
    expect(calledNumbers()).toEqual(['+14155550142']);
  });
}

test('a card the page moves under the pointer does not call until it has stayed put', async ({
  context,
  openExtensionPage,
}) => {
  await signIn(openExtensionPage);
  const crm = await openHostile(await context.newPage());
  await openCard(crm, '(415) 555-0142');
  await letCardSettle(crm);
  // The page scrolls: the card follows its number, and its button lands somewhere new.
  const before = (await crm.card())!.buttonCenter!;
  await crm.page.evaluate(() => window.scrollBy(0, 30));
  await expect.poll(async () => (await crm.card())?.buttonCenter?.y).toBe(before.y - 30);
  // And it keeps scrolling, a pixel back and forth, until the click has landed: on a loaded
  // machine the click can arrive more than MIN_VISIBLE_MS after one scroll, when the card has
  // rightly stayed put long enough to call.
  await crm.page.evaluate(() => {
    const w = window as unknown as { jiggle?: number };
    let step = 1;
    w.jiggle = window.setInterval(() => {
      window.scrollBy(0, step);
      step = -step;
    }, 50);
  });
  await clickCall(crm);
  await expect
    .poll(async () => (await crm.card())?.status)
    .toBe('The card had only just appeared: click Call again to call.');
  await crm.page.evaluate(() =>
    window.clearInterval((window as unknown as { jiggle?: number }).jiggle),
  );
  // Once it stayed put, the same click calls.
  await callFromCard(crm, () => clickCall(crm));
  await expect.poll(() => receiver.calls().length).toBe(1);
  expect(calledNumbers()).toEqual(['+14155550142']);
});

test('a page that is not an enabled site framing an enabled CRM at 1% opacity gets no calls', async ({
  context,
  demoCrmUrl,
  openExtensionPage,
}) => {
  await signIn(openExtensionPage);
  const framing = (top: string) =>
    `<!doctype html><html><body style="margin:0"><h1>Win a prize</h1>
      <iframe id="crm" src="${demoCrmUrl}#/contacts" style="opacity: ${top}; width: 1200px; height: 900px; border: 0"></iframe>
    </body></html>`;
  fixtures.pages.set('/framed-fair.html', framing('1'));
  fixtures.pages.set('/framed-hostile.html', framing('0.01'));
  const frameMarks = (page: Page) =>
    page
      .frames()
      .find((f) => f.url().startsWith(demoCrmUrl))!
      .evaluate(() => CSS.highlights.get('ringside-phone')?.size ?? 0);
  const link = (page: Page) =>
    page.frameLocator('#crm').getByRole('link', { name: '(415) 555-0134 ext. 204' });

  // Framed by an enabled site (the CRM's own origin): marked, and a routed tel: click calls.
  const fair = await context.newPage();
  const start = Date.now();
  await fair.goto(`${fixtures.url}/framed-fair.html`);
  await expect.poll(() => frameMarks(fair)).toBeGreaterThan(0);
  const markedAfter = Date.now() - start;

  // Framed, nearly invisible, by 127.0.0.1 (not enabled in the demo build): nothing.
  const hostile = await context.newPage();
  await hostile.goto(`${fixtures.disabledUrl}/framed-hostile.html`);
  await expect(link(hostile)).toBeAttached();
  await hostile.waitForTimeout(Math.max(2000, markedAfter * 3));
  expect(await frameMarks(hostile)).toBe(0);
  await link(hostile).click();

  await link(fair).click();
  await expect.poll(() => receiver.calls().length).toBe(1);
  await fair.waitForTimeout(500);
  expect(calledNumbers()).toEqual(['+14155550134']);
  const hostileFrame = hostile.frames().find((f) => f.url().startsWith(demoCrmUrl));
  expect(
    await hostileFrame?.evaluate((tag) => document.querySelectorAll(tag).length, OVERLAY_TAG),
  ).toBe(0);
});

test('a link whose text names another number: the card shows the number dialled and says so', async ({
  context,
  openExtensionPage,
  snap,
}) => {
  await signIn(openExtensionPage);
  const crm = await openHostile(await context.newPage());
  // A real click on the link does not call at once: the card opens on its real target.
  await crm.page.locator('#liar').click();
  await expect.poll(async () => (await crm.card())?.number).toBe('+1 212 555 0199');
  const card = (await crm.card())!;
  expect(card.note).toBe(
    "The link's text “(415) 555-0100” is not the number it dials: a call dials the number above.",
  );
  await expect.poll(async () => (await crm.card())?.from).toMatch(/^Call from /);
  await snap(crm.page, 'hostile-misnamed-link');
  // The call, from the card, dials the number shown: the link's target.
  await callFromCard(crm, () => clickCall(crm));
  await expect.poll(() => receiver.calls().length).toBe(1);
  await crm.page.waitForTimeout(500);
  expect(calledNumbers()).toEqual(['+12125550199']);
});

test('right-to-left overrides cannot reorder a number on the card', async ({
  context,
  openExtensionPage,
  snap,
}) => {
  await signIn(openExtensionPage);
  const crm = await openHostile(await context.newPage());
  const card = await openCard(crm, '+1 415 555 0166');
  expect(card.number).toBe('+1 415 555 0166');
  expect(card.numberDir).toBe('ltr');
  expect(card.allText).not.toMatch(BIDI_CONTROLS);

  // A link whose text is the number written backwards under an override.
  await crm.page.mouse.move(1, 1);
  await expect.poll(async () => (await crm.card())?.visible).toBe(false);
  await crm.page.locator('#rlo-link').hover();
  await expect.poll(async () => (await crm.card())?.number).toBe('+1 415 555 0177');
  await expect.poll(async () => (await crm.card())?.note).toContain('7710 555 514 1+');
  expect((await crm.card())!.allText).not.toMatch(BIDI_CONTROLS);
  await snap(crm.page, 'hostile-rtl-card');
  expect(receiver.calls()).toEqual([]);
  await callFromCard(crm, () => clickCall(crm));
  await expect.poll(() => receiver.calls().length).toBe(1);
  expect(calledNumbers()).toEqual(['+14155550177']);
});

test("the page dispatching WXT's content-script-started event does not switch Ringside off", async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  await signIn(openExtensionPage);
  const crm = await openHostile(await context.newPage());
  await crm.page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    const detail = { contentScriptName: 'content', messageId: 'page' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, contentScriptName: 'content', messageId: 'page' }, '*');
  }, extensionId);
  // Still running: what the page adds next is marked, and the card still calls.
  await crm.page.evaluate(() =>
    document.body.insertAdjacentHTML('afterbegin', '<p id="late">Late: (415) 555-0155</p>'),
  );
  await expect.poll(() => crm.highlighted()).toContain('(415) 555-0155');
  expect(await crm.highlightCount()).toBe(6);
  await realCall(crm, '(415) 555-0155', 1);
  expect(calledNumbers()).toEqual(['+14155550155']);
});

/**
 * The content script in real Chromium with the built extension (demo build: localhost is an
 * enabled site, 127.0.0.1 is not): numbers marked with the CSS Custom Highlight API, the page's
 * DOM left as it was, hostile text never run, the call card's Call button and routed tel: links
 * reaching the background's dial (checked at a webhook and in the call log), keyboard access,
 * shadow roots and iframes, live updates and scrolling.
 */
import type { Page } from '@playwright/test';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { readFileSync } from 'node:fs';
import { startWebhookReceiver } from './background-servers';
import { activeSnapshot, readTable, sendToBackground } from './extension-api';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { expect, test } from './fixtures';
import { CrmPage } from './pages/crm';
import { signIn } from './sign-in';

// Read, not imported: Playwright loads specs as Node ESM, where JSON needs an import attribute.
const expected = JSON.parse(readFileSync('demo-crm/expected.json', 'utf8')) as DemoExpected;

interface DemoNumber {
  e164: string;
  ext?: string;
  source: 'text' | 'link' | 'input';
  display: string;
}
interface DemoExpected {
  pages: Array<{ hash: string; numbers: DemoNumber[] }>;
  simulatedActivity: Array<{ title: string; numbers: DemoNumber[] }>;
}

/** What the highlight should hold on a demo route: every number but the inputs' (no range reaches an input's text). */
function marked(hash: string): string[] {
  const page = expected.pages.find((p) => p.hash === hash)!;
  return page.numbers
    .filter((n) => n.source !== 'input')
    .map((n) => n.display)
    .sort();
}

const sorted = async (crm: CrmPage) => (await crm.highlighted()).sort();

/**
 * How the card names a number: the page's text, or for a link like "Call" the number in the
 * international format of the extension pages (written by the background, signed in).
 */
function cardText(n: DemoNumber): string {
  if ((n.display.match(/\d/g)?.length ?? 0) >= 7) return n.display;
  const shown = parsePhoneNumberFromString(n.e164)!.formatInternational();
  return `${shown}${n.ext ? ` ext. ${n.ext}` : ''}`;
}

let fixtures: FixtureServer;
test.beforeAll(async () => {
  fixtures = await startFixtureServer();
});
test.afterAll(async () => {
  await fixtures.close();
});

test('marks every number of the demo CRM, then those of the next route after in-app navigation', async ({
  context,
  demoCrmUrl,
  snap,
}) => {
  const crm = new CrmPage(await context.newPage());
  await crm.page.goto(`${demoCrmUrl}#/contacts`);
  await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
  await crm.fitViewport();
  await expect.poll(() => sorted(crm)).toEqual(marked('#/contacts'));
  await snap(crm.page, 'content-demo-list-marked');

  // Hash routing: the app replaces its view; only what changed is scanned again.
  await crm.page.evaluate(() => (location.hash = '#/contacts/c-001'));
  await expect.poll(() => sorted(crm)).toEqual(marked('#/contacts/c-001'));
  await crm.page.goBack();
  await expect.poll(() => sorted(crm)).toEqual(marked('#/contacts'));
});

test('does nothing on a site that is not enabled', async ({ context, demoCrmUrl }) => {
  const enabled = new CrmPage(await context.newPage());
  const start = Date.now();
  await enabled.page.goto(`${demoCrmUrl}#/contacts`);
  await expect.poll(() => enabled.highlightCount()).toBeGreaterThan(0);
  const markedAfter = Date.now() - start;

  // Same server, same page, but 127.0.0.1: the demo build has no permission for it.
  const disabled = new CrmPage(await context.newPage());
  await disabled.page.goto(`${demoCrmUrl.replace('localhost', '127.0.0.1')}#/contacts`);
  await expect(disabled.page.getByRole('heading', { name: 'Contacts' })).toBeVisible();
  await disabled.page.waitForTimeout(Math.max(2000, markedAfter * 3));
  expect(await disabled.highlightCount()).toBe(0);
  expect(await disabled.page.evaluate(() => CSS.highlights.size)).toBe(0);
  expect(await disabled.overlayHosts()).toBe(0);
});

test("leaves the page's DOM as it was: same serialisation before and after, and as on a disabled site", async ({
  context,
  demoCrmUrl,
  openExtensionPage,
}) => {
  await signIn(openExtensionPage);
  const crm = new CrmPage(await context.newPage());
  await crm.page.goto(`${demoCrmUrl}#/contacts`);
  await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
  await crm.fitViewport();
  await expect.poll(() => sorted(crm)).toEqual(marked('#/contacts'));
  await crm.page.setViewportSize({ width: 1280, height: 720 });
  const before = await crm.serialize();

  // Everything that makes Ringside act: hover, card, keyboard, scrolling.
  await crm.hover('(650) 555-0172');
  await expect.poll(async () => (await crm.card())?.visible).toBe(true);
  await crm.page.keyboard.press('Alt+Shift+N');
  await crm.page.keyboard.press('Alt+Shift+N');
  await crm.page.keyboard.press('Escape');
  await crm.page.mouse.wheel(0, 400);
  await crm.page.mouse.move(5, 5);
  await expect.poll(() => crm.serialize()).toBe(before);

  // Exactly one element added: the overlay host, a child of <html>, outside the app's <body>.
  expect(
    await crm.page.evaluate(() =>
      Array.from(
        document.querySelectorAll('ringside-overlay'),
        (el) => el.parentElement?.localName,
      ),
    ),
  ).toEqual(['html']);

  // The same page where Ringside does not run serialises the same, stylesheets included.
  const untouched = new CrmPage(await context.newPage());
  await untouched.page.goto(`${demoCrmUrl.replace('localhost', '127.0.0.1')}#/contacts`);
  await expect(untouched.page.getByRole('heading', { name: 'Contacts' })).toBeVisible();
  await crm.page.evaluate(() => window.scrollTo(0, 0));
  expect(await untouched.serialize()).toBe(await crm.serialize());
  const sheets = (p: Page) =>
    p.evaluate(() => [document.styleSheets.length, document.adoptedStyleSheets.length]);
  expect(await sheets(crm.page)).toEqual(await sheets(untouched.page));
});

test('a hostile page runs nothing: markup-like and script-like text stays text', async ({
  context,
  openExtensionPage,
  snap,
}) => {
  await signIn(openExtensionPage);
  const crm = new CrmPage(await context.newPage());
  const dialogs: string[] = [];
  crm.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await crm.page.goto(`${fixtures.url}/hostile.html`);
  await expect
    .poll(() => crm.highlighted())
    .toEqual([
      '(415) 555-0100',
      '415-555-0101',
      '+1 415 555 0102',
      '415.555.0103',
      '(415) 555-0104',
      '(415) 555-0105',
      '<b onmouseover=alert(1)>(415) 555-0106</b>',
      '415-555-0107 ext. 9',
      '415-555-0108',
    ]);
  const before = await crm.serialize();

  // Open the card on every number (the keyboard visits the input too) and call one.
  for (let i = 0; i < 10; i++) {
    await crm.page.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => (await crm.card())?.visible).toBe(true);
  }
  await crm.hover('(415) 555-0106');
  await expect
    .poll(async () => (await crm.card())?.number)
    .toBe('<b onmouseover=alert(1)>(415) 555-0106</b>');
  await expect.poll(async () => (await crm.card())?.from).toMatch(/^Call from /);
  const card = (await crm.card())!;
  await crm.page.mouse.click(card.buttonCenter!.x, card.buttonCenter!.y);
  await expect.poll(async () => (await crm.card())?.status).not.toBe('');

  expect(
    await crm.page.evaluate(
      () => (window as unknown as { __ringsidePwned: string[] }).__ringsidePwned,
    ),
  ).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(await crm.serialize()).toBe(before);
  // Last: a full-page screenshot leaves traces of its own in the DOM (style="" on inputs).
  await snap(crm.page, 'content-hostile-card');
});

test("the card's Call button reaches the background's dial with the previewed caller ID, and the call is logged", async ({
  context,
  demoCrmUrl,
  openExtensionPage,
  snap,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    const options = await signIn(openExtensionPage, receiver.url);
    const crm = new CrmPage(await context.newPage());
    await crm.page.goto(`${demoCrmUrl}#/contacts`);
    await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);

    await crm.hover('(415) 555-0187');
    await expect
      .poll(async () => (await crm.card())?.from)
      .toBe('Call from +1 415 555 0100 · San Francisco HQ');
    const card = (await crm.card())!;
    expect(card).toMatchObject({ visible: true, number: '(415) 555-0187', button: 'Call' });
    expect(card.why).toMatch(/Same area code \(415\)/);
    await snap(crm.page, 'content-card-hover');
    // The photograph leaves the card open where it was (a full-page one would close it).
    expect(await crm.card()).toMatchObject({ visible: true, buttonCenter: card.buttonCenter });

    await crm.page.mouse.move(card.buttonCenter!.x, card.buttonCenter!.y, { steps: 4 });
    await crm.page.mouse.click(card.buttonCenter!.x, card.buttonCenter!.y);
    await expect.poll(async () => (await crm.card())?.status).toBe('Calling from +1 415 555 0100');
    expect(receiver.calls()).toEqual([
      expect.objectContaining({ to: '+14155550187', from: '+14155550100', rule: 'area-code' }),
    ]);
    await snap(crm.page, 'content-card-called');

    // The webhook answers before the call log is written: wait for the row.
    await expect
      .poll(() => readTable(options, 'calls'))
      .toEqual([
        expect.objectContaining({
          to: '+14155550187',
          from: '+14155550100',
          outcome: 'placed',
          pageUrl: `${demoCrmUrl}#/contacts`,
        }),
      ]);
  } finally {
    await receiver.close();
  }
});

test('the card writes a UK caller ID as the extension pages do, not digits in a row', async ({
  context,
  demoCrmUrl,
  openExtensionPage,
}) => {
  // James Whitaker (EMEA) picks the London number; the content bundle has no formats, so the
  // card shows what the background wrote with the full metadata.
  const options = await openExtensionPage('options.html');
  await expect.poll(async () => (await activeSnapshot(options))?.source).toBe('demo');
  expect(await sendToBackground(options, 'selectAgent', { agentId: 'james-whitaker' })).toEqual({
    ok: true,
  });
  expect(
    await sendToBackground(options, 'setChoice', {
      choice: { kind: 'number', numberId: 'uk-london' },
    }),
  ).toEqual({ ok: true });
  const crm = new CrmPage(await context.newPage());
  await crm.page.goto(`${demoCrmUrl}#/contacts`);
  await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
  await crm.hover('+44 20 7946 0321');
  await expect
    .poll(async () => (await crm.card())?.from)
    .toBe('Call from +44 20 7946 0958 · London');
});

test('a tel: link click is routed through Ringside (routeTelLinks), extension included', async ({
  context,
  demoCrmUrl,
  openExtensionPage,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    const options = await signIn(openExtensionPage, receiver.url);
    const crm = new CrmPage(await context.newPage());
    await crm.page.goto(`${demoCrmUrl}#/contacts`);
    await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
    await crm.page.getByRole('link', { name: '(415) 555-0134 ext. 204' }).click();
    await expect.poll(() => receiver.calls().length).toBe(1);
    expect(crm.page.url()).toBe(`${demoCrmUrl}#/contacts`);
    // The webhook answers before the call log is written: wait for the row.
    await expect
      .poll(() => readTable<{ to: string; ext?: string }>(options, 'calls'))
      .toEqual([expect.objectContaining({ to: '+14155550134', ext: '204', outcome: 'placed' })]);
  } finally {
    await receiver.close();
  }
});

test('Alt+Shift+N and Alt+Shift+P move through the numbers; Enter calls, Escape closes', async ({
  context,
  demoCrmUrl,
  openExtensionPage,
  snap,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    await signIn(openExtensionPage, receiver.url);
    const crm = new CrmPage(await context.newPage());
    await crm.page.goto(`${demoCrmUrl}#/contacts/c-001`);
    await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
    await crm.fitViewport();
    await expect.poll(() => sorted(crm)).toEqual(marked('#/contacts/c-001'));
    await crm.page.setViewportSize({ width: 1280, height: 720 });
    const inOrder = expected.pages
      .find((p) => p.hash === '#/contacts/c-001')!
      .numbers.map((n) => ({ ...n, card: cardText(n) }));

    await crm.page.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => (await crm.card())?.number).toBe(inOrder[0]!.card);
    await crm.page.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => (await crm.card())?.number).toBe(inOrder[1]!.card);
    await crm.page.keyboard.press('Alt+Shift+P');
    await expect.poll(async () => (await crm.card())?.number).toBe(inOrder[0]!.card);
    await snap(crm.page, 'content-card-keyboard');

    await crm.page.keyboard.press('Enter');
    await expect.poll(() => receiver.calls().length).toBe(1);
    expect(JSON.stringify(receiver.calls()[0])).toContain(inOrder[0]!.e164);
    await crm.page.keyboard.press('Escape');
    await expect.poll(async () => (await crm.card())?.visible).toBe(false);
  } finally {
    await receiver.close();
  }
});

test('numbers in open shadow roots and in a same-origin iframe are marked', async ({ context }) => {
  const crm = new CrmPage(await context.newPage());
  await crm.page.goto(`${fixtures.url}/shadow-iframe.html`);
  await expect
    .poll(() => crm.highlighted())
    .toEqual([
      '(415) 555-0190',
      '(415) 555-0191',
      '(415) 555-0192',
      '(415) 555-0193',
      '(415) 555-0195',
    ]);
  const frame = crm.page.frames().find((f) => f !== crm.page.mainFrame())!;
  await expect
    .poll(() =>
      frame.evaluate(() =>
        [...(CSS.highlights.get('ringside-phone') ?? [])].map((r) => (r as Range).toString()),
      ),
    )
    .toEqual(['(415) 555-0194']);
});

test('new activity is marked as it arrives, and the card follows the page when it scrolls', async ({
  context,
  demoCrmUrl,
  openExtensionPage,
}) => {
  await signIn(openExtensionPage);
  const crm = new CrmPage(await context.newPage());
  await crm.page.goto(`${demoCrmUrl}#/contacts`);
  await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
  await crm.fitViewport();
  await expect.poll(() => sorted(crm)).toEqual(marked('#/contacts'));

  await crm.page.getByRole('button', { name: 'Simulate incoming activity' }).click();
  await crm.page.getByRole('button', { name: 'Simulate incoming activity' }).click();
  const added = expected.simulatedActivity
    .slice(0, 2)
    .flatMap((a) => a.numbers.map((n) => n.display));
  await expect.poll(() => sorted(crm)).toEqual([...marked('#/contacts'), ...added].sort());
  await crm.page.setViewportSize({ width: 1280, height: 600 });

  // Opened from the keyboard, the card holds focus and stays while the page moves under it.
  await crm.page.keyboard.press('Alt+Shift+N');
  await expect.poll(async () => (await crm.card())?.number).toBe('(415) 555-0134 ext. 204');
  await expect.poll(async () => (await crm.card())?.from).toMatch(/^Call from /);
  const top = (await crm.card())!.cardBox!.y;
  const anchor = (await crm.centerOf('(415) 555-0134')).y;
  await crm.page.evaluate(() => window.scrollBy(0, 60));
  await expect
    .poll(async () => (await crm.centerOf('(415) 555-0134')).y)
    .toBeCloseTo(anchor - 60, 0);
  await expect.poll(async () => (await crm.card())?.cardBox?.y).toBeCloseTo(top - 60, 0);
});

// Painting is bounded by the viewport in runs of up to RUN_SIZE containers (lib/detect/paint-runs.ts),
// and the demo's lists are shorter than one run, so here they are painted whole; that only the
// numbers near the viewport are painted is checked on the 10,000-row page (scale.spec.ts).
test('a number at the end of a list is painted once scrolled to', async ({
  context,
  demoCrmUrl,
}) => {
  const crm = new CrmPage(await context.newPage());
  await crm.page.setViewportSize({ width: 1280, height: 600 });
  await crm.page.goto(`${demoCrmUrl}#/contacts`);
  await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
  const all = marked('#/contacts');
  const lastRow = crm.page.locator('tbody tr').last();
  const lastNumber = (await lastRow.locator('a[href^="tel:"], .phone, td').allInnerTexts()).join(
    ' ',
  );
  const lastMarked = all.filter((n) => lastNumber.includes(n));
  expect(lastMarked.length).toBeGreaterThan(0);
  await lastRow.scrollIntoViewIfNeeded();
  await expect.poll(() => crm.highlighted()).toEqual(expect.arrayContaining(lastMarked));
});

/**
 * The content script at scale and at the edges of a click: a 10,000-row CRM list (the
 * benchmark's page, bench/crm-page.ts) is marked and scrolls, its last rows are marked once
 * scrolled to, and a call from there dials the number shown; before the agent has said who they
 * are, the card's Call button is disabled and says where to do that. (A double click on a routed
 * tel: link placing one call is tests/e2e/hostile.spec.ts's.)
 */
import { crmRowNumbers, crmTableHtml } from '../../bench/crm-page';
import { startWebhookReceiver } from './background-servers';
import { sendToBackground } from './extension-api';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { expect, test } from './fixtures';
import { CrmPage } from './pages/crm';
import { signIn } from './sign-in';

const ROWS = 10_000;

let fixtures: FixtureServer;
test.beforeAll(async () => {
  fixtures = await startFixtureServer();
  fixtures.pages.set(
    '/big.html',
    `<!doctype html><html><head><meta charset="utf-8"><title>Contacts</title></head><body>${crmTableHtml(ROWS)}</body></html>`,
  );
});
test.afterAll(async () => {
  await fixtures.close();
});

test('a 10,000-row list is marked and scrolls; a number near its end is marked and calls the number shown', async ({
  context,
  openExtensionPage,
  snap,
}) => {
  // A slow, shared machine: the page alone takes seconds to lay out at this size.
  test.setTimeout(300_000);
  const receiver = await startWebhookReceiver();
  try {
    await signIn(openExtensionPage, receiver.url);
    const crm = new CrmPage(await context.newPage());
    await crm.page.setViewportSize({ width: 1280, height: 720 });
    await crm.page.goto(`${fixtures.url}/big.html`, { timeout: 120_000 });
    await expect.poll(() => crm.highlightCount(), { timeout: 120_000 }).toBeGreaterThan(0);

    // Row 9,990: national digits of its phone (a text cell) and its mobile (a tel: link).
    const row = ROWS - 10;
    const [phone, mobile] = crmRowNumbers(row);
    const cell = crm.page.locator(`tr[data-row="${row}"] .value`);
    const phoneText = (await cell.innerText()).trim();
    // Far below the first screen (many runs of RUN_SIZE containers away): not painted yet.
    expect(await crm.highlighted()).not.toContain(phoneText);
    await cell.scrollIntoViewIfNeeded();
    // The scan reaches it (it runs behind the page's own work) and it is painted once on screen.
    await expect
      .poll(() => crm.highlighted(), { timeout: 180_000, intervals: [500] })
      .toEqual(expect.arrayContaining([phoneText]));
    // Only what is near the viewport is painted, not 20,000 numbers.
    expect(await crm.highlightCount()).toBeLessThan(1_000);

    // Scroll back up a long way and down again: the rows on screen are painted each time.
    await crm.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const middle = crm.page.locator(`tr[data-row="${ROWS / 2}"] .value`);
    await middle.scrollIntoViewIfNeeded();
    const middleText = (await middle.innerText()).trim();
    await expect
      .poll(() => crm.highlighted(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining([middleText]));
    await cell.scrollIntoViewIfNeeded();
    await expect
      .poll(() => crm.highlighted(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining([phoneText]));

    await crm.hover(phoneText);
    await expect.poll(async () => (await crm.card())?.number, { timeout: 60_000 }).toBe(phoneText);
    // The background answers the preview behind the scan of 10,000 rows on a shared machine.
    await expect
      .poll(async () => (await crm.card())?.from, { timeout: 60_000 })
      .toMatch(/^Call from /);
    // The viewport only: a 10,000-row page is too tall for one image.
    await snap(crm.page, 'content-scale-card', { viewport: true });
    const card = (await crm.card())!;
    await crm.page.mouse.move(card.buttonCenter!.x, card.buttonCenter!.y, { steps: 4 });
    await crm.page.mouse.click(card.buttonCenter!.x, card.buttonCenter!.y);
    await expect.poll(() => receiver.calls().length, { timeout: 30_000 }).toBe(1);
    expect(receiver.calls()[0]).toMatchObject({ to: phone });
    expect(mobile).toMatch(/^\+\d+$/);
  } finally {
    await receiver.close();
  }
});

test('before the agent has said who they are, Call is disabled and the card says where to pick yourself', async ({
  context,
  demoCrmUrl,
  openExtensionPage,
  snap,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    const options = await openExtensionPage('options.html');
    expect(
      await sendToBackground(options, 'updateSettings', {
        provider: { kind: 'webhook', url: receiver.url },
      }),
    ).toEqual({ ok: true });
    const crm = new CrmPage(await context.newPage());
    await crm.page.goto(`${demoCrmUrl}#/contacts`);
    await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
    await crm.hover('(415) 555-0187');
    await expect.poll(async () => (await crm.card())?.why).toMatch(/toolbar popup/);
    const card = (await crm.card())!;
    expect(card.from).toMatch(/Pick who you are/);
    expect(card.why).toMatch(/side panel/);
    await snap(crm.page, 'content-card-pick-yourself');
    await crm.page.mouse.move(card.buttonCenter!.x, card.buttonCenter!.y, { steps: 4 });
    await crm.page.mouse.click(card.buttonCenter!.x, card.buttonCenter!.y);
    // The background refuses too (a content script can be bypassed): no call, whoever asks.
    expect(await sendToBackground(options, 'dial', { to: '+14155550187' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Pick who you are/),
    });
    expect(receiver.calls()).toHaveLength(0);
    expect((await crm.card())?.status).toBe('');
  } finally {
    await receiver.close();
  }
});

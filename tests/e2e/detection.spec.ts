/**
 * Number detection by country in real Chromium with the built extension: a US account's list of
 * international contacts is marked and read in each row's country, the card says which country it
 * assumed and switches to the other reading in one click (the call goes to the reading shown), and
 * pages and admins can keep parts of a page from being scanned.
 */
import { startWebhookReceiver } from './background-servers';
import { sendToBackground } from './extension-api';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { expect, test } from './fixtures';
import { CrmPage } from './pages/crm';
import { signIn } from './sign-in';
import { PAGE_DIAL_RATE } from '../../lib/calls/rate-limit';

let fixtures: FixtureServer;
test.beforeAll(async () => {
  fixtures = await startFixtureServer();
});
test.afterAll(async () => {
  await fixtures.close();
});

test('a list of international contacts: every number marked, read in its row’s country, and the card switches the reading', async ({
  context,
  openExtensionPage,
  snap,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    await signIn(openExtensionPage, receiver.url);
    const crm = new CrmPage(await context.newPage());
    await crm.page.goto(`${fixtures.url}/international-list.html`);
    await crm.fitViewport();
    await expect.poll(() => crm.highlightCount(), { timeout: 15_000 }).toBe(22);

    await crm.hover('(21) 3381-4420');
    await expect
      .poll(async () => (await crm.card())?.reading)
      .toBe('Read as Brazil, from this row · Read as United States instead');
    await expect.poll(async () => (await crm.card())?.from).toMatch(/^Call from /);
    await snap(crm.page, 'content-card-reading');

    // The switch: the card now reads the digits in the account's country, and calls that number.
    const first = (await crm.card())!;
    await crm.page.mouse.move(first.switchCenter!.x, first.switchCenter!.y, { steps: 4 });
    await crm.page.mouse.click(first.switchCenter!.x, first.switchCenter!.y);
    await expect
      .poll(async () => (await crm.card())?.reading)
      .toBe("Read as United States, the account's country · Read as Brazil instead");
    const switched = (await crm.card())!;
    await crm.page.mouse.move(switched.buttonCenter!.x, switched.buttonCenter!.y, { steps: 4 });
    await crm.page.mouse.click(switched.buttonCenter!.x, switched.buttonCenter!.y);
    await expect.poll(() => receiver.calls().length).toBe(1);
    expect(receiver.calls()[0]).toMatchObject({ to: '+12133814420' });

    // Back to the row's country: the call goes to Brazil.
    const again = (await crm.card())!;
    await crm.page.mouse.click(again.switchCenter!.x, again.switchCenter!.y);
    await expect
      .poll(async () => (await crm.card())?.reading)
      .toBe('Read as Brazil, from this row · Read as United States instead');
    await expect.poll(async () => (await crm.card())?.status).toBe('');
    const back = (await crm.card())!;
    // A page may start one call every 3 s (lib/calls/rate-limit.ts): a second click sooner would
    // be refused, rightly, as a burst.
    await crm.page.waitForTimeout(PAGE_DIAL_RATE.minGapMs + 200);
    await crm.page.mouse.click(back.buttonCenter!.x, back.buttonCenter!.y);
    await expect.poll(() => receiver.calls().length).toBe(2);
    expect(receiver.calls()[1]).toMatchObject({ to: '+552133814420' });

    // A number only one country reads has no switch (Escape first: focus is on the card).
    await crm.page.keyboard.press('Escape');
    await expect.poll(async () => (await crm.card())?.visible).toBe(false);
    await crm.hover('030 12345678');
    await expect.poll(async () => (await crm.card())?.number).toBe('030 12345678');
    expect((await crm.card())!.reading).toBe('');
  } finally {
    await receiver.close();
  }
});

test('data-ringside="off" and the admin’s excluded selectors keep parts of a page unscanned', async ({
  context,
  openExtensionPage,
}) => {
  const options = await signIn(openExtensionPage);
  const crm = new CrmPage(await context.newPage());
  await crm.page.goto(`${fixtures.url}/mixed-prefixes.html`);
  await crm.fitViewport();
  await expect.poll(() => crm.highlighted(), { timeout: 15_000 }).toContain('(415) 555-0123');
  expect(await crm.highlighted()).not.toContain('(415) 555-0177');
  expect(await crm.highlighted()).toContain('0044 161 496 0000');

  // Keyed as the options page keys it: the enabled site's scheme and host (any port).
  const { protocol, hostname } = new URL(fixtures.url);
  expect(
    await sendToBackground(options, 'updateSettings', {
      excludeSelectors: { [`${protocol}//${hostname}`]: ['.thread p:first-child'] },
    }),
  ).toEqual({ ok: true });
  await crm.page.reload();
  await expect.poll(() => crm.highlighted(), { timeout: 15_000 }).toContain('(415) 555-0123');
  expect(await crm.highlighted()).not.toContain('0044 161 496 0000');
  expect(await crm.highlighted()).not.toContain('00351 21 555 0199');
});

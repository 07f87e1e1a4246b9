/**
 * Costly destinations ask first, in real Chromium with the built demo extension (issue 12,
 * point 4): the CRM card shows why a premium-rate number needs confirming, the first click only
 * turns Call into "Call anyway", and only that second click reaches the webhook. An emergency
 * number typed in the side panel is refused with "use a phone".
 */
import { ARM_DELAY_MS } from '../../lib/ui/confirm-gate';
import { startWebhookReceiver } from './background-servers';
import { readTable, sendToBackground } from './extension-api';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { expect, test } from './fixtures';
import { CrmPage } from './pages/crm';
import { signIn } from './sign-in';

const PAGE = `<!doctype html><html><head><title>Lead: Premium</title></head><body>
<h1>Lead</h1>
<p>Hotline: <span id="premium">+1 900 555 0199</span></p>
<p>Office: <span id="office">+1 415 555 0187</span></p>
</body></html>`;

let fixtures: FixtureServer;
test.beforeAll(async () => {
  fixtures = await startFixtureServer();
  fixtures.pages.set('/premium.html', PAGE);
});
test.afterAll(async () => {
  await fixtures.close();
});

test('a premium-rate number on the card needs "Call anyway" before any call reaches the webhook', async ({
  context,
  openExtensionPage,
  snap,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    const options = await signIn(openExtensionPage, receiver.url);

    const crm = new CrmPage(await context.newPage());
    await crm.page.goto(`${fixtures.url}/premium.html`);
    await expect.poll(() => crm.highlightCount()).toBe(2);

    await crm.hover('+1 900 555 0199');
    await expect
      .poll(async () => (await crm.card())?.confirm)
      .toContain('+1 900 555 0199 is a premium-rate number: calls may be charged at a high rate.');
    let card = (await crm.card())!;
    expect(card).toMatchObject({ visible: true, button: 'Call' });
    expect(card.confirm).toContain('This call needs your confirmation.');

    // First click: no call, the button asks for the explicit second step.
    await crm.page.mouse.move(card.buttonCenter!.x, card.buttonCenter!.y, { steps: 4 });
    await crm.page.mouse.click(card.buttonCenter!.x, card.buttonCenter!.y);
    await expect.poll(async () => (await crm.card())?.button).toBe('Call anyway');
    card = (await crm.card())!;
    expect(card.confirm).toContain('Click “Call anyway” to place this call.');
    await snap(crm.page, 'content-card-confirm-premium');
    expect(receiver.calls()).toEqual([]);
    expect(await readTable(options, 'calls')).toEqual([]);

    // The rule under test: a second click this soon is the same gesture (a double-click).
    await crm.page.waitForTimeout(ARM_DELAY_MS + 100);
    await crm.page.mouse.click(card.buttonCenter!.x, card.buttonCenter!.y);
    await expect.poll(() => receiver.calls().length, { timeout: 15_000 }).toBe(1);
    expect(receiver.calls()).toEqual([expect.objectContaining({ to: '+19005550199' })]);
    await expect
      .poll(() => readTable(options, 'calls'))
      .toEqual([expect.objectContaining({ to: '+19005550199', outcome: 'placed' })]);
  } finally {
    await receiver.close();
  }
});

test('a dial sent straight to the background without the confirmation is refused and logged; 911 says to use a phone', async ({
  openExtensionPage,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    const options = await signIn(openExtensionPage, receiver.url);
    expect(await sendToBackground(options, 'dial', { to: '+19005550199' })).toMatchObject({
      ok: false,
      confirm: [{ kind: 'special-rate' }],
    });
    expect(await sendToBackground(options, 'dial', { to: '911' })).toMatchObject({
      ok: false,
      error:
        '911 is an emergency number. Ringside does not place emergency calls: use a phone to call 911.',
    });
    await expect.poll(() => readTable<{ outcome: string }>(options, 'calls')).toHaveLength(2);
    expect((await readTable<{ outcome: string }>(options, 'calls')).map((c) => c.outcome)).toEqual([
      'refused',
      'refused',
    ]);
    expect(receiver.calls()).toEqual([]);
  } finally {
    await receiver.close();
  }
});

test('the side panel shows the confirmation, and calls only after "Call anyway"; the options page sets the rules', async ({
  openExtensionPage,
  snap,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    const options = await signIn(openExtensionPage, receiver.url);
    // The admin asks for a confirmation on international calls, on the options page.
    await options.reload();
    const intl = options.getByRole('checkbox', { name: /International calls need/ });
    await intl.check();
    await options.getByRole('button', { name: 'Save destination rules' }).click();
    await expect(options.locator('#destinations').getByText('Saved.')).toBeVisible();
    await expect
      .poll(
        async () => (await readTable<{ confirmInternational?: boolean }>(options, 'settings'))[0],
      )
      .toMatchObject({ confirmInternational: true });
    await options.locator('#destinations').screenshot({
      path: 'test-results/screenshots/options-destinations.png',
    });

    const panel = await openExtensionPage('sidepanel.html');
    const field = panel.getByRole('textbox', { name: 'Number to call' });
    await field.pressSequentially('+44 909 879 0000');
    const box = panel.getByTestId('call-confirm');
    await expect(box).toContainText('+44 909 879 0000 is a premium-rate number');
    await expect(box).toContainText('is an international call (United Kingdom)');
    await panel.getByRole('button', { name: 'Call', exact: true }).click();
    const anyway = panel.getByRole('button', { name: 'Call anyway' });
    await expect(anyway).toBeVisible();
    await expect(box).toContainText('Click “Call anyway” to place this call.');
    await snap(panel, 'sidepanel-confirm');
    expect(receiver.calls()).toEqual([]);
    await panel.waitForTimeout(ARM_DELAY_MS + 100);
    await anyway.click();
    await expect.poll(() => receiver.calls().length, { timeout: 15_000 }).toBe(1);
    expect(receiver.calls()).toEqual([expect.objectContaining({ to: '+449098790000' })]);
  } finally {
    await receiver.close();
  }
});

test("the card's preview and the call agree: a caller ID changed after the card showed it is refused and shown anew", async ({
  context,
  openExtensionPage,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    const options = await signIn(openExtensionPage, receiver.url);
    const crm = new CrmPage(await context.newPage());
    await crm.page.goto(`${fixtures.url}/premium.html`);
    await expect.poll(() => crm.highlightCount()).toBe(2);
    await crm.hover('+1 415 555 0187');
    await expect
      .poll(async () => (await crm.card())?.from)
      .toBe('Call from +1 415 555 0100 · San Francisco HQ');

    // In the popup, Maria picks New York while the card still shows San Francisco.
    expect(
      await sendToBackground(options, 'setChoice', {
        choice: { kind: 'number', numberId: 'us-nyc' },
      }),
    ).toEqual({ ok: true });
    const card = (await crm.card())!;
    await crm.page.mouse.move(card.buttonCenter!.x, card.buttonCenter!.y, { steps: 4 });
    await crm.page.mouse.click(card.buttonCenter!.x, card.buttonCenter!.y);
    await expect
      .poll(async () => (await crm.card())?.status)
      .toMatch(
        /^The caller ID changed since it was shown: this call would now go out from \+1 212 555 0178/,
      );
    await expect
      .poll(async () => (await crm.card())?.from)
      .toBe('Call from +1 212 555 0178 · New York');
    expect(receiver.calls()).toEqual([]);
    await expect
      .poll(() => readTable<{ outcome: string }>(options, 'calls'))
      .toEqual([expect.objectContaining({ outcome: 'refused', to: '+14155550187' })]);

    // Now the card shows New York, and a click calls from it.
    await crm.page.mouse.click(card.buttonCenter!.x, card.buttonCenter!.y);
    await expect.poll(() => receiver.calls().length, { timeout: 15_000 }).toBe(1);
    expect(receiver.calls()).toEqual([
      expect.objectContaining({ to: '+14155550187', from: '+12125550178' }),
    ]);
  } finally {
    await receiver.close();
  }
});

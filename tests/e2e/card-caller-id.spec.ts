/**
 * The CRM card's caller-ID dropdown (Customized mode): the agent changes the number from the card
 * with the keyboard, the pick is saved like the popup's, and the card and the next call use it.
 * The tel: provider's card says the phone app decides the number shown.
 */
import { mkdirSync } from 'node:fs';
import { startWebhookReceiver } from './background-servers';
import { activeSnapshot, readTable, sendToBackground } from './extension-api';
import { expect, test } from './fixtures';
import { CrmPage } from './pages/crm';
import { NEEDLE, largeAccount } from './large-account';
import { signIn } from './sign-in';

const COUNT = 2_000;

test('a pick in the card’s dropdown is saved and used by the next call', async ({
  context,
  demoCrmUrl,
  openExtensionPage,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    // Maria Chen: Customized with Default offered (the demo account), Sales numbers.
    const options = await signIn(openExtensionPage, receiver.url);

    const crm = new CrmPage(await context.newPage());
    await crm.page.goto(`${demoCrmUrl}#/contacts`);
    await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
    await crm.page.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => (await crm.card())?.from).toMatch(/^Call from /);
    const before = (await crm.card())!.from;

    // From the Call button, Tab reaches the dropdown ("Default" first, then San Francisco HQ,
    // then Los Angeles): ArrowDown opens its list on the selected option, two more move to Los
    // Angeles, Enter picks it (a trusted key press).
    await crm.page.keyboard.press('Tab');
    await crm.page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await crm.card())?.allText).toContain('9 options');
    await crm.page.keyboard.press('ArrowDown');
    await crm.page.keyboard.press('ArrowDown');
    await crm.page.keyboard.press('Enter');
    await expect
      .poll(async () => (await readTable(options, 'choices'))[0]?.choice)
      .toEqual({ kind: 'number', numberId: 'us-la' });
    await expect
      .poll(async () => (await crm.card())?.from)
      .toBe('Call from +1 213 555 0142 · Los Angeles');
    expect(before).not.toBe('Call from +1 213 555 0142 · Los Angeles');
    const box = (await crm.card())!.cardBox!;
    mkdirSync('test-results/screenshots', { recursive: true });
    await crm.page.screenshot({
      path: 'test-results/screenshots/content-card-caller-id.png',
      clip: {
        x: Math.max(0, box.x - 20),
        y: Math.max(0, box.y - 40),
        width: box.width + 40,
        height: box.height + 60,
      },
    });

    await crm.page.keyboard.press('Shift+Tab');
    await crm.page.keyboard.press('Enter');
    await expect.poll(() => receiver.calls().length).toBe(1);
    expect(receiver.calls()[0]).toMatchObject({ from: '+12135550142', fromNumberId: 'us-la' });
  } finally {
    await receiver.close();
  }
});

test('an agent with 2,000 numbers filters the card’s list, picks one, and the call uses it', async ({
  context,
  demoCrmUrl,
  extensionId,
  snap,
}) => {
  test.setTimeout(180_000);
  const receiver = await startWebhookReceiver();
  try {
    // Set-up messages from the blank page: no extension page draws the 2,000 numbers meanwhile.
    const control = await context.newPage();
    await control.goto(`chrome-extension://${extensionId}/blank.html`);
    await expect.poll(async () => (await activeSnapshot(control))?.source).toBe('demo');
    expect(
      await sendToBackground(control, 'importConfig', {
        text: JSON.stringify(largeAccount(COUNT)),
        origin: 'large-account.json',
      }),
    ).toMatchObject({ ok: true });
    expect(await sendToBackground(control, 'selectAgent', { agentId: 'maria-chen' })).toEqual({
      ok: true,
    });
    expect(
      await sendToBackground(control, 'updateSettings', {
        provider: { kind: 'webhook', url: receiver.url },
      }),
    ).toEqual({ ok: true });

    const crm = new CrmPage(await context.newPage());
    await crm.page.goto(`${demoCrmUrl}#/contacts`);
    await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
    await crm.page.keyboard.press('Alt+Shift+N');
    await expect
      .poll(async () => (await crm.card())?.from, { timeout: 30_000 })
      .toMatch(/^Call from /);
    // Closed, the dropdown names the selection (Default) and holds none of the 2,000 numbers.
    let card = (await crm.card())!;
    expect(card.allText).toContain('Default: Ringside picks per call');
    expect(card.allText).not.toContain('London 99');

    // Tab to the dropdown and type: the first letter opens it with a filter box, the rest narrow.
    await crm.page.keyboard.press('Tab');
    await crm.page.keyboard.type('alaska');
    await expect
      .poll(async () => (await crm.card())?.allText, { timeout: 30_000 })
      .toContain(`1 of ${(COUNT + 1).toLocaleString('en')}`);
    card = (await crm.card())!;
    expect(card.allText).toContain(NEEDLE.label);
    await snap(crm.page, 'content-card-caller-id-large-filtered');
    await crm.page.keyboard.press('Enter');
    await expect
      .poll(async () => (await readTable(control, 'choices'))[0]?.choice)
      .toEqual({ kind: 'number', numberId: NEEDLE.id });
    await expect
      .poll(async () => (await crm.card())?.from)
      .toBe(`Call from ${NEEDLE.display} · ${NEEDLE.label}`);

    // The list was not drawn whole at any point, and the pick is what the call uses.
    await crm.page.keyboard.press('Shift+Tab');
    await crm.page.keyboard.press('Enter');
    await expect.poll(() => receiver.calls().length, { timeout: 15_000 }).toBe(1);
    expect(receiver.calls()[0]).toMatchObject({ from: NEEDLE.number, fromNumberId: NEEDLE.id });
  } finally {
    await receiver.close();
  }
});

test('with the tel: provider the card says the phone app decides the number shown', async ({
  context,
  demoCrmUrl,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  await expect.poll(async () => (await activeSnapshot(options))?.source).toBe('demo');
  await sendToBackground(options, 'selectAgent', { agentId: 'marcus-johnson' });
  await sendToBackground(options, 'updateSettings', { provider: { kind: 'tel' } });
  const crm = new CrmPage(await context.newPage());
  await crm.page.goto(`${demoCrmUrl}#/contacts`);
  await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
  await crm.hover('(415) 555-0187');
  await expect
    .poll(async () => (await crm.card())?.from)
    .toBe('Your phone app decides the number shown');
  expect((await crm.card())!.why).toMatch(/a tel: hand-off cannot carry a caller ID/);
  expect((await crm.card())!.from).not.toMatch(/Call from|Calling from|Placed from/);
});

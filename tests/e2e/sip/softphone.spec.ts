/**
 * The extension's softphone end to end: the side panel places a WebRTC call through the JsSIP
 * user agent in the offscreen document, to the demo's customer phone, over Kamailio, and the
 * customer phone sees the caller ID the rules chose.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { launchPlainChromium, SIP_CHROMIUM_FLAGS } from '../browser';
import { readTable } from '../extension-api';
import { startFixtureServer, type FixtureServer } from '../fixture-server';
import { sipSkipReason, startSipServer, type SipServer } from '../../sip/server';
import { openCustomerPhone } from './sip-pages';
import {
  AGENTS,
  expectRegistered,
  PASSWORDS,
  startSoftphone,
  type Softphone,
} from './softphone-setup';

const reason = sipSkipReason();
if (reason) console.log(`Softphone tests skipped: ${reason}`);

test.describe('softphone', () => {
  test.skip(reason !== undefined, reason);

  let sip: SipServer;
  let web: FixtureServer;
  let calleeBrowser: Browser;
  let phone: Page;
  let softphone: Softphone | undefined;

  test.beforeEach(async () => {
    sip = await startSipServer({ users: PASSWORDS });
    web = await startFixtureServer();
    calleeBrowser = await launchPlainChromium(SIP_CHROMIUM_FLAGS);
    phone = await openCustomerPhone(calleeBrowser, web, sip);
    await expect.poll(() => phone.evaluate(() => window.customerPhone.registered)).toBe(true);
  });
  test.afterEach(async () => {
    await softphone?.close();
    softphone = undefined;
    await calleeBrowser.close();
    await sip.stop();
    await web.close();
  });

  const phoneCalls = () =>
    phone.evaluate(
      () =>
        JSON.parse(JSON.stringify(window.customerPhone.calls)) as typeof window.customerPhone.calls,
    );

  async function dial(panel: Page, number: string) {
    await panel.getByRole('textbox', { name: 'Number to call' }).fill(number);
    await expect(panel.getByTestId('call-preview')).toContainText('+1', { timeout: 15_000 });
    await panel.getByRole('button', { name: 'Call', exact: true }).click();
  }

  test('Automated: a 415 destination goes out from San Francisco, in the INVITE’s From', async () => {
    softphone = await startSoftphone(sip, AGENTS.marcus);
    const { panel } = softphone;
    await expectRegistered(panel, AGENTS.marcus.user);
    await dial(panel, '+1 415 555 1234');
    await expect.poll(async () => (await phoneCalls()).length, { timeout: 30_000 }).toBe(1);
    const [call] = await phoneCalls();
    expect(call).toMatchObject({
      fromUser: '+14155550100',
      fromDisplay: 'San Francisco HQ',
      pai: '',
    });
    const state = panel.getByRole('region', { name: 'Call state' });
    await expect(state).toContainText('Ringing');
    await phone.evaluate(() => window.customerPhone.answer());
    await expect(state).toContainText('In call', { timeout: 20_000 });
    await state.getByRole('button', { name: 'Hang up' }).click();
    await expect
      .poll(async () => (await phoneCalls())[0]?.state, { timeout: 10_000 })
      .toBe('ended');
    await expect(state).toContainText('You hung up');
    await expect
      .poll(
        async () => (await readTable<{ outcome: string; durationMs?: number }>(panel, 'calls'))[0],
      )
      .toMatchObject({ outcome: 'answered', cause: 'You hung up.' });
  });
});

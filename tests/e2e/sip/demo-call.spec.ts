/**
 * Issue 9, point 9: the demo shows a real call. As `npm start` does without Kamailio: the
 * embedded demo SIP server, the demo CRM and its customer phone. An agent clicks Call on a CRM
 * number's card; the customer phone rings with the caller ID the rules picked, answers, and
 * audio flows both ways; the customer hanging up ends the agent's call.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { launchPlainChromium, SIP_CHROMIUM_FLAGS } from '../browser';
import { startFixtureServer, type FixtureServer } from '../fixture-server';
import { CrmPage } from '../pages/crm';
import { startDemoServer, type DemoServer } from '../../../scripts/serve-demo.mjs';
import { startSipServer, type SipServer } from '../../sip/server';
import { openCustomerPhone } from './sip-pages';
import {
  AGENTS,
  expectRegistered,
  PASSWORDS,
  startSoftphone,
  type Softphone,
} from './softphone-setup';

test.describe('the demo: a CRM click rings the customer phone (embedded SIP server)', () => {
  let sip: SipServer;
  let web: FixtureServer;
  let crmServer: DemoServer;
  let calleeBrowser: Browser;
  let phone: Page;
  let softphone: Softphone | undefined;

  test.beforeEach(async () => {
    sip = await startSipServer({ users: PASSWORDS, kind: 'embedded' });
    web = await startFixtureServer();
    crmServer = await startDemoServer({ port: 0 });
    calleeBrowser = await launchPlainChromium(SIP_CHROMIUM_FLAGS);
    phone = await openCustomerPhone(calleeBrowser, web, sip);
    await expect.poll(() => phone.evaluate(() => window.customerPhone.registered)).toBe(true);
  });
  test.afterEach(async () => {
    await softphone?.close();
    softphone = undefined;
    await calleeBrowser.close();
    await crmServer.close();
    await web.close();
    await sip.stop();
  });

  const phoneCalls = () =>
    phone.evaluate(
      () =>
        JSON.parse(JSON.stringify(window.customerPhone.calls)) as typeof window.customerPhone.calls,
    );

  test('Call on the card: the customer phone gets the San Francisco number, with audio both ways', async () => {
    softphone = await startSoftphone(sip, AGENTS.marcus);
    await expectRegistered(softphone.panel, AGENTS.marcus.user);
    const crm = new CrmPage(await softphone.context.newPage());
    await crm.page.goto(`${crmServer.url}#/contacts`);
    await expect.poll(() => crm.highlightCount(), { timeout: 30_000 }).toBeGreaterThan(0);

    await crm.hover('(415) 555-0187');
    await expect
      .poll(async () => (await crm.card())?.from, { timeout: 15_000 })
      .toBe('Call from +1 415 555 0100 · San Francisco HQ');
    const card = (await crm.card())!;
    expect(await phoneCalls()).toEqual([]);
    await crm.page.mouse.click(card.buttonCenter!.x, card.buttonCenter!.y);

    await expect.poll(async () => (await phoneCalls()).length, { timeout: 30_000 }).toBe(1);
    expect((await phoneCalls())[0]).toMatchObject({
      direction: 'in',
      fromUser: '+14155550100',
      fromDisplay: 'San Francisco HQ',
      state: 'ringing',
    });
    await phone.getByRole('button', { name: 'Answer' }).click();
    const state = softphone.panel.getByRole('region', { name: 'Call state' });
    await expect(state).toContainText('In call', { timeout: 20_000 });
    await expect
      .poll(
        async () => {
          const s = await phone.evaluate(() => window.customerPhone.stats());
          return s.inboundPackets >= 50 && s.outboundPackets >= 50 && s.inboundAudioEnergy > 0;
        },
        { timeout: 20_000 },
      )
      .toBe(true);

    await phone.getByRole('button', { name: 'Hang up' }).click();
    await expect(state.getByRole('button', { name: 'Hang up' })).toHaveCount(0, {
      timeout: 15_000,
    });
    expect((await phoneCalls())[0]).toMatchObject({ state: 'ended', cause: 'Terminated' });
  });
});

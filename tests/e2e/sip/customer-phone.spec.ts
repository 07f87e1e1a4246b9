/**
 * The demo's customer phone (demo-crm/phone.html) against Kamailio, with a bare JsSIP page as
 * the agent: it rings for a number nobody registered, shows the caller ID as the INVITE carried
 * it, answers with audio both ways, counts hold re-INVITEs and keys, declines with busy, hangs
 * up, calls an agent, and says when its password is wrong.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { launchPlainChromium, SIP_CHROMIUM_FLAGS } from '../browser';
import { startFixtureServer, type FixtureServer } from '../fixture-server';
import { sipSkipReason, startSipServer, type SipServer } from '../../sip/server';
import { openBarePage, openCustomerPhone, type BarePage } from './sip-pages';

const USERS = { '1001': 'pw-1001', customer: 'demo' };

// On Kamailio (CI's server); the embedded server's relaying is proven by sip-server.spec.ts.
for (const kind of ['kamailio'] as const) {
  test.describe(`customer phone on ${kind}`, () => {
    const reason = sipSkipReason(kind);
    if (reason) console.log(`Customer phone tests on ${kind} skipped: ${reason}`);
    test.skip(reason !== undefined, reason);

    let sip: SipServer;
    let web: FixtureServer;
    let browser: Browser;

    test.beforeEach(async () => {
      sip = await startSipServer({ users: USERS, kind });
      web = await startFixtureServer();
      browser = await launchPlainChromium(SIP_CHROMIUM_FLAGS);
    });
    test.afterEach(async () => {
      await browser.close();
      await sip.stop();
      await web.close();
    });

    const phoneOf = (page: Page) =>
      page.evaluate(
        () => JSON.parse(JSON.stringify(window.customerPhone)) as typeof window.customerPhone,
      );
    const agentCalls = (agent: BarePage) => agent.page.evaluate(() => window.bare.view());

    async function registeredPair() {
      const phone = await openCustomerPhone(browser, web, sip);
      await expect(phone.getByRole('status', { name: 'Registration' })).toHaveText(
        'Registered as customer@ringside.test',
      );
      const agent = await openBarePage(browser, web, sip, '1001', USERS['1001']);
      expect(agent.result).toEqual({ ok: true });
      return { phone, agent };
    }

    async function shot(page: Page, name: string) {
      mkdirSync('test-results/screenshots', { recursive: true });
      await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
    }

    test('rings with the caller ID sent, answers with audio, sees hold and keys, ends on hang-up', async () => {
      const { phone, agent } = await registeredPair();
      await agent.page.evaluate(
        (d) =>
          window.bare.call(`sip:+14155551234@${d}`, {
            fromUserName: '+14155550100',
            fromDisplayName: 'Acme Support',
            extraHeaders: [`P-Asserted-Identity: <sip:+14155550100@${d};user=phone>`],
          }),
        sip.domain,
      );
      await expect(phone.getByRole('region', { name: 'Call', exact: true })).toContainText(
        'Incoming call',
      );
      await expect(phone.locator('#caller-name')).toHaveText('Acme Support');
      await expect(phone.locator('#caller')).toHaveText('+14155550100');
      await expect(phone.locator('#pai')).toHaveText('<sip:+14155550100@ringside.test;user=phone>');
      expect(await phoneOf(phone)).toMatchObject({
        state: 'ringing',
        calls: [{ direction: 'in', fromUser: '+14155550100', fromDisplay: 'Acme Support' }],
      });
      await shot(phone, 'customer-phone-ringing');

      await phone.getByRole('button', { name: 'Answer' }).click();
      await expect
        .poll(async () => (await phoneOf(phone)).state, { timeout: 20_000 })
        .toBe('in call');
      await expect
        .poll(
          async () => {
            const s = await phone.evaluate(() => window.customerPhone.stats());
            return s.inboundPackets >= 50 && s.outboundPackets >= 50 && s.inboundAudioEnergy > 0;
          },
          { timeout: 20_000 },
        )
        .toBe(true);
      await expect
        .poll(
          async () => {
            const s = await agent.page.evaluate(() => window.bare.stats());
            return s.inboundPackets >= 50 && s.inboundAudioEnergy > 0;
          },
          { timeout: 20_000 },
        )
        .toBe(true);

      await agent.page.evaluate(() => window.bare.dtmf('12#'));
      await expect(phone.locator('#dtmf')).toHaveText('12#', { timeout: 15_000 });
      expect(await agent.page.evaluate(() => window.bare.hold())).toBe(true);
      await expect
        .poll(async () => (await phoneOf(phone)).state, { timeout: 15_000 })
        .toBe('on hold');
      // JsSIP refuses (false) until the hold re-INVITE's transaction has completed.
      await expect
        .poll(() => agent.page.evaluate(() => window.bare.unhold()), { timeout: 15_000 })
        .toBe(true);
      await expect
        .poll(async () => (await phoneOf(phone)).state, { timeout: 15_000 })
        .toBe('in call');
      expect((await phoneOf(phone)).calls[0]!.holdReinvites).toBe(1);
      await shot(phone, 'customer-phone-in-call');

      await agent.page.evaluate(() => window.bare.hangup());
      await expect
        .poll(async () => (await phoneOf(phone)).calls[0], { timeout: 15_000 })
        .toMatchObject({
          state: 'ended',
          cause: 'Terminated',
        });
      await expect(phone.locator('#call-state')).toHaveText('Call ended: Terminated');
      await expect(phone.getByRole('button', { name: 'Hang up' })).toBeHidden();
    });

    test('Decline answers busy; the caller sees Busy', async () => {
      const { phone, agent } = await registeredPair();
      await agent.page.evaluate((d) => window.bare.call(`sip:+12125550123@${d}`), sip.domain);
      await phone.getByRole('button', { name: 'Decline' }).click();
      await expect
        .poll(async () => (await agentCalls(agent))[0], { timeout: 15_000 })
        .toMatchObject({ state: 'failed', cause: 'Busy' });
      expect((await phoneOf(phone)).calls[0]).toMatchObject({ state: 'failed', cause: 'Rejected' });
    });

    test('calls an agent, who sees "customer"; Hang up ends it on both sides', async () => {
      const { phone, agent } = await registeredPair();
      await phone.getByLabel('Call an agent').fill('1001');
      await phone.getByRole('button', { name: 'Call' }).click();
      await expect
        .poll(async () => (await agentCalls(agent))[0], { timeout: 15_000 })
        .toMatchObject({ direction: 'in', state: 'ringing', fromUser: 'customer' });
      await agent.page.evaluate(() => window.bare.answer());
      await expect
        .poll(async () => (await phoneOf(phone)).state, { timeout: 20_000 })
        .toBe('in call');
      await phone.getByRole('button', { name: 'Hang up' }).click();
      await expect
        .poll(async () => (await agentCalls(agent))[0], { timeout: 15_000 })
        .toMatchObject({ state: 'ended', cause: 'Terminated' });
    });

    test('a wrong password is shown, and the phone never registers', async () => {
      const phone = await openCustomerPhone(browser, web, sip, { password: 'wrong' });
      await expect(phone.getByRole('status', { name: 'Registration' })).toHaveText(
        'Not registered (401: Authentication Error)',
        { timeout: 15_000 },
      );
      expect((await phoneOf(phone)).registered).toBe(false);
      await expect(phone.getByRole('button', { name: 'Call' })).toBeDisabled();
    });
  });
}

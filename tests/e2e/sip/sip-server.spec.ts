/**
 * The SIP server the softphone tests rely on, proven with two bare JsSIP pages in real
 * Chromium: registration with digest auth, the caller ID as sent (From user, PAI), audio both
 * ways, the `customer` catch-all, a wrong password refused, and a killed server dropping both.
 */
import { expect, test, type Browser } from '@playwright/test';
import { launchPlainChromium, SIP_CHROMIUM_FLAGS } from '../browser';
import { startFixtureServer, type FixtureServer } from '../fixture-server';
import { sipSkipReason, startSipServer, type SipServer } from '../../sip/server';
import { openBarePage, type BarePage } from './sip-pages';

const USERS = { '1001': 'pw-1001', '1002': 'pw-1002', customer: 'demo' };

for (const kind of ['kamailio', 'embedded'] as const) {
  test.describe(`SIP server with bare JsSIP pages on ${kind}`, () => {
    const reason = sipSkipReason(kind);
    if (reason) console.log(`SIP server tests on ${kind} skipped: ${reason}`);
    test.skip(reason !== undefined, reason);

    let sip: SipServer;
    let web: FixtureServer;

    test.beforeEach(async () => {
      sip = await startSipServer({ users: USERS, kind });
      web = await startFixtureServer();
    });
    test.afterEach(async () => {
      await sip.stop();
      await web.close();
    });

    const party = (browser: Browser, user: string, password = USERS[user as keyof typeof USERS]) =>
      openBarePage(browser, web, sip, user, password);

    const calls = (p: BarePage) => p.page.evaluate(() => window.bare.view());

    test('a call carries the caller ID and audio both ways, and hang-up ends it', async () => {
      const browser = await launchPlainChromium(SIP_CHROMIUM_FLAGS);
      try {
        const agent = await party(browser, '1001');
        const callee = await party(browser, '1002');
        expect(agent.result).toEqual({ ok: true });
        expect(callee.result).toEqual({ ok: true });

        await agent.page.evaluate(
          (domain) =>
            window.bare.call(`sip:1002@${domain}`, {
              fromUserName: '+14155550100',
              fromDisplayName: 'Acme Support',
              extraHeaders: [`P-Asserted-Identity: <sip:+14155550100@${domain};user=phone>`],
            }),
          sip.domain,
        );
        await expect
          .poll(() => calls(callee), { timeout: 20_000 })
          .toMatchObject([
            {
              direction: 'in',
              state: 'ringing',
              fromUser: '+14155550100',
              fromDisplay: 'Acme Support',
              pai: '<sip:+14155550100@ringside.test;user=phone>',
            },
          ]);
        await callee.page.evaluate(() => window.bare.answer());
        await expect
          .poll(() => calls(agent), { timeout: 20_000 })
          .toMatchObject([{ state: 'in call' }]);

        // Audio flows both ways: each side receives packets with sound in them (fake devices beep).
        for (const side of [agent, callee]) {
          await expect
            .poll(
              async () => {
                const s = await side.page.evaluate(() => window.bare.stats());
                return (
                  s.inboundPackets >= 50 && s.outboundPackets >= 50 && s.inboundAudioEnergy > 0
                );
              },
              { timeout: 20_000 },
            )
            .toBe(true);
        }

        await agent.page.evaluate(() => window.bare.hangup());
        await expect
          .poll(() => calls(callee), { timeout: 10_000 })
          .toMatchObject([{ state: 'ended', cause: 'Terminated' }]);
      } finally {
        await browser.close();
      }
    });

    test('a number nobody registered reaches the catch-all "customer"; without it, 404', async () => {
      const browser = await launchPlainChromium(SIP_CHROMIUM_FLAGS);
      try {
        const agent = await party(browser, '1001');
        expect(agent.result).toEqual({ ok: true });
        // Nobody is registered as customer yet: the server answers 404 (JsSIP: "Not Found").
        await agent.page.evaluate((d) => window.bare.call(`sip:+14155551234@${d}`), sip.domain);
        await expect
          .poll(() => calls(agent), { timeout: 20_000 })
          .toMatchObject([{ state: 'failed', cause: 'Not Found' }]);

        const customer = await party(browser, 'customer');
        expect(customer.result).toEqual({ ok: true });
        await agent.page.evaluate(
          (d) => window.bare.call(`sip:+14155551234@${d}`, { fromUserName: '+14155550100' }),
          sip.domain,
        );
        await expect
          .poll(() => calls(customer), { timeout: 20_000 })
          .toMatchObject([{ direction: 'in', state: 'ringing', fromUser: '+14155550100' }]);
      } finally {
        await browser.close();
      }
    });

    test('a wrong password is refused with 401 and never registers', async () => {
      const browser = await launchPlainChromium(SIP_CHROMIUM_FLAGS);
      try {
        const wrong = await party(browser, '1001', 'not-the-password');
        expect(wrong.result).toMatchObject({ ok: false, cause: 'Authentication Error' });
        expect([401, 403]).toContain((wrong.result as { status: number }).status);
        const unknown = await party(browser, 'nobody', 'x');
        expect(unknown.result).toMatchObject({ ok: false, cause: 'Authentication Error' });
      } finally {
        await browser.close();
      }
    });

    test('kill() drops every client mid-call: transports close and new calls fail', async () => {
      const browser = await launchPlainChromium(SIP_CHROMIUM_FLAGS);
      try {
        const agent = await party(browser, '1001');
        const callee = await party(browser, '1002');
        await agent.page.evaluate((d) => window.bare.call(`sip:1002@${d}`), sip.domain);
        await expect
          .poll(() => calls(callee), { timeout: 20_000 })
          .toMatchObject([{ state: 'ringing' }]);
        await callee.page.evaluate(() => window.bare.answer());
        await expect
          .poll(() => calls(agent), { timeout: 20_000 })
          .toMatchObject([{ state: 'in call' }]);

        await sip.kill();
        for (const side of [agent, callee]) {
          await expect
            .poll(() => side.page.evaluate(() => [window.bare.transport, window.bare.registered]), {
              timeout: 15_000,
            })
            .toEqual(['disconnected', false]);
        }
        // Nothing is there to take a new call: it fails, and the callee never hears of it.
        await agent.page.evaluate((d) => window.bare.call(`sip:1002@${d}`), sip.domain);
        await expect
          .poll(async () => (await calls(agent))[1]?.state, { timeout: 15_000 })
          .toBe('failed');
        expect(await calls(callee)).toHaveLength(1);
      } finally {
        await browser.close();
      }
    });
  });
}

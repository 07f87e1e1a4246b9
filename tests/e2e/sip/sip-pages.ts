/**
 * Pages the SIP tests drive: the bare JsSIP page (`window.bare`, bare-jssip-page.ts) and the
 * demo's customer phone (`window.customerPhone`, demo-crm/phone.js), each in its own browser
 * context, registered to the test's SIP server.
 */
import type { Browser, Page } from '@playwright/test';
import type { CustomerPhone } from '../../../demo-crm/phone';
import type { FixtureServer } from '../fixture-server';
import type { SipServer } from '../../sip/server';
import { BARE_JSSIP_PAGE } from './bare-jssip-page';

export type RegisterResult = { ok: true } | { ok: false; cause: string; status: number | null };

export interface BarePage {
  page: Page;
  user: string;
  result: RegisterResult;
}

/** A bare JsSIP page registered as `user` (the result says whether registration worked). */
export async function openBarePage(
  browser: Browser,
  web: FixtureServer,
  sip: SipServer,
  user: string,
  password: string,
): Promise<BarePage> {
  web.pages.set('/bare.html', BARE_JSSIP_PAGE);
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${web.disabledUrl}/bare.html`);
  const result = await page.evaluate((opts) => window.bare.start(opts), {
    ws: sip.wsUrl,
    user,
    password,
    domain: sip.domain,
  });
  return { page, user, result };
}

/** The customer phone page, pointed at the test's server (not yet necessarily registered). */
export async function openCustomerPhone(
  browser: Browser,
  web: FixtureServer,
  sip: SipServer,
  credentials: { user?: string; password?: string } = {},
): Promise<Page> {
  const query = new URLSearchParams({
    ws: sip.wsUrl,
    domain: sip.domain,
    user: credentials.user ?? 'customer',
    password: credentials.password ?? 'demo',
  });
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${web.disabledUrl}/phone.html?${query}`);
  return page;
}

declare global {
  interface Window {
    customerPhone: CustomerPhone;
    bare: {
      start(opts: {
        ws: string;
        user: string;
        password: string;
        domain: string;
      }): Promise<{ ok: true } | { ok: false; cause: string; status: number | null }>;
      call(target: string, options?: Record<string, unknown>): number;
      answer(index?: number): void;
      hangup(index?: number): void;
      dtmf(tones: string, index?: number): void;
      hold(index?: number): boolean;
      unhold(index?: number): boolean;
      stats(
        index?: number,
      ): Promise<{ inboundPackets: number; outboundPackets: number; inboundAudioEnergy: number }>;
      view(): Array<{
        direction: string;
        state: string;
        fromUser: string;
        fromDisplay: string;
        pai: string;
        cause: string;
      }>;
      transport: string;
      registered: boolean;
    };
  }
}

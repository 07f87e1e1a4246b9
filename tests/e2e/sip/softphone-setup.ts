/**
 * The extension's softphone against the test's SIP server: a Chromium profile with the demo
 * build and the SIP flags, the sip provider pointed at the server, an agent signed in with their
 * SIP password, and the side panel open (as a tab) until it says "Registered".
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { SipProviderSettings } from '../../../lib/db/types';
import {
  extensionIdOf,
  extensionWorker,
  launchWithExtension,
  makeUserDataDir,
  SIP_CHROMIUM_FLAGS,
} from '../browser';
import { readTable, sendToBackground } from '../extension-api';
import type { SipServer } from '../../sip/server';

/** Demo agents (lib/demo/account.json) and their SIP users. */
export const AGENTS = {
  maria: { id: 'maria-chen', user: '1001' },
  marcus: { id: 'marcus-johnson', user: '1005' },
  priya: { id: 'priya-raman', user: '1004' },
} as const;

export const PASSWORDS: Record<string, string> = {
  '1001': 'pw-1001',
  '1004': 'pw-1004',
  '1005': 'pw-1005',
  customer: 'demo',
};

export interface Softphone {
  context: BrowserContext;
  extensionId: string;
  panel: Page;
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startSoftphone(
  sip: SipServer,
  agent: { id: string; user: string },
  options: { password?: string; provider?: Partial<SipProviderSettings> } = {},
): Promise<Softphone> {
  const profile = makeUserDataDir();
  const context = await launchWithExtension(profile.dir, SIP_CHROMIUM_FLAGS);
  const worker = await extensionWorker(context);
  const extensionId = extensionIdOf(worker);
  // The microphone: SIP_CHROMIUM_FLAGS' fake media UI accepts the offscreen document's
  // getUserMedia, as the microphone page's one grant does for an agent.
  const open = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  const panel = await open('sidepanel.html');
  await expect
    .poll(async () => (await readTable(panel, 'configs')).length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  expect(await sendToBackground(panel, 'selectAgent', { agentId: agent.id })).toEqual({ ok: true });
  expect(
    await sendToBackground(panel, 'updateSettings', {
      provider: {
        kind: 'sip',
        wsUrl: sip.wsUrl,
        domain: sip.domain,
        iceServers: [],
        displayName: 'label',
        assertIdentity: false,
        ...options.provider,
      },
    }),
  ).toEqual({ ok: true });
  await panel.reload();
  const status = panel.getByRole('region', { name: 'SIP status' });
  await status.getByLabel('SIP password').fill(options.password ?? PASSWORDS[agent.user]!);
  await status.getByRole('button', { name: 'Connect' }).click();
  return {
    context,
    extensionId,
    panel,
    open,
    async close() {
      await context.close();
      profile.remove();
    },
  };
}

export async function expectRegistered(panel: Page, user: string) {
  await expect(panel.getByRole('region', { name: 'SIP status' })).toContainText(
    `Registered as ${user}@ringside.test`,
    { timeout: 30_000 },
  );
}

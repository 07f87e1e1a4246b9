/**
 * The background in real Chromium with the built extension: config sync against a server this test
 * starts on 127.0.0.1, every failure kind keeping the good config, and a call reaching a webhook
 * with the resolved caller ID. State is read from Ringside's IndexedDB through an extension page.
 */
import type { Page } from '@playwright/test';
import {
  startConfigServer,
  startWebhookReceiver,
  type ConfigServerMode,
} from './background-servers';
import { activeSnapshot, readTable, sendToBackground } from './extension-api';
import { expect, test } from './fixtures';

const ACCOUNT = {
  schemaVersion: 1,
  account: { id: 'acme', name: 'Acme Inc.', defaultCountry: 'US' },
  outboundCallerId: { mode: 'automated', allowDefault: true },
  ringGroups: [{ id: 'sales', name: 'Sales' }],
  numbers: [
    { id: 'n-sf', number: '+14155550100', label: 'San Francisco', ringGroups: ['sales'] },
    { id: 'n-ny', number: '+12125550100', label: 'New York', ringGroups: ['sales'] },
  ],
  agents: [{ id: 'a1', name: 'Ana Silva', email: 'ana@acme.example', ringGroups: ['sales'] }],
};

interface SyncRow {
  failures: number;
  lastError?: { kind: string; message: string; details: string[]; origin: string };
  lastSuccessAt?: number;
  inFlightSince?: number;
}

const syncRow = async (page: Page) => (await readTable<SyncRow>(page, 'sync'))[0];

test('a fresh install runs the bundled demo account', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await expect.poll(async () => (await activeSnapshot(page))?.source).toBe('demo');
  expect((await activeSnapshot(page))?.accountId).toBe('demo');
});

test('a good config syncs; invalid JSON, a schema error, HTTP 500 and a hang each keep it and record the error', async ({
  openExtensionPage,
  snap,
}) => {
  const server = await startConfigServer(ACCOUNT);
  try {
    const page = await openExtensionPage('options.html');
    await expect.poll(async () => (await activeSnapshot(page))?.source).toBe('demo');

    expect(
      await sendToBackground(page, 'updateSettings', {
        source: 'url',
        syncUrl: server.url,
        syncToken: 'e2e-token',
        syncTimeoutMs: 2000,
      }),
    ).toEqual({ ok: true });
    expect(await sendToBackground(page, 'syncNow')).toMatchObject({ ok: true });
    const good = await activeSnapshot(page);
    expect(good).toMatchObject({
      source: 'url',
      origin: server.url,
      accountId: 'acme',
      etag: '"v1"',
    });
    expect(server.requests[0]?.headers.authorization).toBe('Bearer e2e-token');

    const failures: [ConfigServerMode, string, RegExp, RegExp[]][] = [
      ['invalid-json', 'json', /not valid JSON/, [/^JSON syntax error/]],
      ['schema-error', 'schema', /not a valid account config/, [/^schemaVersion/, /^numbers\[0\]/]],
      ['http-500', 'http', /answered HTTP 500/, [/^Response body: config store is down$/]],
      ['hang', 'timeout', /did not answer within 2 s/, [/^Timed out after 2000 ms$/]],
    ];
    for (const [mode, kind, message, details] of failures) {
      server.mode = mode;
      const result = await sendToBackground(page, 'syncNow');
      expect(result, mode).toMatchObject({ ok: false, kind });
      const error = (await syncRow(page))?.lastError;
      expect(error, mode).toMatchObject({ kind, origin: server.url });
      expect(error?.message, mode).toMatch(message);
      expect(error?.message, mode).toContain(
        'Ringside keeps using the config of "Acme Inc." it already has.',
      );
      for (const detail of details)
        expect(
          error?.details.some((d) => detail.test(d)),
          `${mode} ${detail}`,
        ).toBe(true);
      expect((await syncRow(page))?.inFlightSince, mode).toBeUndefined();
      expect(await activeSnapshot(page), mode).toEqual(
        good && { ...good, fetchedAt: expect.any(Number) },
      );
      // The options page (this very page) shows the stored error, live.
      const shown = page.getByTestId('sync-status');
      await expect(shown, mode).toContainText('Sync failed');
      await expect(shown, mode).toContainText(error!.message);
    }
    expect((await syncRow(page))?.failures).toBe(4);
    await snap(page, 'background-sync-error-options');
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByTestId('sync-status')).toContainText('Sync failed');
    await expect(popup.getByTestId('sync-status')).toContainText('did not answer within 2 s');
    await snap(popup, 'background-sync-error-popup');
    await popup.close();

    // The server recovers: the stored ETag is revalidated, and the error and backoff are cleared.
    server.mode = 'good';
    const before = server.requests.length;
    expect(await sendToBackground(page, 'syncNow')).toEqual({ ok: true, changed: false });
    expect(server.requests[before]?.headers['if-none-match']).toBe('"v1"');
    const recovered = await syncRow(page);
    expect(recovered?.lastError).toBeUndefined();
    expect(recovered?.failures).toBe(0);
    await expect(page.getByTestId('sync-status')).not.toContainText('Sync failed');
  } finally {
    await server.close();
  }
});

test('a call reaches the webhook with the resolved caller ID and is logged', async ({
  openExtensionPage,
}) => {
  const server = await startConfigServer(ACCOUNT);
  const receiver = await startWebhookReceiver();
  try {
    const page = await openExtensionPage('sidepanel.html');
    await expect.poll(async () => (await activeSnapshot(page))?.source).toBe('demo');
    await sendToBackground(page, 'updateSettings', { source: 'url', syncUrl: server.url });
    await sendToBackground(page, 'syncNow');
    expect((await activeSnapshot(page))?.accountId).toBe('acme');

    expect(await sendToBackground(page, 'dial', { to: '(212) 555-0123' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Pick who you are'),
    });
    expect(await sendToBackground(page, 'selectAgent', { agentId: 'a1' })).toEqual({ ok: true });
    expect(
      await sendToBackground(page, 'updateSettings', {
        provider: { kind: 'webhook', url: receiver.url, token: 'hook-token' },
      }),
    ).toEqual({ ok: true });
    expect(await sendToBackground(page, 'previewCallerId', { to: '(212) 555-0123' })).toMatchObject(
      {
        ok: true,
        selection: { rule: 'area-code', number: { number: '+12125550100' } },
      },
    );

    const result = await sendToBackground(page, 'dial', {
      to: '(212) 555-0123',
      pageTitle: 'Lead: Jo',
    });
    expect(result).toMatchObject({ ok: true, selection: { rule: 'area-code' } });
    expect(receiver.calls()).toEqual([
      {
        to: '+12125550123',
        from: '+12125550100',
        fromNumberId: 'n-ny',
        agentId: 'a1',
        accountId: 'acme',
        rule: 'area-code',
      },
    ]);
    expect(receiver.requests.at(-1)?.headers.authorization).toBe('Bearer hook-token');

    const calls = await readTable(page, 'calls');
    expect(calls.map((c) => c.outcome)).toEqual(['refused', 'placed']);
    expect(calls[1]).toMatchObject({
      to: '+12125550123',
      from: '+12125550100',
      rule: 'area-code',
      provider: 'webhook',
      pageTitle: 'Lead: Jo',
      detail: 'Webhook answered HTTP 202',
    });
  } finally {
    await receiver.close();
    await server.close();
  }
});

test('after a browser restart the synced config is still active and is revalidated on start-up', async ({
  openExtensionPage,
  restartBrowser,
  serviceWorker,
}) => {
  const server = await startConfigServer(ACCOUNT);
  try {
    const page = await openExtensionPage('options.html');
    await expect.poll(async () => (await activeSnapshot(page))?.source).toBe('demo');
    await sendToBackground(page, 'updateSettings', { source: 'url', syncUrl: server.url });
    await sendToBackground(page, 'syncNow');
    const alarm = await serviceWorker.evaluate(() => chrome.alarms.get('ringside-sync'));
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now());
    const fetchedBefore = server.requests.length;

    const context = await restartBrowser();
    const extensionId = new URL(serviceWorker.url()).host;
    const again = await context.newPage();
    await again.goto(`chrome-extension://${extensionId}/options.html`);
    expect(await activeSnapshot(again)).toMatchObject({ source: 'url', accountId: 'acme' });
    await expect.poll(() => server.requests.length).toBeGreaterThan(fetchedBefore);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
  } finally {
    await server.close();
  }
});

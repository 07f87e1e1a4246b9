/**
 * The background service with WXT's fake browser: the real platform glue
 * (entrypoints/background/platform.ts) and message wiring (entrypoints/background/messages.ts),
 * with fetch stubbed and messages delivered through runtime.onMessage as Chrome would.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wireEvents } from '../../../../entrypoints/background/events';
import {
  browserPlatform,
  SESSION_KEY,
  SYNC_ALARM,
} from '../../../../entrypoints/background/platform';
import type { Platform } from '../../../../lib/background/platform';
import { isPrecompiledCardMessages } from '../../../../lib/i18n/card-catalog-schema';
import {
  createBackgroundService,
  DEMO_ORIGIN,
  FRAMED_MESSAGE,
  RESUME_ALARM_MS,
  type BackgroundService,
} from '../../../../lib/background/service';
import { recentCalls } from '../../../../lib/db/calls';
import { getChoice } from '../../../../lib/db/choices';
import { getActiveSnapshot, listSnapshots } from '../../../../lib/db/configs';
import type { RingsideDb } from '../../../../lib/db/schema';
import { DEFAULT_SETTINGS, getEffectiveSettings, getSettings } from '../../../../lib/db/settings';
import { loadStatus } from '../../../../lib/db/status';
import { getSyncState, updateSyncState } from '../../../../lib/db/sync-state';
import { accountDocument, freshDb } from '../../helpers/background-fixtures';
import { sendMessage as send } from '../../helpers/send-message';
import { eventually } from '../../helpers/eventually';

const DEMO = accountDocument({ accountId: 'demo' });
const CONFIG_URL = 'https://cfg.example/acme.json';

let fetchMock: ReturnType<typeof vi.fn>;
let unregister: (() => void) | undefined;
let db: RingsideDb;

beforeEach(() => {
  db = freshDb();
  fetchMock = vi.fn(
    async () => new Response(JSON.stringify(accountDocument()), { headers: { ETag: '"v1"' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  // @webext-core/messaging talks to the `chrome` global.
  vi.stubGlobal('chrome', fakeBrowser);
});

afterEach(() => {
  unregister?.();
  unregister = undefined;
  vi.unstubAllGlobals();
});

/** A worker start later in the same browser session (not the first one since it started). */
const laterInSession = () => fakeBrowser.storage.session.set({ [SESSION_KEY]: 1 });

async function boot(platform: Platform = browserPlatform): Promise<BackgroundService> {
  const service = createBackgroundService(db, platform, DEMO);
  unregister = wireEvents(service);
  await service.ready;
  await service.syncIdle();
  return service;
}

const contentSender = (tab: { id?: number; title?: string; url?: string }, frameId = 0) => ({
  id: fakeBrowser.runtime.id,
  url: 'https://crm.example/lead/7',
  tab,
  frameId,
});

describe('start-up', () => {
  it('a fresh install runs the bundled demo account, with no alarm', async () => {
    await boot();
    expect(await getActiveSnapshot(db)).toMatchObject({
      source: 'demo',
      origin: DEMO_ORIGIN,
      accountId: 'demo',
    });
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('a second start with the same demo adds no snapshot and writes nothing', async () => {
    await boot();
    const first = await getActiveSnapshot(db);
    unregister?.();
    await boot();
    expect(await db.configs.count()).toBe(1);
    expect(await getActiveSnapshot(db)).toEqual(first);
  });

  it('a new extension version with a changed demo activates the new demo', async () => {
    await boot();
    unregister?.();
    const changed = { ...DEMO, account: { ...DEMO.account, name: 'Demo v2' } };
    const service = createBackgroundService(db, browserPlatform, changed);
    unregister = wireEvents(service);
    await service.syncIdle();
    expect((await getActiveSnapshot(db))?.config.account.name).toBe('Demo v2');
    expect(await db.configs.count()).toBe(2);
  });

  it('resumes a sync the worker was stopped in the middle of', async () => {
    await db.settings.put({ ...DEFAULT_SETTINGS, source: 'url', syncUrl: CONFIG_URL });
    await updateSyncState(db, {
      inFlightSince: Date.now() - 10_000,
      nextAttemptAt: Date.now() + 600_000,
    });
    await boot();
    expect(fetchMock).toHaveBeenCalledOnce();
    const state = await getSyncState(db);
    expect(state.inFlightSince).toBeUndefined();
    expect(await getActiveSnapshot(db)).toMatchObject({ source: 'url', accountId: 'acme' });
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(state.nextAttemptAt);
  });

  it('keeps an alarm set during a download, so a worker stopped mid-sync is woken to resume', async () => {
    await db.settings.put({ ...DEFAULT_SETTINGS, source: 'url', syncUrl: CONFIG_URL });
    let answer!: (response: Response) => void;
    fetchMock.mockImplementationOnce(() => new Promise<Response>((resolve) => (answer = resolve)));
    const service = createBackgroundService(db, browserPlatform, DEMO);
    unregister = wireEvents(service);
    await eventually(() => expect(fetchMock).toHaveBeenCalled());
    const during = await fakeBrowser.alarms.get(SYNC_ALARM);
    expect(during!.scheduledTime - Date.now()).toBeGreaterThan(RESUME_ALARM_MS - 5_000);
    expect((await getSyncState(db)).inFlightSince).toBeDefined();
    answer(new Response(JSON.stringify(accountDocument())));
    await service.syncIdle();
    const state = await getSyncState(db);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(state.nextAttemptAt);
  });

  it('waits for the alarm when the next sync is not due, and re-creates it', async () => {
    await db.settings.put({ ...DEFAULT_SETTINGS, source: 'url', syncUrl: CONFIG_URL });
    const at = Date.now() + 600_000;
    await updateSyncState(db, { nextAttemptAt: at });
    await laterInSession();
    await boot();
    expect(fetchMock).not.toHaveBeenCalled();
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(at);
  });

  it('the alarm syncs and schedules the next one; a failure backs off', async () => {
    await db.settings.put({ ...DEFAULT_SETTINGS, source: 'url', syncUrl: CONFIG_URL });
    await updateSyncState(db, { nextAttemptAt: Date.now() + 600_000 });
    await laterInSession();
    const service = await boot();
    fetchMock.mockResolvedValueOnce(new Response('', { status: 502 }));
    const before = Date.now();
    await fakeBrowser.alarms.onAlarm.trigger({
      name: SYNC_ALARM,
      scheduledTime: before,
      persistAcrossSessions: true,
    });
    await eventually(async () => expect((await getSyncState(db)).failures).toBe(1));
    await service.syncIdle();
    const state = await getSyncState(db);
    expect(state).toMatchObject({ failures: 1, lastError: { kind: 'http' } });
    expect(state.nextAttemptAt! - before).toBeGreaterThanOrEqual(30_000);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(state.nextAttemptAt);
  });

  it('the first start of a browser session fetches the config even before the alarm is due', async () => {
    await db.settings.put({ ...DEFAULT_SETTINGS, source: 'url', syncUrl: CONFIG_URL });
    await updateSyncState(db, { nextAttemptAt: Date.now() + 600_000 });
    await boot();
    expect(fetchMock).toHaveBeenCalledOnce();
    // The worker stops and wakes again in the same session: the schedule decides.
    unregister?.();
    await boot();
    expect(fetchMock).toHaveBeenCalledOnce();
    // The browser restarts: session storage is empty again.
    unregister?.();
    await fakeBrowser.storage.session.clear();
    await boot();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('answers messages without waiting for a slow policy read, and applies the policy when it arrives', async () => {
    await boot();
    unregister?.();
    let release!: (value: unknown) => void;
    const slowPolicy = new Promise((resolve) => (release = resolve));
    const service = createBackgroundService(
      db,
      { ...browserPlatform, readManagedStorage: () => slowPolicy },
      DEMO,
    );
    unregister = wireEvents(service);
    expect(await send('getPageContext', undefined)).toEqual({
      ok: true,
      defaultCountry: 'US',
      routeTelLinks: true,
      offerCalls: true,
      language: 'en',
    });
    release({ configUrl: CONFIG_URL });
    await service.syncIdle();
    expect(await getActiveSnapshot(db)).toMatchObject({ source: 'policy', accountId: 'acme' });
  });
});

describe('enterprise policy', () => {
  it('overrides the local source, syncs from the policy URL with its token, and locks', async () => {
    await fakeBrowser.storage.managed.set({
      configUrl: CONFIG_URL,
      configToken: 'corp',
      agentEmail: 'bo@acme.example',
      settingsLocked: true,
    });
    await boot();
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(CONFIG_URL);
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer corp');
    const status = await loadStatus(db);
    expect(status.active).toMatchObject({ source: 'policy', accountId: 'acme' });
    expect(status.settings.locked).toEqual(
      expect.arrayContaining(['source', 'syncUrl', 'provider', 'agentId']),
    );
    expect(status.identity).toMatchObject({ state: 'ok', locked: true, agent: { id: 'a2' } });
    expect(await send('updateSettings', { provider: { kind: 'tel' } })).toEqual({
      ok: false,
      error: "Set by your organization's policy and locked: provider",
    });
    expect(await send('selectAgent', { agentId: 'a1' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('bo@acme.example'),
    });
    expect(await send('importConfig', { text: JSON.stringify(DEMO) })).toMatchObject({ ok: false });
    expect((await getActiveSnapshot(db))?.source).toBe('policy');
  });

  it('follows a policy change and falls back to the local source when the policy goes', async () => {
    const service = await boot();
    await fakeBrowser.storage.managed.set({ configUrl: CONFIG_URL });
    await service.onPolicyChanged();
    await service.syncIdle();
    expect((await getActiveSnapshot(db))?.source).toBe('policy');
    await fakeBrowser.storage.managed.clear();
    await service.onPolicyChanged();
    expect((await getEffectiveSettings(db)).source).toBe('demo');
    expect(await getActiveSnapshot(db)).toMatchObject({ source: 'demo', accountId: 'demo' });
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();
  });

  it('a storage.managed change event reaches the service through the wiring', async () => {
    await boot();
    await fakeBrowser.storage.managed.set({ settingsLocked: true });
    await eventually(async () => expect((await loadStatus(db)).policy?.settingsLocked).toBe(true));
  });
});

describe('messages through runtime.onMessage', () => {
  it('refuses settings changes from a content script', async () => {
    await boot();
    const result = await send(
      'updateSettings',
      { source: 'url', syncUrl: CONFIG_URL },
      contentSender({ id: 1 }),
    );
    expect(result).toEqual({
      ok: false,
      error: `"updateSettings" is only accepted from Ringside's own pages, not from a web page`,
    });
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses messages from another extension', async () => {
    await boot();
    const result = await send(
      'dial',
      { to: '+14155550123' },
      { id: 'someone-else', url: 'chrome-extension://x/y.html' },
    );
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringContaining('only accepted from Ringside itself'),
    });
    expect(await recentCalls(db)).toEqual([]);
  });

  it('rejects an invalid payload with the field at fault', async () => {
    await boot();
    expect(await send('dial', { to: 42 })).toEqual({
      ok: false,
      error: 'Invalid "dial" request: to: must be a string',
    });
  });

  it('a content script dials; the log takes the page from the sender, not from the payload', async () => {
    await boot();
    expect(await send('selectAgent', { agentId: 'a1' })).toEqual({ ok: true });
    const tab = await fakeBrowser.tabs.create({ url: 'https://crm.example/lead/7' });
    const result = await send(
      'dial',
      { to: '(310) 555-0123', pageTitle: 'spoofed', pageUrl: 'https://spoofed.example/' },
      contentSender({ id: tab.id, title: 'Lead 7 | CRM' }),
    );
    expect(result).toMatchObject({ ok: true, selection: { rule: 'state' } });
    expect((await fakeBrowser.tabs.get(tab.id!)).url).toBe('tel:+13105550123');
    expect((await recentCalls(db))[0]).toMatchObject({
      pageTitle: 'Lead 7 | CRM',
      pageUrl: 'https://crm.example/lead/7',
      outcome: 'placed',
      accountId: 'demo',
    });
  });

  it("gives a content script the admin's exclusions for its own site only", async () => {
    await boot();
    expect(
      await send('updateSettings', {
        excludeSelectors: {
          'https://crm.example': ['#ledger', '.notes'],
          'https://other.example': ['#x'],
        },
      }),
    ).toEqual({ ok: true });
    // contentSender's page is https://crm.example/lead/7.
    expect(await send('getPageContext', undefined, contentSender({ id: 1 }))).toEqual({
      ok: true,
      defaultCountry: 'US',
      routeTelLinks: true,
      offerCalls: true,
      language: 'en',
      excludeSelectors: ['#ledger', '.notes'],
    });
    expect(
      await send('updateSettings', { excludeSelectors: { 'crm.example': ['#x'] } }),
    ).toMatchObject({ ok: false, error: expect.stringContaining('must be a site origin') });
  });

  it('content scripts may preview and read their detection options', async () => {
    await boot();
    await send('selectAgent', { agentId: 'a1' });
    const sender = contentSender({ id: 1 });
    expect(await send('getPageContext', undefined, sender)).toEqual({
      ok: true,
      defaultCountry: 'US',
      routeTelLinks: true,
      offerCalls: true,
      language: 'en',
    });
    expect(await send('previewCallerId', { to: '212 555 0123' }, sender)).toMatchObject({
      ok: true,
      e164: '+12125550123',
      selection: { rule: 'area-code', number: { id: 'n-ny' } },
    });
  });

  it('tells a content script the language the card speaks: the settings’, else the browser’s', async () => {
    await boot({ ...browserPlatform, uiLanguage: () => 'pt-PT' });
    const sender = contentSender({ id: 1 });
    expect(await send('getPageContext', undefined, sender)).toMatchObject({ language: 'pt-BR' });
    expect(await send('updateSettings', { language: 'es' })).toEqual({ ok: true });
    expect(await send('getPageContext', undefined, sender)).toMatchObject({ language: 'es' });
    expect(await send('updateSettings', { language: 'auto' })).toEqual({ ok: true });
    expect(await send('getPageContext', undefined, sender)).toMatchObject({ language: 'pt-BR' });
  });

  it('sends the card’s messages for the language in effect, parsed; none for English', async () => {
    await boot({ ...browserPlatform, uiLanguage: () => 'es-MX' });
    const sender = contentSender({ id: 1 });
    const es = (await send('getPageContext', undefined, sender)) as {
      language: string;
      cardCatalog?: Record<string, unknown>;
    };
    expect(es.language).toBe('es');
    expect(isPrecompiledCardMessages(es.cardCatalog)).toBe(true);
    expect(es.cardCatalog!['card.call']).toEqual([{ type: 0, value: 'Llamar' }]);
    expect(await send('updateSettings', { language: 'en' })).toEqual({ ok: true });
    const en = await send('getPageContext', undefined, sender);
    expect(en).toMatchObject({ language: 'en' });
    expect(en).not.toHaveProperty('cardCatalog');
  });

  it('gives the card its caller-ID list on request, and previews name only its version', async () => {
    await boot();
    await send('importConfig', { text: JSON.stringify(accountDocument({ mode: 'customized' })) });
    await send('selectAgent', { agentId: 'a1' });
    const sender = contentSender({ id: 1 });
    const preview = (await send('previewCallerId', { to: '212 555 0123' }, sender)) as {
      ok: boolean;
      choice?: { version: string };
    };
    expect(preview).toMatchObject({
      ok: true,
      choice: { selected: 'default', allowDefault: true, count: 3 },
    });
    if (!preview.ok || !preview.choice) throw new Error('no dropdown');
    expect(preview.choice).not.toHaveProperty('options');
    const answer = await send('getCardChoices', undefined, sender);
    expect(answer).toMatchObject({
      ok: true,
      list: {
        version: preview.choice.version,
        allowDefault: true,
        numbers: [{ id: 'n-sf' }, { id: 'n-ny' }],
      },
    });
    // Automated mode: no dropdown, and nothing to ask for.
    await send('importConfig', { text: JSON.stringify(accountDocument({ mode: 'automated' })) });
    expect(await send('getCardChoices', undefined, sender)).toMatchObject({ ok: false });
  });
});

describe('the page boundary', () => {
  it('a frame whose top frame is not an enabled site is offered no calls, and its dials are refused', async () => {
    await boot();
    await send('selectAgent', { agentId: 'a1' });
    const contains = vi
      .spyOn(fakeBrowser.permissions, 'contains')
      .mockImplementation(async ({ origins }) => !!origins?.includes('https://crm.example/*'));
    // The CRM framed by a page Ringside may not read: the browser does not even tell its URL.
    const hidden = contentSender({ id: 4 }, 3);
    // … or by a site it may read but that is not enabled.
    const other = contentSender({ id: 5, url: 'https://evil.example/' }, 2);
    // A frame inside the enabled CRM itself (tel: calls go to its tab).
    const crm = await fakeBrowser.tabs.create({ url: 'https://crm.example/lead/7' });
    const own = contentSender({ id: crm.id, url: 'https://crm.example/lead/7' }, 1);
    for (const sender of [hidden, other]) {
      expect(await send('getPageContext', undefined, sender)).toMatchObject({
        ok: true,
        offerCalls: false,
      });
      expect(await send('dial', { to: '+13105550123' }, sender)).toEqual({
        ok: false,
        error: FRAMED_MESSAGE,
      });
      // Nor can such a frame change the agent's caller ID through the card's dropdown.
      expect(await send('setChoiceFromCard', { choice: { kind: 'default' } }, sender)).toEqual({
        ok: false,
        error: FRAMED_MESSAGE,
      });
    }
    expect(await recentCalls(db)).toEqual([]);
    expect(await send('getPageContext', undefined, own)).toMatchObject({ offerCalls: true });
    expect(await send('dial', { to: '+13105550123' }, own)).toMatchObject({ ok: true });
    contains.mockRestore();
  });

  it("refuses a burst of a page's dials with a message, per tab; pages are not limited", async () => {
    let now = 1_000_000;
    await boot({ ...browserPlatform, now: () => now });
    await send('selectAgent', { agentId: 'a1' });
    const tabs = await Promise.all(
      [1, 2].map(() => fakeBrowser.tabs.create({ url: 'https://crm.example/lead/7' })),
    );
    const tab = contentSender({ id: tabs[0]!.id });
    expect(await send('dial', { to: '+13105550123' }, tab)).toMatchObject({ ok: true });
    now += 500;
    expect(await send('dial', { to: '+13105550124' }, tab)).toEqual({
      ok: false,
      error: 'A call was just started from this page: wait 3 seconds before the next one.',
    });
    // Another tab, and Ringside's own pages, are not held back by it.
    expect(
      await send('dial', { to: '+13105550125' }, contentSender({ id: tabs[1]!.id })),
    ).toMatchObject({
      ok: true,
    });
    expect(await send('dial', { to: '+13105550126' })).toMatchObject({ ok: true });
    now += 3_000;
    expect(await send('dial', { to: '+13105550124' }, tab)).toMatchObject({ ok: true });
    // The refused dial was not placed, nor logged.
    expect((await recentCalls(db)).map((c) => c.to).sort()).toEqual([
      '+13105550123',
      '+13105550124',
      '+13105550125',
      '+13105550126',
    ]);
  });
});

describe('agent identity across syncs', () => {
  it('a sync that removes the agent refuses calls until they pick again', async () => {
    const service = await boot();
    expect(await send('updateSettings', { source: 'url', syncUrl: CONFIG_URL })).toEqual({
      ok: true,
    });
    await service.syncIdle();
    expect(await send('selectAgent', { agentId: 'a1' })).toEqual({ ok: true });
    expect(await send('dial', { to: '+13105550123' })).toMatchObject({ ok: true });

    fetchMock.mockResolvedValueOnce(
      new Response(
        JSON.stringify(
          accountDocument({
            agents: [
              { id: 'a2', name: 'Bo Chen', email: 'bo@acme.example', ringGroups: ['support'] },
            ],
          }),
        ),
      ),
    );
    expect(await send('syncNow', undefined)).toEqual({ ok: true, changed: true });
    const status = await loadStatus(db);
    expect(status.identity).toMatchObject({ state: 'removed', agentId: 'a1' });
    const refused = await send('dial', { to: '+13105550123' });
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('Ana Silva (a1)') });
    expect((await recentCalls(db))[0]).toMatchObject({ outcome: 'refused', agentId: 'a1' });
    expect(await send('selectAgent', { agentId: 'a1' })).toMatchObject({
      ok: false,
      error: 'Account "Acme Inc." has no agent "a1".',
    });
    expect(await send('selectAgent', { agentId: 'a2' })).toEqual({ ok: true });
    expect(await send('dial', { to: '+13105550123' })).toMatchObject({ ok: true });
  });
});

describe('caller-ID choice', () => {
  it.each<[string, 'automated' | 'customized', unknown, unknown]>([
    [
      'automated mode has nothing to choose',
      'automated',
      { kind: 'default' },
      { ok: false, error: expect.stringContaining('automatically') },
    ],
    ['an allowed number', 'customized', { kind: 'number', numberId: 'n-ny' }, { ok: true }],
    ['Default', 'customized', { kind: 'default' }, { ok: true }],
    [
      'a number of another ring group',
      'customized',
      { kind: 'number', numberId: 'n-tf' },
      { ok: false, error: expect.stringContaining('"n-tf"') },
    ],
  ])('%s', async (_name, mode, choice, expected) => {
    await boot();
    expect(
      await send('importConfig', {
        text: JSON.stringify(accountDocument({ mode })),
        origin: 'acme.json',
      }),
    ).toMatchObject({ ok: true });
    await send('selectAgent', { agentId: 'a1' });
    expect(await send('setChoice', { choice })).toEqual(expected);
    const stored = await getChoice(db, 'acme', 'a1');
    expect(stored).toEqual((expected as { ok: boolean }).ok ? choice : null);
  });
});

describe('sources from the options page', () => {
  it('an imported document becomes the local source; a broken one changes nothing', async () => {
    await boot();
    expect(await send('importConfig', { text: '{ nope', origin: 'bad.json' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('bad.json is not valid JSON'),
      errors: [expect.stringContaining('JSON syntax error')],
    });
    expect((await getActiveSnapshot(db))?.source).toBe('demo');
    expect((await loadStatus(db)).sync.lastError).toMatchObject({
      kind: 'json',
      origin: 'bad.json',
    });
    expect(
      await send('importConfig', { text: JSON.stringify(accountDocument()), origin: 'acme.json' }),
    ).toEqual({
      ok: true,
      changed: true,
      warnings: [],
    });
    const status = await loadStatus(db);
    expect(status.settings.source).toBe('local');
    expect(status.active).toMatchObject({ source: 'local', origin: 'acme.json' });
    expect(status.sync.lastError).toBeUndefined();
  });

  it('switching to local needs a local document first; switching back restores it', async () => {
    await boot();
    expect(await send('updateSettings', { source: 'local' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('import'),
    });
    await send('importConfig', { text: JSON.stringify(accountDocument()) });
    await send('updateSettings', { source: 'demo' });
    expect((await getActiveSnapshot(db))?.accountId).toBe('demo');
    await send('updateSettings', { source: 'local' });
    expect(await getActiveSnapshot(db)).toMatchObject({ source: 'local', accountId: 'acme' });
  });

  it('restores a kept snapshot as the local source', async () => {
    await boot();
    const demo = await getActiveSnapshot(db);
    await send('importConfig', { text: JSON.stringify(accountDocument()) });
    expect(await send('restoreSnapshot', { snapshotId: demo!.id })).toMatchObject({
      ok: true,
      changed: true,
    });
    expect(await getActiveSnapshot(db)).toMatchObject({
      source: 'local',
      accountId: 'demo',
      origin: `${DEMO_ORIGIN} (restored)`,
    });
    expect(await send('restoreSnapshot', { snapshotId: 999 })).toMatchObject({
      ok: false,
      error: 'There is no kept config #999.',
    });
    expect((await listSnapshots(db)).length).toBe(3);
  });

  it('a URL saved while a download runs is fetched after it, not skipped', async () => {
    const service = await boot();
    let answer!: (response: Response) => void;
    fetchMock.mockImplementationOnce(() => new Promise<Response>((resolve) => (answer = resolve)));
    await send('updateSettings', { source: 'url', syncUrl: CONFIG_URL });
    await eventually(() => expect(fetchMock).toHaveBeenCalledOnce());
    await send('updateSettings', { syncUrl: 'https://other.example/acme.json' });
    answer(new Response(JSON.stringify(accountDocument())));
    await eventually(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    await service.syncIdle();
    expect(fetchMock.mock.calls[1]?.[0]).toBe('https://other.example/acme.json');
    expect((await getActiveSnapshot(db))?.origin).toBe('https://other.example/acme.json');
  });

  it('two sync requests at once share one download', async () => {
    const service = await boot();
    await send('updateSettings', { source: 'url', syncUrl: CONFIG_URL });
    await Promise.all([send('syncNow', undefined), send('syncNow', undefined)]);
    await service.syncIdle();
    expect(fetchMock).toHaveBeenCalledOnce();
  });
});

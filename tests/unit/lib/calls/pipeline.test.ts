import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CountryCode } from 'libphonenumber-js';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import { placeCall, previewCall, type PipelineDeps } from '../../../../lib/calls/pipeline';
import { telUrl } from '../../../../lib/calls/providers/index';
import { applyConfigDocument } from '../../../../lib/db/apply-config';
import { recentCalls } from '../../../../lib/db/calls';
import { saveChoice } from '../../../../lib/db/choices';
import type { RingsideDb } from '../../../../lib/db/schema';
import { saveAgent, savePolicy, updateSettings } from '../../../../lib/db/settings';
import { accountDocument, freshDb } from '../../helpers/background-fixtures';
import { startServer, type TestServer } from '../../helpers/http-server';

const NOW = 1_700_000_000_000;
const CA_DESTINATION = '(310) 555-0123'; // Los Angeles: the automated selector picks San Francisco (same state)

async function setup(options: { doc?: object; agent?: string | null; provider?: object } = {}) {
  const db = freshDb();
  await applyConfigDocument(db, options.doc ?? accountDocument(), {
    source: 'local',
    origin: 't',
    at: 1,
  });
  if (options.agent !== null) await saveAgent(db, { id: options.agent ?? 'a1', name: 'Ana Silva' });
  if (options.provider)
    expect(await updateSettings(db, { provider: options.provider })).toMatchObject({ ok: true });
  const openTelUrl = vi.fn(async (_url: string, _tabId?: number) => {});
  const fetchMock = vi.fn(
    async (_url: RequestInfo | URL, _init?: RequestInit) => new Response('ok', { status: 202 }),
  );
  const deps: PipelineDeps = {
    db,
    now: () => NOW,
    openTelUrl,
    fetch: fetchMock as unknown as typeof fetch,
  };
  return { db, deps, openTelUrl, fetchMock };
}

const lastCall = async (db: RingsideDb) => (await recentCalls(db, 1))[0];

describe('the region a page gives with a number', () => {
  it('dials the number read in that region', async () => {
    const { deps, openTelUrl } = await setup();
    const result = await placeCall(deps, { to: '+552133814420', region: 'BR' });
    expect(result).toMatchObject({ ok: true });
    expect(openTelUrl).toHaveBeenCalledWith('tel:+552133814420', undefined);
    // A national text is read in the page's region, not the account's country.
    await placeCall(deps, { to: '(21) 3381-4420', region: 'BR' });
    expect(openTelUrl).toHaveBeenLastCalledWith('tel:+552133814420', undefined);
  });

  it.each([
    [{ to: '+12133814420', region: 'BR' }, 'is not a valid number of BR (+55): not called'],
    [{ to: '+552133814420', region: 'XX' }, '"XX" is not a country Ringside knows'],
    [{ to: '0000', region: 'BR' }, 'is not a valid number of BR'],
  ] as const)('refuses %j, says why, and logs the refusal', async (request, error) => {
    const { db, deps, openTelUrl } = await setup();
    const result = await placeCall(deps, request as { to: string; region: CountryCode });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining(error) });
    expect(openTelUrl).not.toHaveBeenCalled();
    expect(await lastCall(db)).toMatchObject({ outcome: 'refused', to: request.to });
  });

  it('checks the region in the preview too', async () => {
    const { db } = await setup();
    expect(await previewCall(db, '+12133814420', Date.now(), { region: 'BR' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a valid number of BR'),
    });
    expect(await previewCall(db, '+552133814420', Date.now(), { region: 'BR' })).toMatchObject({
      ok: true,
      e164: '+552133814420',
    });
  });
});

describe('dial through the tel: provider', () => {
  it('hands the E.164 number to the tab and logs everything', async () => {
    const { db, deps, openTelUrl } = await setup();
    const result = await placeCall(deps, {
      to: CA_DESTINATION,
      pageTitle: 'Lead: Jo',
      pageUrl: 'https://crm.example/lead/7',
      tabId: 42,
    });
    expect(result).toMatchObject({
      ok: true,
      selection: { rule: 'state', number: { id: 'n-sf' } },
    });
    expect(openTelUrl).toHaveBeenCalledWith('tel:+13105550123', 42);
    expect(await lastCall(db)).toEqual({
      id: result.ok ? result.callId : -1,
      at: NOW,
      accountId: 'acme',
      agentId: 'a1',
      to: '+13105550123',
      from: '+14155550100',
      fromNumberId: 'n-sf',
      rule: 'state',
      reason: expect.stringContaining('California'),
      pageTitle: 'Lead: Jo',
      pageUrl: 'https://crm.example/lead/7',
      provider: 'tel',
      outcome: 'placed',
      detail: expect.stringContaining('Handed +13105550123 to the system phone app'),
    });
  });

  it.each([
    [{ to: '+14155550123', ext: '12' }, 'tel:+14155550123;ext=12'],
    [{ to: '415-555-0123 ext. 7' }, 'tel:+14155550123;ext=7'],
    [{ to: '+44 20 7946 0958' }, 'tel:+442079460958'],
  ])('builds the RFC 3966 URL for %j', async (request, url) => {
    const { deps, openTelUrl } = await setup();
    await placeCall(deps, request);
    expect(openTelUrl).toHaveBeenCalledWith(url, undefined);
  });

  it('logs a failed hand-off', async () => {
    const { db, deps, openTelUrl } = await setup();
    openTelUrl.mockRejectedValueOnce(new Error('No tab with id: 9'));
    const result = await placeCall(deps, { to: CA_DESTINATION, tabId: 9 });
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringContaining('No tab with id: 9'),
    });
    expect(await lastCall(db)).toMatchObject({
      outcome: 'failed',
      from: '+14155550100',
      error: expect.any(String),
    });
  });

  it('uses the stored choice in Customized mode', async () => {
    const { db, deps } = await setup({ doc: accountDocument({ mode: 'customized' }) });
    await saveChoice(db, 'acme', 'a1', { kind: 'number', numberId: 'n-ny' });
    expect(await placeCall(deps, { to: CA_DESTINATION })).toMatchObject({
      ok: true,
      selection: { rule: 'agent-choice', number: { id: 'n-ny' } },
    });
    expect(await lastCall(db)).toMatchObject({
      from: '+12125550100',
      fromNumberId: 'n-ny',
      rule: 'agent-choice',
    });
  });

  it('telUrl leaves out an empty extension', () => {
    expect(telUrl({ to: '+14155550123', ext: '' })).toBe('tel:+14155550123');
  });
});

describe('dial through the webhook provider', () => {
  let server: TestServer | undefined;
  afterEach(async () => server?.close());

  it('POSTs the call with the resolved caller ID and the bearer token', async () => {
    const { db, deps, fetchMock } = await setup({
      provider: { kind: 'webhook', url: 'https://hooks.example/call', token: 'hook-token' },
    });
    await placeCall(deps, { to: CA_DESTINATION });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('https://hooks.example/call');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer hook-token');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({
      to: '+13105550123',
      from: '+14155550100',
      fromNumberId: 'n-sf',
      agentId: 'a1',
      accountId: 'acme',
      rule: 'state',
    });
    expect(await lastCall(db)).toMatchObject({
      provider: 'webhook',
      outcome: 'placed',
      detail: 'Webhook answered HTTP 202',
    });
  });

  it.each<[string, () => Promise<Response>, RegExp]>([
    [
      'HTTP 500',
      async () => new Response('dialer down', { status: 500, statusText: 'Internal Server Error' }),
      /answered HTTP 500 Internal Server Error: dialer down/,
    ],
    ['HTTP 401', async () => new Response('', { status: 401 }), /answered HTTP 401$/],
    [
      'a network error',
      async () => Promise.reject(new TypeError('Failed to fetch')),
      /Could not reach the call webhook at https:\/\/hooks\.example\/call: Failed to fetch/,
    ],
  ])('records %s as a failed call with the reason', async (_name, reply, error) => {
    const { db, deps, fetchMock } = await setup({
      provider: { kind: 'webhook', url: 'https://hooks.example/call' },
    });
    fetchMock.mockImplementationOnce(reply);
    const result = await placeCall(deps, { to: CA_DESTINATION });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    expect(await lastCall(db)).toMatchObject({
      outcome: 'failed',
      from: '+14155550100',
      error: expect.stringMatching(error),
    });
  });

  it('reaches a real receiver on 127.0.0.1 and times out one that hangs', async () => {
    let hang = false;
    server = await startServer((_req, res) => {
      if (!hang) res.writeHead(204).end();
    });
    // The answered call gets the longest timeout allowed: on a loaded machine a real round trip
    // can take longer than 0.5 s, and that call must not be the one that times out.
    const { db, deps } = await setup({
      provider: { kind: 'webhook', url: `${server.url}/calls`, timeoutMs: 60_000 },
    });
    const realFetch = (i: RequestInfo | URL, init?: RequestInit) => fetch(i, init);
    const live = { ...deps, fetch: realFetch };
    expect(await placeCall(live, { to: '+12125550123' })).toMatchObject({ ok: true });
    expect(server.requests[0]).toMatchObject({ method: 'POST', url: '/calls' });
    expect(JSON.parse(server.requests[0]!.body)).toMatchObject({
      to: '+12125550123',
      from: '+12125550100',
      rule: 'area-code',
    });
    hang = true;
    expect(
      await updateSettings(db, {
        provider: { kind: 'webhook', url: `${server.url}/calls`, timeoutMs: 500 },
      }),
    ).toMatchObject({ ok: true });
    expect(await placeCall(live, { to: '+12125550123' })).toMatchObject({
      ok: false,
      error: 'The call webhook did not answer within 0.5 s',
    });
    expect(await lastCall(db)).toMatchObject({ outcome: 'failed' });
  });
});

describe('refused calls are logged and explained', () => {
  it.each<[string, Parameters<typeof setup>[0], string, RegExp]>([
    ['an invalid destination', {}, '555', /“555” is not a valid phone number/],
    ['text that is no number', {}, 'call me', /“call me” is not a valid phone number/],
    ['no agent picked yet', { agent: null }, CA_DESTINATION, /Pick who you are/],
    ['an agent a sync removed', { agent: 'a9' }, CA_DESTINATION, /no longer lists that agent/],
    [
      'an account without numbers',
      {
        doc: accountDocument({
          numbers: [],
          agents: [{ id: 'a1', name: 'A', email: 'a@acme.example', ringGroups: [] }],
        }),
      },
      CA_DESTINATION,
      /No caller ID can be used for this call/,
    ],
  ])('%s', async (_name, options, to, error) => {
    const { db, deps, openTelUrl } = await setup(options);
    const result = await placeCall(deps, { to, pageTitle: 'Lead' });
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(error),
      callId: expect.any(Number),
    });
    expect(openTelUrl).not.toHaveBeenCalled();
    expect(await lastCall(db)).toMatchObject({
      outcome: 'refused',
      to,
      from: null,
      pageTitle: 'Lead',
      error: expect.stringMatching(error),
    });
  });

  it.each<[string, Parameters<typeof setup>[0], boolean]>([
    ['no agent picked yet', { agent: null }, true],
    ['an agent a sync removed', { agent: 'a9' }, true],
    ['a picked agent', {}, false],
  ])(
    'the preview says when the agent must pick themselves (the card disables Call): %s',
    async (_name, options, needsAgent) => {
      const { deps, openTelUrl } = await setup(options);
      const preview = await previewCall(deps.db, CA_DESTINATION);
      if (needsAgent) expect(preview).toMatchObject({ ok: false, needsAgent: true });
      else expect(preview).not.toHaveProperty('needsAgent');
      // And the dial is refused all the same, whatever the content script does.
      if (needsAgent)
        expect(await placeCall(deps, { to: CA_DESTINATION })).toMatchObject({ ok: false });
      expect(openTelUrl).not.toHaveBeenCalled();
    },
  );

  it('an account without numbers: the config warns that calls are refused, and they are', async () => {
    const doc = accountDocument({
      numbers: [],
      agents: [{ id: 'a1', name: 'A', email: 'a@acme.example', ringGroups: [] }],
    });
    // The warning an admin reads must say what the pipeline does: refuse, not call without an ID.
    const parsed = parseAccountConfig(doc);
    expect(parsed.ok && parsed.warnings).toContain(
      'numbers: the account has no numbers; calls will be refused until numbers are added',
    );
    const { deps } = await setup({ doc });
    expect(await placeCall(deps, { to: CA_DESTINATION })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/No caller ID can be used for this call/),
    });
  });

  it('without any config', async () => {
    const db = freshDb();
    const deps: PipelineDeps = {
      db,
      now: () => NOW,
      openTelUrl: vi.fn(),
      fetch: vi.fn() as unknown as typeof fetch,
    };
    expect(await placeCall(deps, { to: CA_DESTINATION })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/No account config is active/),
    });
    expect(await lastCall(db)).toMatchObject({ outcome: 'refused', accountId: '', agentId: '' });
  });

  it('when policy names an email no agent has', async () => {
    const { db, deps } = await setup();
    await savePolicy(db, {
      id: 'policy',
      agentEmail: 'zed@acme.example',
      settingsLocked: false,
      readAt: 1,
      problems: [],
    });
    expect(await placeCall(deps, { to: CA_DESTINATION })).toMatchObject({
      ok: false,
      error: expect.stringContaining('zed@acme.example'),
    });
  });
});

describe('previewCall', () => {
  it('says which number and why, without logging', async () => {
    const { db } = await setup();
    expect(await previewCall(db, CA_DESTINATION)).toMatchObject({
      ok: true,
      e164: '+13105550123',
      selection: {
        rule: 'state',
        number: { id: 'n-sf' },
        reason: expect.stringContaining('California'),
      },
    });
    expect(await recentCalls(db)).toEqual([]);
  });

  it.each([
    // [destination as found, its display, the caller ID's display]: the same international
    // format as the extension pages (lib/phone/format.ts), for the content script's card.
    [CA_DESTINATION, '+1 310 555 0123', '+1 415 555 0100'],
    ['212.555.0199', '+1 212 555 0199', '+1 212 555 0100'],
    ['+44 20 7946 0123', '+44 20 7946 0123', '+1 415 555 0100'],
    ['+33 1 23 45 67 89', '+33 1 23 45 67 89', '+1 415 555 0100'],
  ])('writes %s and its caller ID as the pages do', async (to, toDisplay, fromDisplay) => {
    const { db, deps } = await setup();
    expect(await previewCall(db, to)).toMatchObject({ ok: true, toDisplay, fromDisplay });
    expect(await placeCall(deps, { to })).toMatchObject({ ok: true, toDisplay, fromDisplay });
  });

  it('explains why it cannot', async () => {
    const { db } = await setup({ agent: null });
    expect(await previewCall(db, CA_DESTINATION)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Pick who you are/),
    });
  });
});

describe('calling hours (presence options)', () => {
  const NIGHT_IN_HONOLULU = Date.parse('2026-11-28T13:12:00Z');
  const doc = () => {
    const d = accountDocument() as ReturnType<typeof accountDocument> & {
      outboundCallerId: Record<string, unknown>;
    };
    d.outboundCallerId = { ...d.outboundCallerId, callingHours: { start: '08:00', end: '21:00' } };
    return d;
  };

  it('previews the local time and the confirmation, and refuses the call until it is confirmed', async () => {
    const { db, deps, openTelUrl } = await setup({ doc: doc() });
    deps.now = () => NIGHT_IN_HONOLULU;
    const preview = await previewCall(db, '+1 808 555 0123', NIGHT_IN_HONOLULU);
    expect(preview).toMatchObject({
      ok: true,
      localTime: '3:12 AM in Honolulu',
      confirm: [
        {
          kind: 'calling-hours',
          message: 'It is 3:12 AM in Honolulu, outside calling hours (08:00–21:00 local time).',
        },
      ],
    });
    const refused = await placeCall(deps, { to: '+1 808 555 0123' });
    expect(refused).toMatchObject({ ok: false, confirm: [{ kind: 'calling-hours' }] });
    expect(openTelUrl).not.toHaveBeenCalled();
    expect(await lastCall(db)).toMatchObject({
      outcome: 'refused',
      fromNumberId: null,
      error:
        'Not called: It is 3:12 AM in Honolulu, outside calling hours (08:00–21:00 local time). Confirm to call.',
    });
    const placed = await placeCall(deps, { to: '+1 808 555 0123', confirmed: ['calling-hours'] });
    expect(placed).toMatchObject({ ok: true });
    expect(openTelUrl).toHaveBeenCalledWith('tel:+18085550123', undefined);
  });

  it('needs nothing inside the window or without the option', async () => {
    const { db } = await setup({ doc: doc() });
    const day = await previewCall(db, '+1 212 555 0123', NIGHT_IN_HONOLULU);
    expect(day).toMatchObject({ ok: true, localTime: '8:12 AM in New York' });
    expect(day.ok && day.confirm).toBeUndefined();
    const plain = await setup();
    const off = await previewCall(plain.db, '+1 808 555 0123', NIGHT_IN_HONOLULU);
    expect(off.ok && off.confirm).toBeUndefined();
    expect(off).toMatchObject({ localTime: '3:12 AM in Honolulu' });
  });

  it('passes the call log to selection for contact history', async () => {
    const d = accountDocument() as ReturnType<typeof accountDocument> & {
      outboundCallerId: Record<string, unknown>;
    };
    d.outboundCallerId = { ...d.outboundCallerId, contactHistoryDays: 30 };
    const agents = [{ id: 'a1', name: 'Ana Silva', email: '', ringGroups: ['sales', 'support'] }];
    const { db, deps } = await setup({ doc: { ...d, agents } });
    // First call to a Los Angeles number: New York is not the state's; SF (state) is picked.
    // Log a call from New York to it and the next call keeps New York.
    await db.calls.add({
      at: NOW - 86_400_000,
      accountId: 'acme',
      agentId: 'a1',
      to: '+13105550123',
      from: '+12125550100',
      fromNumberId: 'n-ny',
      rule: 'agent-choice',
      reason: '',
      provider: 'tel',
      outcome: 'placed',
    });
    const result = await placeCall(deps, { to: CA_DESTINATION });
    expect(result).toMatchObject({
      ok: true,
      selection: { rule: 'contact-history', number: { id: 'n-ny' } },
    });
  });
});

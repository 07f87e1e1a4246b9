import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyConfigDocument } from '../../../../lib/db/apply-config';
import { getActiveSnapshot } from '../../../../lib/db/configs';
import type { RingsideDb } from '../../../../lib/db/schema';
import {
  DEFAULT_SETTINGS,
  applyPolicy,
  savePolicy,
  updateSettings,
} from '../../../../lib/db/settings';
import { getSyncState, updateSyncState } from '../../../../lib/db/sync-state';
import type { SyncErrorKind } from '../../../../lib/db/types';
import { BACKOFF_MAX_MS, backoffDelayMs } from '../../../../lib/sync/backoff';
import { runSync, syncDueOnWake } from '../../../../lib/sync/run';
import { accountDocument, freshDb } from '../../helpers/background-fixtures';
import { startServer, type TestServer } from '../../helpers/http-server';

const URL_A = 'https://cfg.example/acme.json';
const NOW = 1_700_000_000_000;
const GOOD = JSON.stringify(accountDocument());

type Reply = Response | Error | 'hang';
/** A fetch stub answering from a list, recording the requests it got. */
function fetchStub(...replies: Reply[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = vi.fn(async (url: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(url), init });
    const reply = replies.shift() ?? new Error('no more replies');
    if (reply === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      });
    }
    if (reply instanceof Error) throw reply;
    return reply;
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

const headersOf = (init: RequestInit) => new Headers(init.headers);

async function urlDb(settings: Record<string, unknown> = {}): Promise<RingsideDb> {
  const db = freshDb();
  const saved = await updateSettings(db, { source: 'url', syncUrl: URL_A, ...settings });
  expect(saved.ok).toBe(true);
  return db;
}

describe('runSync: success', () => {
  it('fetches with the bearer token, activates the document and stores its ETag', async () => {
    const db = await urlDb({ syncToken: 's3cret' });
    const stub = fetchStub(new Response(GOOD, { status: 200, headers: { ETag: '"v1"' } }));
    expect(await runSync({ db, fetch: stub.fetch, now: () => NOW })).toEqual({
      ok: true,
      changed: true,
    });
    expect(stub.calls[0]?.url).toBe(URL_A);
    expect(headersOf(stub.calls[0]!.init).get('Authorization')).toBe('Bearer s3cret');
    expect(headersOf(stub.calls[0]!.init).get('If-None-Match')).toBeNull();
    expect(await getActiveSnapshot(db)).toMatchObject({
      source: 'url',
      origin: URL_A,
      etag: '"v1"',
      fetchedAt: NOW,
    });
    const state = await getSyncState(db);
    expect(state).toMatchObject({ failures: 0, lastAttemptAt: NOW, lastSuccessAt: NOW });
    expect(state.nextAttemptAt).toBe(NOW + DEFAULT_SETTINGS.syncIntervalMinutes * 60_000);
    expect(state.inFlightSince).toBeUndefined();
  });

  it('revalidates with If-None-Match; a 304 keeps the config and counts as success', async () => {
    const db = await urlDb();
    const stub = fetchStub(
      new Response(GOOD, { headers: { ETag: '"v1"' } }),
      new Response(null, { status: 304 }),
    );
    await runSync({ db, fetch: stub.fetch, now: () => NOW });
    const first = await getActiveSnapshot(db);
    await updateSyncState(db, { failures: 3 });
    expect(await runSync({ db, fetch: stub.fetch, now: () => NOW + 5 })).toEqual({
      ok: true,
      changed: false,
    });
    expect(headersOf(stub.calls[1]!.init).get('If-None-Match')).toBe('"v1"');
    expect(await getActiveSnapshot(db)).toEqual({ ...first, fetchedAt: NOW + 5 });
    expect(await getSyncState(db)).toMatchObject({ failures: 0, lastSuccessAt: NOW + 5 });
  });

  it('sends no ETag that belongs to another URL', async () => {
    const db = await urlDb();
    const stub = fetchStub(new Response(GOOD, { headers: { ETag: '"v1"' } }), new Response(GOOD));
    await runSync({ db, fetch: stub.fetch, now: () => NOW });
    await updateSettings(db, { syncUrl: 'https://other.example/acme.json' });
    await runSync({ db, fetch: stub.fetch, now: () => NOW + 1 });
    expect(headersOf(stub.calls[1]!.init).get('If-None-Match')).toBeNull();
  });

  it('does nothing for the demo and local sources', async () => {
    const db = freshDb();
    const stub = fetchStub();
    const result = await runSync({ db, fetch: stub.fetch, now: () => NOW });
    expect(result).toMatchObject({
      ok: true,
      changed: false,
      skipped: expect.stringContaining('demo'),
    });
    expect(stub.calls).toEqual([]);
  });

  it('follows the policy URL and token over the local ones', async () => {
    const db = await urlDb({ syncToken: 'local' });
    await savePolicy(db, {
      id: 'policy',
      configUrl: 'https://policy.example/acme.json',
      configToken: 'corp',
      settingsLocked: false,
      readAt: 1,
      problems: [],
    });
    const stub = fetchStub(new Response(GOOD));
    await runSync({ db, fetch: stub.fetch, now: () => NOW });
    expect(stub.calls[0]?.url).toBe('https://policy.example/acme.json');
    expect(headersOf(stub.calls[0]!.init).get('Authorization')).toBe('Bearer corp');
    expect(await getActiveSnapshot(db)).toMatchObject({
      source: 'policy',
      origin: 'https://policy.example/acme.json',
    });
  });
});

describe('runSync: every failure keeps the last good config', () => {
  const cases: [string, Reply, SyncErrorKind, RegExp, RegExp][] = [
    [
      'a refused connection',
      new TypeError('Failed to fetch'),
      'network',
      /^Could not reach/,
      /Failed to fetch/,
    ],
    ['a hang', 'hang', 'timeout', /did not answer within 1 s/, /Timed out after 1000 ms/],
    [
      'HTTP 500',
      new Response('boom', { status: 500, statusText: 'Internal Server Error' }),
      'http',
      /answered HTTP 500 Internal Server Error/,
      /^Response body: boom$/,
    ],
    [
      'HTTP 401',
      new Response('', { status: 401, statusText: 'Unauthorized' }),
      'http',
      /HTTP 401/,
      /^HTTP 401 Unauthorized$/,
    ],
    [
      'invalid JSON',
      new Response('{"schemaVersion":'),
      'json',
      /is not valid JSON/,
      /^JSON syntax error/,
    ],
    [
      'a schema error',
      new Response(JSON.stringify({ ...accountDocument(), agents: [{ id: 'a1' }] })),
      'schema',
      /not a valid account config/,
      /^agents\[0\]\.name/,
    ],
  ];

  it.each(cases)('%s', async (_name, reply, kind, message, detail) => {
    const db = await urlDb({ syncTimeoutMs: 1000 });
    await applyConfigDocument(db, GOOD, { source: 'url', origin: URL_A, etag: '"v1"', at: 1 });
    const good = await getActiveSnapshot(db);
    const result = await runSync({ db, fetch: fetchStub(reply).fetch, now: () => NOW });
    expect(result).toMatchObject({ ok: false, kind });
    expect(await getActiveSnapshot(db)).toEqual(good);
    const state = await getSyncState(db);
    expect(state.lastError).toMatchObject({ kind, at: NOW, source: 'url', origin: URL_A });
    expect(state.lastError?.message).toMatch(message);
    expect(state.lastError?.message).toContain(
      'keeps using the config of "Acme Inc." it already has.',
    );
    expect(state.lastError?.details.some((d) => detail.test(d))).toBe(true);
    expect(state).toMatchObject({ failures: 1, lastAttemptAt: NOW, nextAttemptAt: NOW + 30_000 });
    expect(state.inFlightSince).toBeUndefined();
    expect(state.lastSuccessAt).toBe(1);
  });

  it('a missing URL is a settings error, without backoff or schedule', async () => {
    const db = freshDb();
    await db.settings.put({ ...DEFAULT_SETTINGS, source: 'url' });
    const result = await runSync({ db, fetch: fetchStub().fetch, now: () => NOW });
    expect(result).toMatchObject({
      ok: false,
      kind: 'config',
      error: expect.stringContaining('No sync URL is set'),
    });
    expect(await getSyncState(db)).toMatchObject({ failures: 0 });
    expect((await getSyncState(db)).nextAttemptAt).toBeUndefined();
  });

  it('a later success clears the error and the backoff', async () => {
    const db = await urlDb();
    const stub = fetchStub(
      new Response('', { status: 503 }),
      new Response('', { status: 503 }),
      new Response(GOOD),
    );
    await runSync({ db, fetch: stub.fetch, now: () => NOW });
    await runSync({ db, fetch: stub.fetch, now: () => NOW + 1 });
    expect(await getSyncState(db)).toMatchObject({ failures: 2, nextAttemptAt: NOW + 1 + 60_000 });
    await runSync({ db, fetch: stub.fetch, now: () => NOW + 2 });
    const state = await getSyncState(db);
    expect(state).toMatchObject({ failures: 0, lastSuccessAt: NOW + 2 });
    expect(state.lastError).toBeUndefined();
  });
});

describe('runSync against a real server on 127.0.0.1', () => {
  let server: TestServer | undefined;
  afterEach(async () => server?.close());

  it('honours ETag and times out a server that never answers', async () => {
    let mode: 'serve' | 'hang' = 'serve';
    server = await startServer((req, res) => {
      if (mode === 'hang') return; // never answers
      if (req.headers['if-none-match'] === '"abc"') return void res.writeHead(304).end();
      res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"abc"' }).end(GOOD);
    });
    const db = await urlDb({ syncUrl: `${server.url}/acme.json`, syncTimeoutMs: 1000 });
    const deps = {
      db,
      fetch: (i: RequestInfo | URL, init?: RequestInit) => fetch(i, init),
      now: () => Date.now(),
    };
    expect(await runSync(deps)).toEqual({ ok: true, changed: true });
    expect(await runSync(deps)).toEqual({ ok: true, changed: false });
    expect(server.requests.map((r) => r.headers['if-none-match'])).toEqual([undefined, '"abc"']);
    mode = 'hang';
    expect(await runSync(deps)).toMatchObject({ ok: false, kind: 'timeout' });
    expect((await getActiveSnapshot(db))?.etag).toBe('"abc"');
  });
});

describe('backoff', () => {
  it.each([
    [0, 0],
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [7, 1_920_000],
    [8, BACKOFF_MAX_MS],
    [1000, BACKOFF_MAX_MS],
  ])('after %i failures waits %i ms', (failures, ms) => {
    expect(backoffDelayMs(failures)).toBe(ms);
  });

  it('never shrinks as failures grow', () => {
    for (let n = 1; n < 64; n++)
      expect(backoffDelayMs(n + 1)).toBeGreaterThanOrEqual(backoffDelayMs(n));
  });
});

describe('syncDueOnWake', () => {
  const url = applyPolicy({ ...DEFAULT_SETTINGS, source: 'url', syncUrl: URL_A }, null);
  const demo = applyPolicy(DEFAULT_SETTINGS, null);
  it.each([
    [
      'an interrupted sync resumes',
      { inFlightSince: NOW - 5000, nextAttemptAt: NOW + 1e6 },
      url,
      true,
    ],
    ['never synced', {}, url, true],
    ['the alarm time passed', { nextAttemptAt: NOW - 1 }, url, true],
    ['scheduled later', { nextAttemptAt: NOW + 1 }, url, false],
    ['not a URL source', { inFlightSince: NOW }, demo, false],
  ] as const)('%s → %s', (_name, state, settings, due) => {
    expect(syncDueOnWake({ id: 'sync', failures: 0, ...state }, settings, NOW)).toBe(due);
  });
});

/**
 * Sync trusts nothing it did not ask for (issue 12, point 5), against a real HTTP server on
 * 127.0.0.1 and Node's fetch: redirects, a 304 nobody asked for, oversized and lying bodies, and
 * tokens echoed back in error pages.
 */
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchConfigDocument, MAX_CONFIG_BYTES } from '../../../../lib/sync/fetch-config';
import { startServer, type RecordedRequest, type TestServer } from '../../helpers/http-server';

const TOKEN = 'sekret-token-123';
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handle: (req: RecordedRequest, res: ServerResponse) => void) {
  server = await startServer(handle);
  return server;
}

const fetchFrom = (url: string, extra: { etag?: string; maxBytes?: number } = {}) =>
  fetchConfigDocument({ url, token: TOKEN, timeoutMs: 10_000, fetch, ...extra });

describe('redirects are not followed', () => {
  it.each([
    [301, 'http://evil.example/steal'],
    [302, '/same-origin-elsewhere.json'],
    [307, 'https://other.example/acme.json'],
    [308, 'http://127.0.0.1:1/acme.json'],
  ])(
    'HTTP %i to %s is an error, and the target never hears of the token',
    async (status, location) => {
      const s = await serve((req, res) => {
        if (req.url === '/acme.json') res.writeHead(status, { Location: location }).end();
        else res.writeHead(200).end('{"followed":true}');
      });
      const outcome = await fetchFrom(`${s.url}/acme.json`);
      expect(outcome).toMatchObject({
        kind: 'error',
        errorKind: 'http',
        message: expect.stringContaining('Ringside does not follow redirects'),
      });
      expect(s.requests.map((r) => r.url)).toEqual(['/acme.json']);
    },
  );

  it('a redirect target with a password in it is named without the password', async () => {
    const s = await serve((_req, res) =>
      res.writeHead(302, { Location: 'https://user:hunter2@other.example/x' }).end(),
    );
    const outcome = await fetchFrom(`${s.url}/acme.json`);
    expect(JSON.stringify(outcome)).not.toContain('hunter2');
    expect(outcome).toMatchObject({ details: ['Redirect (HTTP 302) to https://other.example/x'] });
  });
});

describe('304 Not Modified', () => {
  it('is an error for a request that sent no ETag', async () => {
    const s = await serve((_req, res) => res.writeHead(304).end());
    expect(await fetchFrom(`${s.url}/acme.json`)).toMatchObject({
      kind: 'error',
      errorKind: 'http',
      message: expect.stringContaining('304 Not Modified to a request that had no ETag'),
    });
  });

  it('means "keep yours" for a request that sent one', async () => {
    const s = await serve((_req, res) => res.writeHead(304).end());
    expect(await fetchFrom(`${s.url}/acme.json`, { etag: '"v1"' })).toEqual({
      kind: 'not-modified',
    });
    expect(s.requests[0]!.headers['if-none-match']).toBe('"v1"');
  });
});

describe('the body is capped while it streams', () => {
  it('documents the cap: 10 MB', () => {
    expect(MAX_CONFIG_BYTES).toBe(10 * 1024 * 1024);
  });

  it.each([
    ['a declared Content-Length over the cap', true, /is 0\.1 MB, more than the 0 MB/],
    [
      'a chunked body that keeps going',
      false,
      /larger than the 0 MB Ringside accepts; the download was stopped/,
    ],
  ])('%s is refused', async (_name, declare, message) => {
    let written = 0;
    let closed = false;
    const s = await serve((_req, res) => {
      const chunk = 'x'.repeat(16 * 1024);
      if (declare) res.writeHead(200, { 'Content-Length': String(100 * 1024) });
      else res.writeHead(200);
      res.on('close', () => (closed = true));
      // Endless unless the client goes away: a cap that only checked at the end would hang here.
      const pump = () => {
        while (!closed && written < 50 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    const outcome = await fetchFrom(`${s.url}/acme.json`, { maxBytes: 40 * 1024 });
    expect(outcome).toMatchObject({
      kind: 'error',
      errorKind: 'http',
      message: expect.stringMatching(message),
    });
    // Cut off near the cap, not read to the end.
    expect(written).toBeLessThan(20 * 1024 * 1024);
  });

  it('a body under the cap is read whole, multi-byte characters across chunks included', async () => {
    const doc = JSON.stringify({ name: 'São Paulo ☎'.repeat(2000) });
    const s = await serve((_req, res) => res.writeHead(200, { ETag: '"e"' }).end(doc));
    expect(await fetchFrom(`${s.url}/acme.json`)).toEqual({
      kind: 'document',
      text: doc,
      etag: '"e"',
    });
  });
});

describe('no error text carries the token', () => {
  it('an error page that echoes the Authorization header is redacted', async () => {
    const s = await serve((req, res) =>
      res.writeHead(401).end(`Bad credentials: ${String(req.headers.authorization)}`),
    );
    const outcome = await fetchFrom(`${s.url}/acme.json`);
    expect(s.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.stringify(outcome)).not.toContain(TOKEN);
    expect(outcome).toMatchObject({
      details: ['HTTP 401 Unauthorized', 'Response body: Bad credentials: Bearer [redacted]'],
    });
  });
});

/**
 * Serves the fixture pages (tests/fixtures/pages) and pages a test builds, on 127.0.0.1 with a
 * random port. `url` says localhost, which the demo build's content script matches; `disabledUrl`
 * says 127.0.0.1, which it does not (no host permission): the same page on a disabled site.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { JSSIP_BUNDLE_PATH, jssipBundle } from '../../scripts/jssip-bundle.mjs';

export const FIXTURE_PAGES_DIR = join(process.cwd(), 'tests/fixtures/pages');
// The demo's customer phone (a SIP callee for the softphone tests) is served here too.
const DEMO_DIR = join(process.cwd(), 'demo-crm');
const DEMO_PHONE_FILES: Record<string, string> = {
  '/phone.html': 'text/html; charset=utf-8',
  '/phone.js': 'text/javascript; charset=utf-8',
  '/phone.css': 'text/css; charset=utf-8',
};

export interface FixtureServer {
  url: string;
  disabledUrl: string;
  /** Pages served from memory, by path ("/bench.html"). */
  pages: Map<string, string>;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (status: number, body: string) => {
      res.writeHead(status, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(body);
    };
    const inMemory = pages.get(path);
    if (inMemory !== undefined) return send(200, inMemory);
    if (path === JSSIP_BUNDLE_PATH) {
      jssipBundle().then(
        (code) => {
          res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
          res.end(code);
        },
        () => send(500, 'JsSIP bundle failed'),
      );
      return;
    }
    const phoneType = DEMO_PHONE_FILES[path];
    if (phoneType) {
      readFile(join(DEMO_DIR, path), 'utf8').then(
        (body) => {
          res.writeHead(200, { 'content-type': phoneType, 'cache-control': 'no-store' });
          res.end(body);
        },
        () => send(404, 'not found'),
      );
      return;
    }
    const file = normalize(join(FIXTURE_PAGES_DIR, path));
    if (!file.startsWith(FIXTURE_PAGES_DIR) || !file.endsWith('.html'))
      return send(404, 'not found');
    readFile(file, 'utf8').then(
      (body) => send(200, body),
      () => send(404, 'not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    disabledUrl: `http://127.0.0.1:${port}`,
    pages,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

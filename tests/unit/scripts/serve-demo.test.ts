import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_DEMO_PORT,
  contentType,
  portFromCommandLine,
  startDemoServer,
  type DemoServer,
} from '../../../scripts/serve-demo.mjs';

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise it). */
function rawRequest(
  port: number,
  path: string,
  method = 'GET',
): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo CRM server', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer({ port: 0 });
  });
  afterAll(() => server.close());

  it('listens on a free port and names it with localhost', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://localhost:${server.port}/`);
  });

  it.each([
    ['/', 'text/html; charset=utf-8', 'Ringside Demo CRM'],
    ['/index.html', 'text/html; charset=utf-8', '<main id="view"'],
    ['/app.js', 'text/javascript; charset=utf-8', 'export function startApp'],
    ['/contacts.js', 'text/javascript; charset=utf-8', 'export const contacts'],
    ['/styles.css', 'text/css; charset=utf-8', '.contacts'],
    ['/expected.json', 'application/json; charset=utf-8', '"defaultCountry": "US"'],
    ['/favicon.svg', 'image/svg+xml', '<svg'],
    ['/index.html?x=1#frag', 'text/html; charset=utf-8', 'Ringside Demo CRM'],
  ])('GET %s → 200 %s', async (path, type, content) => {
    const res = await rawRequest(server.port, path);
    expect(res.status).toBe(200);
    expect(res.type).toBe(type);
    expect(res.body).toContain(content);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await rawRequest(server.port, '/index.html', 'HEAD');
    expect(head).toMatchObject({ status: 200, body: '' });
    const post = await rawRequest(server.port, '/index.html', 'POST');
    expect(post.status).toBe(405);
  });

  it.each([
    ['/missing.html', 404],
    ['/../package.json', 404], // the URL parser drops the dot-segment: /package.json is not in demo-crm
    ['/%2e%2e/package.json', 404],
    ['/..%2fpackage.json', 403],
    ['/..%2f..%2fetc%2fpasswd', 403],
    ['/..%5cpackage.json', 403],
    ['/.hidden', 404],
    ['/%00', 400],
    ['/%E0%A4%A', 400],
  ])('GET %s → %i, never a file outside demo-crm/', async (path, status) => {
    const res = await rawRequest(server.port, path);
    expect(res.status).toBe(status);
    expect(res.body).not.toContain('"name": "ringside"');
    expect(res.body).not.toContain('root:');
  });

  it('works with fetch on the URL it reports', async () => {
    const res = await fetch(`${server.url}views.js`);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toContain('renderContactList');
  });
});

describe('demo CRM server on another root', () => {
  it('does not follow a symlink out of its root', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ringside-serve-'));
    const outside = mkdtempSync(join(tmpdir(), 'ringside-outside-'));
    writeFileSync(join(root, 'index.html'), '<p>in</p>');
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    symlinkSync(join(outside, 'secret.txt'), join(root, 'link.txt'));
    const server = await startDemoServer({ port: 0, root });
    try {
      expect((await rawRequest(server.port, '/')).body).toBe('<p>in</p>');
      const res = await rawRequest(server.port, '/link.txt');
      expect(res.status).toBe(403);
      expect(res.body).not.toContain('secret');
    } finally {
      await server.close();
      rmSync(root, { recursive: true });
      rmSync(outside, { recursive: true });
    }
  });

  it('frees its port on close', async () => {
    const server = await startDemoServer({ port: 0 });
    await server.close();
    await expect(rawRequest(server.port, '/')).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('content types', () => {
  it.each([
    ['a/b.HTML', 'text/html; charset=utf-8'],
    ['x.mjs', 'text/javascript; charset=utf-8'],
    ['x.md', 'text/markdown; charset=utf-8'],
    ['x.png', 'image/png'],
    ['x.unknown', 'application/octet-stream'],
    ['Makefile', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentType(file)).toBe(type);
  });
});

describe('port from the command line', () => {
  it.each([
    [[], {}, DEFAULT_DEMO_PORT],
    [[], { PORT: '' }, DEFAULT_DEMO_PORT],
    [[], { PORT: '8080' }, 8080],
    [['9090'], { PORT: '8080' }, 9090],
    [['0'], {}, 0],
  ])('argv %j env %j → %i', (argv, env, port) => {
    expect(portFromCommandLine(argv, env)).toBe(port);
  });

  it.each([['-1'], ['65536'], ['abc'], ['80.5']])('rejects %s', (raw) => {
    expect(() => portFromCommandLine([raw], {})).toThrow(`Invalid port "${raw}"`);
  });
});

describe('npm run demo', () => {
  it('serves when run directly and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['scripts/serve-demo.mjs', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      child.stdout.setEncoding('utf8');
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          out += chunk;
          const match = /http:\/\/localhost:\d+\//.exec(out);
          if (match) resolve(match[0]);
        });
        child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
      });
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Ringside Demo CRM');
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('says which port is busy and how to pick another, without a stack trace', async () => {
    const busy = await startDemoServer({ port: 0 });
    try {
      const child = spawn(process.execPath, ['scripts/serve-demo.mjs'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PORT: String(busy.port) },
      });
      let err = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => (err += chunk));
      const [code] = await once(child, 'exit');
      expect(code).toBe(1);
      expect(err.trim()).toBe(
        `Could not start the demo CRM server. Port ${busy.port} is in use: set PORT=<another port> (e.g. PORT=${busy.port + 1}) or stop the other server.`,
      );
    } finally {
      await busy.close();
    }
  });
});

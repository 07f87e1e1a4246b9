#!/usr/bin/env node
// Serves the bundled demo CRM (demo-crm/) on the loopback interface, with no dependencies.
//
//   npm run demo              → http://localhost:5175/
//   npm run demo -- 8080      (or PORT=8080 npm run demo)
//
// Tests import startDemoServer and pass port 0 for a free port. The server listens on 127.0.0.1
// only; its URL says "localhost" because that is the host the demo build's content script matches.
import { Buffer } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSSIP_BUNDLE_PATH, jssipBundle } from './jssip-bundle.mjs';

export const DEFAULT_DEMO_PORT = 5175;
export const DEMO_ROOT = fileURLToPath(new URL('../demo-crm/', import.meta.url));

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function contentType(filePath) {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a request path names inside `root`, or an HTTP status saying why there is none.
 * Dot-segments, encoded separators and symlinks that lead outside `root` are refused.
 */
export async function resolveRequestPath(root, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0')) return { status: 400 };
  const segments = pathname.split(/[/\\]/);
  if (segments.some((s) => s === '..')) return { status: 403 };
  // Dotfiles (.DS_Store, .env) are never part of the app.
  if (segments.some((s) => s.startsWith('.') && s.length > 0)) return { status: 404 };

  const rootReal = await realpath(root);
  let file = resolve(rootReal, `.${sep}${join(...segments.filter(Boolean), '')}`);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    file = await realpath(file);
  } catch {
    return { status: 404 };
  }
  if (file !== rootReal && !file.startsWith(rootReal + sep)) return { status: 403 };
  const info = await stat(file);
  if (!info.isFile()) return { status: 404 };
  return { status: 200, file, size: info.size };
}

function sendStatus(res, status) {
  const text = {
    400: 'Bad request',
    403: 'Forbidden',
    404: 'Not found',
    405: 'Method not allowed',
  };
  const body = `${status} ${text[status] ?? 'Error'}\n`;
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...(status === 405 ? { allow: 'GET, HEAD' } : {}),
  });
  res.end(body);
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendStatus(res, 405);
  // The customer phone's JsSIP, bundled from node_modules (not a file of the demo).
  if (new URL(req.url ?? '/', 'http://localhost').pathname === JSSIP_BUNDLE_PATH) {
    const code = await jssipBundle();
    res.writeHead(200, {
      'content-type': 'text/javascript; charset=utf-8',
      'content-length': Buffer.byteLength(code),
      'cache-control': 'no-store',
    });
    return res.end(req.method === 'HEAD' ? undefined : code);
  }
  const found = await resolveRequestPath(root, req.url ?? '/');
  if (found.status !== 200) return sendStatus(res, found.status);
  res.writeHead(200, {
    'content-type': contentType(found.file),
    'content-length': found.size,
    // A demo under development: always serve what is on disk.
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Starts the demo CRM server. Resolves once it is listening.
 * @param {{ port?: number, root?: string }} [options] port 0 picks a free port
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startDemoServer({ port = DEFAULT_DEMO_PORT, root = DEMO_ROOT } = {}) {
  const server = createServer((req, res) => {
    handle(root, req, res).catch(() => {
      if (!res.headersSent) sendStatus(res, 404);
      else res.destroy();
    });
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', rejectStart);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveStart({
        url: `http://localhost:${actualPort}/`,
        port: actualPort,
        close: () =>
          new Promise((resolveClose, rejectClose) => {
            server.close((error) => (error ? rejectClose(error) : resolveClose()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * The message for a server port that another process holds (EADDRINUSE), instead of a stack trace.
 * @param {number} port
 * @param {string} envName the environment variable that picks another port
 */
export function portInUseMessage(port, envName) {
  return `Port ${port} is in use: set ${envName}=<another port> (e.g. ${envName}=${port + 1}) or stop the other server.`;
}

/** The port named by the command line (first argument) or PORT, else the default. */
export function portFromCommandLine(argv, env) {
  const raw = argv[0] ?? env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_DEMO_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid port "${raw}": give a whole number from 0 to 65535.`);
  }
  return port;
}

const runDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  let port;
  try {
    port = portFromCommandLine(process.argv.slice(2), process.env);
    const { url, close } = await startDemoServer({ port });
    console.log(`Ringside demo CRM: ${url}  (Ctrl+C to stop)`);
    const stop = () => close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    const reason = error.code === 'EADDRINUSE' ? portInUseMessage(port, 'PORT') : error.message;
    console.error(`Could not start the demo CRM server. ${reason}`);
    process.exit(1);
  }
}

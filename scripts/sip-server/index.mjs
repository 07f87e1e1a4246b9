#!/usr/bin/env node
// The embedded demo SIP server: SIP over WebSocket (RFC 7118) on a loopback port, for
// `npm start` where Kamailio is not installed, and for tests. Transport only; the behaviour is
// in proxy.mjs.
//
//   node scripts/sip-server/index.mjs            → ws://127.0.0.1:5066 (SIP_PORT overrides)
import { pathToFileURL } from 'node:url';
import { WebSocketServer } from 'ws';
import { createSipProxy } from './proxy.mjs';

export const DEFAULT_SIP_PORT = 5066;
export const SIP_DOMAIN = 'ringside.test';

/**
 * @param {{ port?: number, users: Record<string, string>, log?: (line: string) => void,
 *   onReceive?: (text: string, at: number) => void }} options  onReceive sees every frame as it
 *   arrives, with Date.now() (the benchmark times INVITEs with it)
 * @returns {Promise<{ wsUrl: string, port: number, domain: string, close(): Promise<void>, kill(): Promise<void> }>}
 */
export function startEmbeddedSipServer({ port = DEFAULT_SIP_PORT, users, log, onReceive }) {
  const host = '127.0.0.1';
  const wss = new WebSocketServer({
    host,
    port,
    // RFC 7118: the client asks for the "sip" subprotocol.
    handleProtocols: (protocols) => (protocols.has('sip') ? 'sip' : false),
  });
  return new Promise((resolve, reject) => {
    wss.once('error', reject);
    wss.once('listening', () => {
      wss.off('error', reject);
      const actualPort = wss.address().port;
      const proxy = createSipProxy({ domain: SIP_DOMAIN, users, host, port: actualPort, log });
      let next = 1;
      wss.on('connection', (socket) => {
        const id = String(next++);
        proxy.connect({ id, send: (text) => socket.send(text) });
        socket.on('message', (data, isBinary) => {
          if (isBinary) return;
          onReceive?.(data.toString('utf8'), Date.now());
          try {
            proxy.receive(id, data.toString('utf8'));
          } catch (error) {
            log?.(`error handling a message: ${error.message}`);
          }
        });
        socket.on('close', () => proxy.disconnect(id));
        socket.on('error', () => socket.terminate());
      });
      const closeServer = () => new Promise((done) => wss.close(() => done()));
      resolve({
        wsUrl: `ws://${host}:${actualPort}`,
        port: actualPort,
        domain: SIP_DOMAIN,
        proxy,
        async close() {
          for (const client of wss.clients) client.close(1001, 'server stopping');
          await closeServer();
        },
        // As a crash would: connections drop without a closing handshake.
        async kill() {
          for (const client of wss.clients) client.terminate();
          await closeServer();
        },
      });
    });
  });
}

/** The port from SIP_PORT, else the default. */
export function sipPortFromEnv(env) {
  const raw = env.SIP_PORT;
  if (raw === undefined || raw === '') return DEFAULT_SIP_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid SIP_PORT "${raw}": give a whole number from 0 to 65535.`);
  }
  return port;
}

const runDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  const { demoSipUsers } = await import('./demo-users.mjs');
  const server = await startEmbeddedSipServer({
    port: sipPortFromEnv(process.env),
    users: demoSipUsers(),
    log: (line) => console.log(`sip: ${line}`),
  });
  console.log(`Ringside demo SIP server: ${server.wsUrl} (domain ${server.domain})`);
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

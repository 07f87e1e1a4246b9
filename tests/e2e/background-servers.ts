/**
 * HTTP servers the background tests start on 127.0.0.1, port 0: an account-config server whose
 * behaviour the test switches, and a call-webhook receiver. Both answer CORS preflights the way a
 * real deployment must when the admin grants no host permission for them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag',
};

async function listen(
  handle: (req: ReceivedRequest, res: ServerResponse) => void,
): Promise<{ url: string; requests: ReceivedRequest[]; close: () => Promise<void> }> {
  const requests: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.method === 'OPTIONS') return void res.writeHead(204, CORS).end();
      const received = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
      };
      requests.push(received);
      handle(received, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type ConfigServerMode = 'good' | 'invalid-json' | 'schema-error' | 'http-500' | 'hang';

export interface ConfigServer {
  /** The URL of the account document. */
  url: string;
  mode: ConfigServerMode;
  /** The document served in `good` mode, and its ETag. */
  document: unknown;
  etag: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

export async function startConfigServer(document: unknown, etag = '"v1"'): Promise<ConfigServer> {
  const state = { mode: 'good' as ConfigServerMode, document, etag };
  const server = await listen((req, res) => {
    const json = { ...CORS, 'Content-Type': 'application/json' };
    switch (state.mode) {
      case 'good':
        if (req.headers['if-none-match'] === state.etag)
          return void res.writeHead(304, { ...CORS, ETag: state.etag }).end();
        return void res
          .writeHead(200, { ...json, ETag: state.etag })
          .end(JSON.stringify(state.document));
      case 'invalid-json':
        return void res.writeHead(200, json).end('{"schemaVersion": 1, "account": ');
      case 'schema-error':
        return void res.writeHead(200, json).end(
          JSON.stringify({
            ...(state.document as object),
            schemaVersion: 7,
            numbers: [{ id: 'x', number: 'nope' }],
          }),
        );
      case 'http-500':
        return void res
          .writeHead(500, { ...CORS, 'Content-Type': 'text/plain' })
          .end('config store is down');
      case 'hang':
        return; // never answers; the background's timeout must end the request
    }
  });
  return Object.assign(state, {
    url: `${server.url}/acme.json`,
    requests: server.requests,
    close: server.close,
  }) as ConfigServer;
}

export interface WebhookReceiver {
  url: string;
  /** The JSON bodies received, in order. */
  calls: () => unknown[];
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const server = await listen(
    (_req, res) =>
      void res
        .writeHead(202, { ...CORS, 'Content-Type': 'application/json' })
        .end('{"queued":true}'),
  );
  return {
    url: `${server.url}/calls`,
    requests: server.requests,
    calls: () => server.requests.filter((r) => r.method === 'POST').map((r) => JSON.parse(r.body)),
    close: server.close,
  };
}

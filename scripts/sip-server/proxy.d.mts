// Types of proxy.mjs, for its unit tests.
export interface SipProxy {
  connect(conn: { id: string; send(text: string): void }): void;
  disconnect(connId: string): void;
  receive(connId: string, text: string): void;
  registered(user: string): boolean;
}

export function createSipProxy(options: {
  domain: string;
  users: Record<string, string>;
  host: string;
  port: number;
  catchAll?: string;
  log?: (line: string) => void;
}): SipProxy;

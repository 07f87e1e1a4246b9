// Types of index.mjs, for the TypeScript tests that start the embedded demo SIP server.
export const DEFAULT_SIP_PORT: number;
export const SIP_DOMAIN: string;

export interface EmbeddedSipServer {
  wsUrl: string;
  port: number;
  domain: string;
  proxy: { registered(user: string): boolean };
  close(): Promise<void>;
  kill(): Promise<void>;
}

export function startEmbeddedSipServer(options: {
  port?: number;
  users: Record<string, string>;
  log?: (line: string) => void;
  /** Every frame received, with Date.now() at its arrival. */
  onReceive?: (text: string, at: number) => void;
}): Promise<EmbeddedSipServer>;

export function sipPortFromEnv(env: Record<string, string | undefined>): number;

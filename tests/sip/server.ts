/**
 * The SIP server the end-to-end tests run against: Kamailio (a real registrar/proxy, as CI
 * installs it; scripts/sip-server/kamailio.mjs) or the embedded demo server
 * (scripts/sip-server/index.mjs), on a free loopback port, with digest auth against the users
 * given. Start one per test or file; stop() ends it, kill() ends it abruptly (SIGKILL or dropped
 * connections) as a crashed server would.
 */
import { kamailioAvailable, startKamailio } from '../../scripts/sip-server/kamailio.mjs';

export {
  CATCH_ALL_USER,
  SIP_DOMAIN,
  kamailioAvailable,
  kamailioModulesDir,
  kamailioPath,
} from '../../scripts/sip-server/kamailio.mjs';

export interface SipServer {
  wsUrl: string;
  domain: string;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

export interface StartSipServerOptions {
  users: Record<string, string>;
  kind?: 'kamailio' | 'embedded';
}

export async function startSipServer(opts: StartSipServerOptions): Promise<SipServer> {
  const kind = opts.kind ?? 'kamailio';
  if (kind === 'kamailio') return startKamailio(opts.users);
  const { startEmbeddedSipServer } = await import('../../scripts/sip-server/index.mjs');
  const server = await startEmbeddedSipServer({
    port: 0,
    users: opts.users,
    log: process.env.RINGSIDE_SIP_LOG ? (line) => console.error(`sip: ${line}`) : undefined,
  });
  return {
    wsUrl: server.wsUrl,
    domain: server.domain,
    stop: () => server.close(),
    kill: () => server.kill(),
  };
}

/**
 * For test files: the reason SIP tests cannot run here, or undefined when they can. Under CI
 * (CI=true) a missing Kamailio is a failure, never a skip. The embedded server always runs.
 */
export function sipSkipReason(kind: 'kamailio' | 'embedded' = 'kamailio'): string | undefined {
  if (kind === 'embedded' || kamailioAvailable()) return undefined;
  const reason =
    'Kamailio with its WebSocket module is not installed (apt-get install kamailio kamailio-websocket-modules)';
  if (process.env.CI === 'true') throw new Error(`${reason}; CI must run the SIP tests.`);
  return reason;
}

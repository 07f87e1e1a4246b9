/**
 * The SIP server the end-to-end tests run against: Kamailio (a real registrar/proxy, as CI
 * installs it) or the embedded demo server (scripts/sip-server/), on a free loopback port, with
 * digest auth against the users given. Start one per test file; stop() ends it, kill() ends it
 * abruptly (SIGKILL, connections dropped) as a crashed server would.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kamailioConfig, SIP_DOMAIN } from './kamailio-config';

export { SIP_DOMAIN, CATCH_ALL_USER } from './kamailio-config';

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

const KAMAILIO_CANDIDATES = ['/usr/sbin/kamailio', '/usr/local/sbin/kamailio'];

export function kamailioPath(): string | undefined {
  // RINGSIDE_KAMAILIO names another binary (or, pointing at nothing, hides Kamailio).
  if (process.env.RINGSIDE_KAMAILIO) {
    return existsSync(process.env.RINGSIDE_KAMAILIO) ? process.env.RINGSIDE_KAMAILIO : undefined;
  }
  const found = KAMAILIO_CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  const which = spawnSync('sh', ['-c', 'command -v kamailio'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() || undefined : undefined;
}

/** Kamailio and its WebSocket module are both installed. */
export function kamailioAvailable(): boolean {
  const bin = kamailioPath();
  if (!bin) return false;
  return existsSync(join(kamailioModulesDir(), 'websocket.so'));
}

export function kamailioModulesDir(): string {
  const candidates = [
    process.env.RINGSIDE_KAMAILIO_MODULES,
    '/usr/lib/x86_64-linux-gnu/kamailio/modules/',
    '/usr/lib/aarch64-linux-gnu/kamailio/modules/',
    '/usr/lib/kamailio/modules/',
    '/usr/local/lib64/kamailio/modules/',
  ];
  return candidates.find((d) => d && existsSync(d)) ?? candidates[1]!;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  // Kamailio opens its port 100–260 ms after spawn on an idle machine; a loaded one is slower.
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `Kamailio exited (${child.exitCode ?? child.signalCode}) on start:\n${log()}`,
      );
    }
    if (await canConnect(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Kamailio did not open port ${port} within 20 s:\n${log()}`);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function startKamailio(users: Record<string, string>): Promise<SipServer> {
  const bin = kamailioPath();
  if (!bin)
    throw new Error(
      'Kamailio is not installed (apt-get install kamailio kamailio-websocket-modules).',
    );
  const dir = mkdtempSync(join(tmpdir(), 'ringside-kamailio-'));
  let lastError: unknown;
  // A port found free can be taken before Kamailio binds it: try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const cfg = join(dir, 'kamailio.cfg');
    writeFileSync(cfg, kamailioConfig({ port, users, modulesDir: kamailioModulesDir() }));
    // Its own process group, so stop/kill reach the worker processes it forks too.
    const child = spawn(bin, ['-DD', '-E', '-f', cfg, '-Y', dir, '-m', '32', '-M', '4'], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.length > 200_000) log = log.slice(-100_000);
      if (process.env.RINGSIDE_SIP_LOG) process.stderr.write(chunk);
    });
    try {
      await waitForPort(port, child, () => log);
    } catch (error) {
      lastError = error;
      signalGroup(child, 'SIGKILL');
      await exited(child);
      continue;
    }
    const end = async (signal: NodeJS.Signals) => {
      signalGroup(child, signal);
      await exited(child);
      rmSync(dir, { recursive: true, force: true });
    };
    return {
      wsUrl: `ws://127.0.0.1:${port}`,
      domain: SIP_DOMAIN,
      stop: () => end('SIGTERM'),
      kill: () => end('SIGKILL'),
    };
  }
  rmSync(dir, { recursive: true, force: true });
  throw lastError;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
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
 * (CI=true) a missing Kamailio is a failure, never a skip.
 */
export function sipSkipReason(kind: 'kamailio' | 'embedded' = 'kamailio'): string | undefined {
  if (kind === 'embedded' || kamailioAvailable()) return undefined;
  const reason =
    'Kamailio with its WebSocket module is not installed (apt-get install kamailio kamailio-websocket-modules)';
  if (process.env.CI === 'true') throw new Error(`${reason}; CI must run the SIP tests.`);
  return reason;
}

/**
 * Launching Chromium with the built extension. Shared by the end-to-end tests and the browser
 * benchmarks, so both measure the same thing.
 */
import { chromium, type Browser, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(process.env.RINGSIDE_EXTENSION_DIR ?? '.output/chrome-mv3');

/**
 * Debian's chromium where it is installed; RINGSIDE_CHROMIUM overrides it, and with neither
 * Playwright uses its own downloaded Chromium.
 */
export function chromiumPath(): string | undefined {
  if (process.env.RINGSIDE_CHROMIUM) return process.env.RINGSIDE_CHROMIUM;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

// Without the networking flags Chromium keeps dialling Google's hosts, which a closed network refuses.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * For the SIP tests (tests/e2e/sip/, run inside a network namespace with only loopback): a fake
 * microphone that needs no prompt, and WebRTC allowed to use loopback, the only interface there
 * (without it Chromium gathers no candidate and JsSIP never sends the INVITE).
 */
export const SIP_CHROMIUM_FLAGS = [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--autoplay-policy=no-user-gesture-required',
];

/** Chromium without the extension, for pages alone (the SIP tests' callee and baseline). */
export async function launchPlainChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
  });
}

export function makeUserDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ringside-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function launchWithExtension(
  userDataDir: string,
  extraArgs: readonly string[] = [],
): Promise<BrowserContext> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build:demo\` first.`);
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...CHROMIUM_FLAGS,
      ...extraArgs,
    ],
  });
}

/** The extension's service worker; its URL carries the extension id. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? (await context.waitForEvent('serviceworker'));
}

export function extensionIdOf(worker: Worker): string {
  return new URL(worker.url()).host;
}

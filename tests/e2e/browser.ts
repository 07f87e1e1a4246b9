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

/**
 * What makes Chromium on Linux run in a language (docs/i18n.md, "The browser's language"):
 * - the UI language, which `chrome.i18n.getUILanguage()` reports, comes from the environment
 *   (`LANGUAGE`, then `LC_ALL`/`LANG`, underscore form), and only if Chromium has that language's
 *   `locales/<tag>.pak` (Debian: the `chromium-l10n` package), else it stays en-US;
 * - `--lang` picks the extension's own `_locales` folder (`chrome.i18n.getMessage`), which on
 *   Linux does not follow the environment;
 * - `--accept-lang` is `navigator.languages` (and the Accept-Language header).
 * All three are set, so every API the extension may read agrees.
 */
export function browserLanguageLaunch(language: string): {
  args: string[];
  env: Record<string, string>;
} {
  const posix = language.replace('-', '_');
  const base = language.split('-')[0]!;
  const accept = base === language ? language : `${language},${base}`;
  return {
    args: [`--lang=${language}`, `--accept-lang=${accept}`],
    env: { LANGUAGE: posix, LANG: `${posix}.UTF-8` },
  };
}

/**
 * Why this Chromium cannot run in `language`, or null when it can: Debian's chromium needs the
 * language's .pak from `chromium-l10n`. Another Chromium (RINGSIDE_CHROMIUM, Playwright's) is
 * assumed to carry its locales, as Google's builds do.
 */
export function browserLanguageMissing(language: string): string | null {
  const path = chromiumPath();
  if (path !== '/usr/bin/chromium') return null;
  const pak = `/usr/lib/chromium/locales/${language}.pak`;
  return existsSync(pak)
    ? null
    : `${pak} is missing: install Debian's chromium-l10n (apt-get install chromium-l10n)`;
}

function withoutLocale(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !/^(LC_ALL|LC_MESSAGES|LANGUAGE|LANG)$/.test(name))
      out[name] = value;
  }
  return out;
}

export interface LaunchOptions {
  /** The browser's language (BCP 47, "pt-BR"); English (the machine's) when absent. */
  language?: string;
}

export async function launchWithExtension(
  userDataDir: string,
  extraArgs: readonly string[] = [],
  options: LaunchOptions = {},
): Promise<BrowserContext> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build:demo\` first.`);
  }
  const language = options.language ? browserLanguageLaunch(options.language) : undefined;
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...CHROMIUM_FLAGS,
      ...(language?.args ?? []),
      ...extraArgs,
    ],
    // Under the test runner Playwright emulates its `locale` option (en-US by default) in every
    // context, over the flags: the language is named there too.
    ...(options.language ? { locale: options.language } : {}),
    // LC_ALL and LC_MESSAGES would win over LANG: they are left out.

    ...(language ? { env: { ...withoutLocale(process.env), ...language.env } } : {}),
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

/**
 * Real Firefox with the built demo extension, driven by puppeteer-core over WebDriver BiDi.
 * Playwright cannot drive a stock Firefox (it needs its own patched build), so this harness is
 * separate from tests/e2e. What it works around, all checked on Firefox 153 ESR:
 *
 * - The add-on is installed as a temporary add-on (BiDi `webExtension.install`). Its internal
 *   UUID, and so its moz-extension:// base URL, is fixed up front with the
 *   `extensions.webextensions.uuids` pref.
 * - Navigating to moz-extension:// pages needs `--remote-allow-system-access`, and BiDi sends no
 *   load events for them: pages are opened waiting for no lifecycle event, and `document.readyState` is
 *   polled instead.
 * - The background page is not a target and extension console errors reach no BiDi event: the
 *   uncaught errors are read from Firefox's console service, in the browser's chrome context.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The demo Firefox build (`npm run build:demo:firefox`). */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');

/**
 * Where a Firefox is: RINGSIDE_FIREFOX when set (and only it, so a wrong path is not hidden by
 * another Firefox), else Debian's firefox-esr, else a `firefox` in the usual places.
 */
export function findFirefox(): string | null {
  const chosen = process.env.RINGSIDE_FIREFOX;
  if (chosen) return existsSync(chosen) ? chosen : null;
  const candidates = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/local/bin/firefox'];
  return candidates.find((path) => existsSync(path)) ?? null;
}

/**
 * Why the Firefox suite cannot run here, or null when it can. Outside CI a missing Firefox is a
 * printed skip; under CI=true the suite fails instead (see firefox.test.ts).
 */
export function firefoxMissing(): string | null {
  if (!findFirefox())
    return 'no Firefox found (install Debian’s firefox-esr, or set RINGSIDE_FIREFOX to a Firefox binary)';
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    return `no Firefox demo build in ${FIREFOX_EXTENSION_DIR} (run npm run build:demo:firefox)`;
  return null;
}

/** Polls `check` until it returns a truthy value, or throws with the last value after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T> | T,
  timeoutMs = 20_000,
): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      last = await check();
      if (last) return last as NonNullable<T>;
    } catch (e) {
      // A page that is navigating throws on evaluate: try again until the deadline.
      last = e;
    }
    if (Date.now() > until)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${String(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface RemoteNode {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: RemoteNode | null; localName?: string };
}

export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  /** moz-extension://<uuid> (no trailing slash). */
  baseUrl: string;
  /** Opens an extension page (popup.html, options.html, …) in a new tab and waits for it. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens any URL in a new tab and waits until its document has loaded. */
  open(url: string): Promise<Page>;
  /** Reloads a page and waits until the new document has loaded. */
  reload(page: Page): Promise<void>;
  /** Messages Firefox's console service holds that came from the extension's own files. */
  extensionErrors(): Promise<string[]>;
  /** Runs `fn` with the closed shadow root of the first `hostSelector` on the page. */
  inClosedShadowRoot<T>(
    page: Page,
    hostSelector: string,
    fn: string,
    ...args: unknown[]
  ): Promise<T | null>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

async function waitLoaded(page: Page, url?: string): Promise<void> {
  await waitFor(`${url ?? page.url()} to load`, () =>
    page.evaluate(
      (wanted) => document.readyState === 'complete' && (!wanted || location.href === wanted),
      url ?? '',
    ),
  );
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(firefoxMissing() ?? 'no Firefox');
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // The test pages are on loopback; nothing else may be reached.
      'network.proxy.allow_hijacking_localhost': false,
    },
    protocolTimeout: 60_000,
  });
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
  } catch (e) {
    await browser.close();
    throw e;
  }
  const baseUrl = `moz-extension://${uuid}`;

  /** Evaluates an expression in the browser's chrome (privileged) context. */
  const chromeEval = async <T>(expression: string): Promise<T> => {
    const { result } = (await connection.send('browsingContext.getTree', {
      'moz:scope': 'chrome',
    })) as { result: { contexts: Array<{ context: string }> } };
    const context = result.contexts[0]!.context;
    const evaluated = (await connection.send('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
    })) as { result: { type: string; result: { value: unknown }; exceptionDetails?: unknown } };
    if (evaluated.result.type === 'exception')
      throw new Error(
        `chrome evaluate failed: ${JSON.stringify(evaluated.result.exceptionDetails)}`,
      );
    return evaluated.result.result.value as T;
  };

  /** The BiDi browsing context id of a puppeteer page. */
  const contextOf = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

  const session: FirefoxSession = {
    browser,
    addonId,
    baseUrl,
    async open(url) {
      const page = await browser.newPage();
      // No lifecycle event to wait for (Firefox sends none for extension pages): poll instead.
      await page.goto(url, { waitUntil: [] });
      await waitLoaded(page, url);
      return page;
    },
    openExtensionPage(path) {
      return session.open(`${baseUrl}/${path}`);
    },
    async reload(page) {
      const marker = `ringside-reload-${Date.now()}`;
      await page.evaluate((m) => {
        (window as unknown as Record<string, boolean>)[m] = true;
        location.reload();
      }, marker);
      await waitFor('the reloaded document', () =>
        page.evaluate(
          (m) =>
            !(window as unknown as Record<string, boolean>)[m] &&
            document.readyState === 'complete',
          marker,
        ),
      );
    },
    async extensionErrors() {
      // Console messages with a source file under the extension's base URL: uncaught errors of
      // its pages, background and content scripts (warnings are flag 1 and left out).
      const messages = await chromeEval<string>(`(() => {
        const base = ${JSON.stringify(baseUrl)};
        const out = [];
        for (const m of Services.console.getMessageArray() ?? []) {
          if (m instanceof Ci.nsIScriptError) {
            if ((m.flags & Ci.nsIScriptError.warningFlag) !== 0) continue;
            if (!String(m.sourceName).startsWith(base) && !String(m.errorMessage).includes(base)) continue;
            out.push(m.errorMessage + ' @ ' + m.sourceName + ':' + m.lineNumber);
          } else if (String(m.message).includes(base) && /error/i.test(String(m.message))) {
            out.push(String(m.message));
          }
        }
        return JSON.stringify(out);
      })()`);
      return JSON.parse(messages) as string[];
    },
    async inClosedShadowRoot<T>(
      page: Page,
      hostSelector: string,
      fn: string,
      ...args: unknown[]
    ): Promise<T | null> {
      // BiDi serialises a closed shadow root when asked to (includeShadowTree: 'all'); the
      // root's shared id can then be passed to a function run in the page.
      const context = contextOf(page);
      const host = (await connection.send('script.callFunction', {
        functionDeclaration: `(selector) => document.querySelector(selector)`,
        arguments: [{ type: 'string', value: hostSelector }],
        target: { context },
        awaitPromise: false,
        serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
      })) as { result: { result: RemoteNode } };
      const root = host.result.result.value?.shadowRoot;
      if (!root?.sharedId) return null;
      const called = (await connection.send('script.callFunction', {
        functionDeclaration: `(root, argsJson) => JSON.stringify((${fn})(root, ...JSON.parse(argsJson)))`,
        arguments: [{ sharedId: root.sharedId }, { type: 'string', value: JSON.stringify(args) }],
        target: { context },
        awaitPromise: true,
      })) as {
        result: { type: string; result?: { value?: string }; exceptionDetails?: unknown };
      };
      if (called.result.type === 'exception')
        throw new Error(
          `shadow-root function failed: ${JSON.stringify(called.result.exceptionDetails)}`,
        );
      const value = called.result.result?.value;
      return value === undefined ? null : (JSON.parse(value) as T);
    },
    async screenshot(page, name) {
      const dir = join('test-results', 'firefox');
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${name}.png`);
      await page.screenshot({ path: path as `${string}.png`, fullPage: true });
      return path;
    },
    close: () => browser.close(),
  };
  return session;
}

// The pure parts of `npm start`'s browser launch (scripts/start.mjs), tested in
// tests/unit/scripts/start-browser.test.ts.

/** Chromium run as root refuses to start unless its sandbox is off. */
export const ROOT_SANDBOX_NOTE =
  'Running as root: Chromium refuses to start as root with its sandbox on, so it is started ' +
  'with --no-sandbox. Run `npm start` as a normal user to keep the sandbox.';

/**
 * The command line that opens Chromium with the demo build loaded on the given pages.
 * @param {{ profileDir: string, extensionDir: string, urls: string[], root: boolean }} options
 *   root: the process runs as root (uid 0), where Chromium needs --no-sandbox
 * @returns {string[]}
 */
export function chromiumArgs({ profileDir, extensionDir, urls, root }) {
  return [
    `--user-data-dir=${profileDir}`,
    // Both are needed for an unpacked extension in current Chromium.
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    ...(root ? ['--no-sandbox'] : []),
    ...urls,
  ];
}

/** A browser that exits this soon after it was started did not open (or handed off and quit). */
export const EARLY_EXIT_MS = 15_000;

/**
 * Keeps the last `maxLines` lines of a stream's text, so a browser's chatter is not held forever.
 * @param {number} maxLines
 */
export function lineTail(maxLines) {
  let text = '';
  return {
    /** @param {string} chunk */
    push(chunk) {
      text += chunk;
      const lines = text.split('\n');
      // One more than asked: the last element is the line still being written.
      if (lines.length > maxLines + 1) text = lines.slice(-(maxLines + 1)).join('\n');
    },
    /** @returns {string[]} the complete and the partial last line, without blank ones */
    lines() {
      return text
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line !== '')
        .slice(-maxLines);
    },
  };
}

/**
 * What to say when the browser exited within EARLY_EXIT_MS of its start.
 * @param {{ browser: string, code: number | null, signal: string | null, ms: number, stderr: string[] }} exit
 */
export function earlyExitMessage({ browser, code, signal, ms, stderr }) {
  const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
  const seconds = Math.max(1, Math.round(ms / 1000));
  return [
    `${browser} ${how} ${seconds} s after it started, so no window with Ringside is open.`,
    ...(stderr.length > 0
      ? ['Its last output:', ...stderr.map((line) => `  ${line}`)]
      : ['It printed nothing.']),
  ].join('\n');
}

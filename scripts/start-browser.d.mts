// Types of start-browser.mjs, for tests/unit/scripts/start-browser.test.ts.

export const ROOT_SANDBOX_NOTE: string;
export const EARLY_EXIT_MS: number;

export function chromiumArgs(options: {
  profileDir: string;
  extensionDir: string;
  urls: string[];
  root: boolean;
}): string[];

export function lineTail(maxLines: number): { push(chunk: string): void; lines(): string[] };

export function earlyExitMessage(exit: {
  browser: string;
  code: number | null;
  signal: string | null;
  ms: number;
  stderr: string[];
}): string;

/**
 * Where the language screenshots go. A test run writes them to `test-results/screenshots/` only,
 * so `npm test` leaves the checkout clean; with `UPDATE_SCREENSHOTS=1` each one is also copied to
 * `docs/screenshots/`, the copies the docs and the README show (a person looks at them before
 * committing).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const SHOTS_DIR = join('test-results', 'screenshots');
export const DOCS_SHOTS_DIR = join('docs', 'screenshots');

/** True when the run was asked to refresh the documentation's copies. */
export function updatingDocsScreenshots(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.UPDATE_SCREENSHOTS === '1';
}

/** The path a screenshot named `name` is written to (its folder exists). */
export function screenshotPath(name: string): string {
  mkdirSync(SHOTS_DIR, { recursive: true });
  return join(SHOTS_DIR, `${name}.png`);
}

/** After the screenshot at `path` was taken: copies it to docs/screenshots/ when asked to. */
export function publishScreenshot(path: string, name: string): void {
  if (!updatingDocsScreenshots()) return;
  mkdirSync(DOCS_SHOTS_DIR, { recursive: true });
  copyFileSync(path, join(DOCS_SHOTS_DIR, `${name}.png`));
}

/**
 * How long the popup takes to be useful: from asking for popup.html to a caller-ID dropdown with
 * the agent's selection in it, against asking for a blank extension page (public/blank.html) in
 * the same browser. Runs alternate between the two so drift hits both alike. Goal: at most 2x.
 *
 * Each time is wall clock from just before navigation to the moment the page saw its target
 * (read in the page against performance.timeOrigin, so no polling delay is added). The report
 * also gives what popup.html loads before its script runs: the files it names (its script, the
 * modules it preloads, its stylesheets) and their sizes.
 */
import { test } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { report } from '../measure';
import {
  EXTENSION_DIR,
  extensionIdOf,
  extensionWorker,
  launchWithExtension,
  makeUserDataDir,
} from '../../tests/e2e/browser';

const RUNS = Number(process.env.RINGSIDE_BENCH_RUNS ?? 15);
const WARMUP = 2;

// Installed in every page: records when the page's target first exists.
function watchReady() {
  const target = location.pathname.endsWith('/popup.html')
    ? '[role="combobox"] .number-label, [role="group"] .number-label'
    : null;
  const w = window as unknown as { __readyAt?: number };
  const mark = () => {
    if (w.__readyAt === undefined) w.__readyAt = performance.timeOrigin + performance.now();
  };
  if (!target) {
    addEventListener('load', mark);
    return;
  }
  const observer = new MutationObserver(() => {
    if (document.querySelector(target)) {
      mark();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** The files popup.html loads up front, with their sizes in bytes. */
function startupFiles(): { file: string; bytes: number }[] {
  const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*\shref="([^"]+)"/g),
  ].map((m) => m[1]!);
  return refs.map((file) => ({ file, bytes: statSync(join(EXTENSION_DIR, file)).size }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

test('popup open to a filled caller-ID dropdown vs a blank extension page', async () => {
  const profile = makeUserDataDir();
  const context = await launchWithExtension(profile.dir);
  try {
    const id = extensionIdOf(await extensionWorker(context));
    await context.addInitScript(watchReady);

    // Sign an agent in once, so the popup shows the dropdown rather than the agent picker.
    const setup = await context.newPage();
    await setup.goto(`chrome-extension://${id}/popup.html`);
    await setup.getByRole('radio', { name: /^Maria Chen/ }).check();
    await setup.getByRole('button', { name: 'Continue' }).click();
    await setup.getByRole('combobox', { name: 'Outbound caller ID' }).waitFor();
    await setup.close();

    const timeOpen = async (path: string) => {
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(`chrome-extension://${id}/${path}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => (window as { __readyAt?: number }).__readyAt !== undefined);
      const readyAt = await page.evaluate(() => (window as { __readyAt?: number }).__readyAt!);
      await page.close();
      return readyAt - start;
    };

    const popup: number[] = [];
    const blank: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const p = await timeOpen('popup.html');
      const b = await timeOpen('blank.html');
      if (i >= WARMUP) {
        popup.push(p);
        blank.push(b);
      }
    }
    const popupMs = median(popup);
    const blankMs = median(blank);
    report('popup-open', [
      { page: 'blank.html (load event)', runs: RUNS, medianMs: Number(blankMs.toFixed(1)) },
      { page: 'popup.html (dropdown filled)', runs: RUNS, medianMs: Number(popupMs.toFixed(1)) },
      { page: 'ratio popup / blank', runs: RUNS, medianMs: Number((popupMs / blankMs).toFixed(2)) },
    ]);
    const files = startupFiles();
    report('popup-startup-files', [
      ...files,
      { file: 'total', bytes: files.reduce((sum, f) => sum + f.bytes, 0) },
    ]);
  } finally {
    await context.close();
    profile.remove();
  }
});

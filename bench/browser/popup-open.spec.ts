/**
 * How long the popup takes to be useful: from asking for popup.html to a caller-ID dropdown with
 * the agent's selection in it, against asking for a blank extension page (public/blank.html) in
 * the same browser. Runs alternate between the two so drift hits both alike. Goal: at most 2x, at
 * every account size: the bundled demo account, and generated accounts where the agent may use 20
 * and 2,000 numbers (tests/e2e/large-account.ts), one after the other in the same browser.
 *
 * Each time is wall clock from just before navigation to the moment the page saw its target
 * (read in the page against performance.timeOrigin, so no polling delay is added). The report
 * also gives what popup.html loads before its script runs: the files it names (its script, the
 * modules it preloads, its stylesheets) and their sizes.
 *
 * Then each page is opened again `RINGSIDE_BENCH_TRACED` times (5) under a DevTools trace of the
 * whole browser (apart from the timed opens: tracing slows the browser), and the page's renderer
 * main thread is read from the navigation's start to ready (open-breakdown.ts): its CPU time,
 * which a loaded machine inflates least, as a ratio against the blank page's, what that CPU went to
 * (the commit and document set-up every page pays, HTML, compiling, our script, style, layout,
 * paint), and when the document was parsed, the scripts arrived and were evaluated.
 * `RINGSIDE_BENCH_DUMP=<dir>` writes each traced open's events there (one JSON file each), and
 * `RINGSIDE_BENCH_PROFILE=1` adds V8's sampled CPU profile to them (with `RINGSIDE_NO_MINIFY=1`
 * builds, readable names): how docs/popup.md's start-up profile was read.
 */
import { test } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { activeSnapshot, sendToBackground } from '../../tests/e2e/extension-api';
import { largeAccount } from '../../tests/e2e/large-account';
import { report } from '../measure';
import {
  KIND_NAMES,
  OPEN_TRACE_CATEGORIES,
  openBreakdown,
  READY_STAMP,
  type OpenBreakdown,
} from './open-breakdown';
import { dumpTrace, trace, type TraceEvent } from './trace';
import {
  EXTENSION_DIR,
  extensionIdOf,
  extensionWorker,
  launchWithExtension,
  makeUserDataDir,
} from '../../tests/e2e/browser';

const RUNS = Number(process.env.RINGSIDE_BENCH_RUNS ?? 15);
const TRACED = Number(process.env.RINGSIDE_BENCH_TRACED ?? 5);
const WARMUP = 2;

// Installed in every page: records when the page's target first exists (and stamps a trace).
function watchReady(stamp: string) {
  const target = location.pathname.endsWith('/popup.html')
    ? '[role="combobox"] .number-label, [role="group"] .number-label'
    : null;
  const w = window as unknown as { __readyAt?: number };
  const mark = () => {
    if (w.__readyAt !== undefined) return;
    w.__readyAt = performance.timeOrigin + performance.now();
    console.timeStamp(stamp);
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
const round = (ms: number) => Number(ms.toFixed(1));

const SIZES = [
  { account: 'demo', numbers: null },
  { account: 'generated, 20 numbers', numbers: 20 },
  { account: 'generated, 2,000 numbers', numbers: 2_000 },
] as const;

test('popup open to a filled caller-ID dropdown vs a blank extension page, at 20 and 2,000 numbers', async () => {
  const profile = makeUserDataDir();
  const context = await launchWithExtension(profile.dir);
  try {
    const id = extensionIdOf(await extensionWorker(context));
    await context.addInitScript(watchReady, READY_STAMP);
    // Set-up messages go from the blank page: no page that draws the account shares the renderer.
    const control = await context.newPage();
    await control.goto(`chrome-extension://${id}/blank.html`);
    const deadline = Date.now() + 60_000;
    while ((await activeSnapshot(control))?.source !== 'demo') {
      if (Date.now() > deadline) throw new Error('the demo account never became active');
      await control.waitForTimeout(200);
    }

    const timeOpen = async (path: string) => {
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(`chrome-extension://${id}/${path}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => (window as { __readyAt?: number }).__readyAt !== undefined, {
        timeout: 60_000,
      });
      const readyAt = await page.evaluate(() => (window as { __readyAt?: number }).__readyAt!);
      await page.close();
      return readyAt - start;
    };

    /** One open under a trace of the whole browser, read by openBreakdown. */
    const cdp = await context.newCDPSession(control);
    const traceOpen = async (path: string): Promise<OpenBreakdown> => {
      const page = await context.newPage();
      let events: TraceEvent[];
      try {
        events = await trace(
          cdp,
          async () => {
            // What tracing sets off in each process as it starts is over before the navigation.
            await control.waitForTimeout(300);
            await page.goto(`chrome-extension://${id}/${path}`, { waitUntil: 'commit' });
            await page.waitForFunction(
              () => (window as { __readyAt?: number }).__readyAt !== undefined,
              { timeout: 60_000 },
            );
          },
          OPEN_TRACE_CATEGORIES,
        );
      } finally {
        await page.close();
      }
      dumpTrace(`${path}-${Date.now()}`, events);
      return openBreakdown(events, `chrome-extension://${id}/${path}`);
    };

    const rows: { account: string; page: string; runs: number; medianMs: number }[] = [];
    const cpuRows: Record<string, string | number>[] = [];
    for (const size of SIZES) {
      if (size.numbers !== null) {
        const result = await sendToBackground(control, 'importConfig', {
          text: JSON.stringify(largeAccount(size.numbers)),
          origin: `bench-${size.numbers}.json`,
        });
        if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result)}`);
      }
      const signedIn = await sendToBackground(control, 'selectAgent', { agentId: 'maria-chen' });
      if (!signedIn.ok) throw new Error(`sign-in failed: ${JSON.stringify(signedIn)}`);

      const popup: number[] = [];
      const blank: number[] = [];
      // The warm-up opens also let the popup keep this account's status for its first paint.
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
      rows.push(
        {
          account: size.account,
          page: 'blank.html (load event)',
          runs: RUNS,
          medianMs: round(blankMs),
        },
        {
          account: size.account,
          page: 'popup.html (dropdown filled)',
          runs: RUNS,
          medianMs: round(popupMs),
        },
        {
          account: size.account,
          page: 'ratio popup / blank',
          runs: RUNS,
          medianMs: Number((popupMs / blankMs).toFixed(2)),
        },
      );
      // The traced opens, alternating too.
      const traced: Record<'popup' | 'blank', OpenBreakdown[]> = { popup: [], blank: [] };
      for (let i = 0; i < TRACED; i++) {
        traced.popup.push(await traceOpen('popup.html'));
        traced.blank.push(await traceOpen('blank.html'));
      }
      const popupCpu = median(traced.popup.map((b) => b.cpuMs));
      const blankCpu = median(traced.blank.map((b) => b.cpuMs));
      for (const page of ['blank', 'popup'] as const) {
        const runs = traced[page];
        const wall = (k: keyof OpenBreakdown['wall']) => {
          const xs = runs.map((b) => b.wall[k]).filter((x): x is number => x !== undefined);
          return xs.length ? round(median(xs)) : '-';
        };
        cpuRows.push({
          account: size.account,
          page,
          runs: runs.length,
          cpuMs: round(median(runs.map((b) => b.cpuMs))),
          ...Object.fromEntries(
            KIND_NAMES.map((k) => [k, round(median(runs.map((b) => b.cpuBy[k])))]),
          ),
          'commit@': wall('commit'),
          'parsed@': wall('parsed'),
          'scriptsIn@': wall('scriptsIn'),
          'evaluated@': wall('evaluated'),
          'ready@': wall('ready'),
        });
      }
      cpuRows.push({
        account: size.account,
        page: 'CPU ratio popup / blank',
        runs: TRACED,
        cpuMs: Number((popupCpu / blankCpu).toFixed(2)),
      });
    }
    report('popup-open', rows);
    // CPU ms (medians) of the page's main thread, navigation start to ready, by kind; then the
    // milestones' wall ms from the navigation's start (medians, under tracing).
    report('popup-open-cpu', cpuRows);
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

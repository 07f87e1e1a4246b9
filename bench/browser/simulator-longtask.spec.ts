/**
 * The admin simulator over 100,000 destinations in real Chromium with the built extension: how
 * long the run takes in its Web Worker, and the longest main-thread task of the options page
 * from the click on "Simulate" to the rendered result (goal: under 50 ms).
 *
 * Two views of the same tasks: the page's PerformanceObserver ('longtask' entries, reported from
 * 50 ms of wall time up), and a DevTools trace of the page's main thread (`RunTask` events:
 * `dur` is wall time, `tdur` the thread's CPU time, which stays meaningful on a machine so
 * loaded that the page's thread waits for a core in the middle of short tasks).
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { report } from '../measure';
import {
  extensionIdOf,
  extensionWorker,
  launchWithExtension,
  makeUserDataDir,
} from '../../tests/e2e/browser';
import { generateDestinations } from '../../tests/unit/lib/caller-id/generate';
import { longestTask, pageThread } from './page-tasks';
import { trace } from './trace';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/**
 * Runs in the page: resolves once the status starts with `status` and the first rows are drawn.
 * It looks every 100 ms (a querySelector: a task of well under a millisecond).
 */
function resultDrawn(status: string): Promise<void> {
  return new Promise((resolve) => {
    const look = () => {
      const section = document.getElementById('simulator');
      const text = section?.querySelector('[data-testid="sim-status"]')?.textContent ?? '';
      if (text.startsWith(status) && section?.querySelector('.sim-rows tbody tr')) resolve();
      else setTimeout(look, 100);
    };
    look();
  });
}

test('simulator: worker run time and the longest main-thread task', async () => {
  const profile = makeUserDataDir();
  const context = await launchWithExtension(profile.dir);
  try {
    const id = extensionIdOf(await extensionWorker(context));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    const section = page.locator('#simulator');
    await section.waitFor();
    const text = generateDestinations(5, 100_000).join('\n');
    await section.locator('input[type=file]').setInputFiles({
      name: 'destinations.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text),
    });
    await expect(section.getByText('destinations.txt loaded (100,000 lines)')).toBeVisible();
    const rows = [];
    for (let run = 0; run < RUNS; run++) {
      await page.evaluate(() => {
        const w = window as unknown as { tasks: number[]; observer?: PerformanceObserver };
        w.tasks = [];
        w.observer?.disconnect();
        w.observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.tasks.push(e.duration);
        });
        w.observer.observe({ type: 'longtask' });
      });
      await section.getByRole('combobox', { name: 'Agent' }).selectOption({ label: 'Maria Chen' });
      // Inside the trace, nothing of Playwright's own: its locators run an injected script in the
      // page (role queries walk the DOM and force a style and layout per element: 170-270 ms
      // tasks on a busy machine, which the trace and the observer would count as the page's).
      // So the click is a trusted mouse click at a place found before, and the page itself
      // tells when the result is drawn.
      const simulate = section.getByRole('button', { name: 'Simulate' });
      await simulate.scrollIntoViewIfNeeded();
      const box = (await simulate.boundingBox())!;
      const start = Date.now();
      const cdp = await context.newCDPSession(page);
      const events = await trace(cdp, async () => {
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await page.evaluate(resultDrawn, '100,000 calls simulated');
      });
      await cdp.detach();
      // BENCH_TRACE_DIR=dir keeps each run's trace (open it in DevTools' Performance panel).
      if (process.env.BENCH_TRACE_DIR) {
        mkdirSync(process.env.BENCH_TRACE_DIR, { recursive: true });
        writeFileSync(
          join(process.env.BENCH_TRACE_DIR, `simulator-run-${run + 1}.json`),
          JSON.stringify({ traceEvents: events }),
        );
      }
      const wall = Date.now() - start;
      const traced = longestTask(
        events,
        pageThread(events, `chrome-extension://${id}/options.html`),
      );
      const tasks = await page.evaluate(() => (window as unknown as { tasks: number[] }).tasks);
      const workerMs = await page.evaluate(() => {
        const status = document.querySelector('[data-testid="sim-status"]');
        return status ? Number(status.getAttribute('data-ms')) : NaN;
      });
      rows.push({
        run: run + 1,
        destinations: 100_000,
        'click to result (ms)': wall,
        'worker run (ms)': Math.round(workerMs),
        'long tasks ≥ 50 ms': tasks.length,
        'longest task, observer (ms)': tasks.length ? Math.round(Math.max(...tasks)) : '< 50',
        'longest task, trace wall (ms)': traced.wallMs,
        'longest task, trace CPU (ms)': traced.cpuMs,
        'longest task spent on (ms)': traced.what,
      });
      // The next run starts from a fresh result: the section re-renders on the next click.
    }
    report('presence-simulator-browser', rows);
    // What the admin sees after 100,000 destinations: the summary and the scrolling rows.
    await section.screenshot({ path: 'test-results/screenshots/options-simulator-100k.png' });
    await section.getByTestId('sim-rows').evaluate((box) => (box.scrollTop = box.scrollHeight));
    await expect(section.locator('.sim-rows tbody tr[aria-rowindex="100001"]')).toBeVisible();
    await section
      .getByTestId('sim-rows')
      .screenshot({ path: 'test-results/screenshots/options-simulator-100k-end.png' });
  } finally {
    await context.close();
    profile.remove();
  }
});

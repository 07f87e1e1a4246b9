/**
 * The options page at scale in real Chromium with the built extension: how long until it is
 * interactive (the numbers table drawn, its first row editable) with a generated account of
 * 10,000 numbers, 2,000 agents and 500 ring groups (scripts/gen-large-account.mjs), against the
 * bundled demo account in the same run (goal: at most 3×), and the page's longest task while it
 * loads, while the numbers and agents tables scroll from top to bottom, and while a label is typed
 * (goal: under 50 ms).
 *
 * - Every load is traced from before its navigation, and every main-thread task counts
 *   (load-tasks.ts): compile, evaluation and the module code cache V8 makes after it as well as
 *   script, style, layout, paint and GC. The tasks that run the bench's own DevTools commands are
 *   shown apart as "harness".
 * - "Interactive" is taken by the page itself: an init script watches the DOM and, the moment the
 *   numbers table's count says every number and the first row's label field is there and enabled,
 *   notes `performance.now()` and a user-timing mark. The harness only polls that note every
 *   half second, so its queries add no task to the load; it checks with a real locator afterwards.
 * - Wall time swings with a busy machine, so each account is loaded BENCH_LOADS times (default 5)
 *   in alternation, in two browsers side by side, and the medians are compared; so is the page's
 *   main-thread CPU time from navigation to interactive, which waiting for a core inflates least.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { report } from '../measure';
import {
  extensionIdOf,
  extensionWorker,
  launchWithExtension,
  makeUserDataDir,
} from '../../tests/e2e/browser';
import { sendToBackground } from '../../tests/e2e/extension-api';
import { generateLargeAccount } from '../../scripts/gen-large-account.mjs';
import { pageThread } from './page-tasks';
import { LOAD_CATEGORIES, markTs, windowTasks, type TaskInfo } from './load-tasks';
import { dumpTrace, trace, type TraceEvent } from './trace';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const MARK = 'ringside-bench-interactive';

/** Notes the moment the options page is interactive (see the header), in the page itself. */
async function watchInteractive(context: BrowserContext, total: number) {
  await context.addInitScript(
    ({ count, mark }) => {
      if (!location.pathname.endsWith('/options.html')) return;
      const w = window as unknown as { benchInteractive?: number };
      const ready = () => {
        const status = [...document.querySelectorAll('#numbers [role="status"]')].some(
          (s) => s.textContent?.trim() === count,
        );
        const input = document.querySelector<HTMLInputElement>(
          '#numbers input[aria-label="Label of number 1"]',
        );
        return status && !!input && !input.disabled && !input.readOnly;
      };
      const observer = new MutationObserver(() => {
        if (w.benchInteractive !== undefined || !ready()) return;
        w.benchInteractive = performance.now();
        performance.mark(mark);
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    },
    // The count is written in the page's language (English here): "10,000 numbers".
    { count: `${new Intl.NumberFormat('en').format(total)} numbers`, mark: MARK },
  );
}

interface Load {
  wallMs: number;
  cpuMs: number;
  longest: TaskInfo;
  harness: TaskInfo;
  over35: number;
}

const text = (t: TaskInfo) => `${t.cpuMs} cpu / ${t.wallMs} wall at ${t.atMs} ms (${t.what})`;

/** One traced load of the options page; the page is left open for the scroll and edit. */
async function load(
  context: BrowserContext,
  id: string,
): Promise<{ page: Page; thread: string; load: Load }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const url = `chrome-extension://${id}/options.html`;
  let interactive = 0;
  const events = await trace(
    cdp,
    async () => {
      await page.goto(url);
      const handle = await page.waitForFunction(
        () => (window as unknown as { benchInteractive?: number }).benchInteractive,
        null,
        { polling: 500, timeout: 120_000 },
      );
      interactive = (await handle.jsonValue()) as number;
      // Let the work that follows (the later sections, the draft's sliced check) finish inside
      // the load's window.
      await page.waitForTimeout(3000);
    },
    LOAD_CATEGORIES,
  );
  await cdp.detach();
  // What the page noted is what a person sees: the first row's label can be typed into.
  await expect(
    page.locator('#numbers').getByRole('textbox', { name: 'Label of number 1', exact: true }),
  ).toBeEditable();
  const thread = pageThread(events, url);
  const mark = markTs(events, thread, MARK);
  if (mark === undefined) throw new Error('the interactive mark is not in the trace');
  const start = mark - interactive * 1000;
  const all = windowTasks(events, thread, start);
  const toInteractive = windowTasks(events, thread, start, mark);
  return {
    page,
    thread,
    load: {
      wallMs: Math.round(interactive),
      cpuMs: toInteractive.cpuMs,
      longest: all.longest,
      harness: all.harness,
      over35: all.over35,
    },
  };
}

/** The longest page task while the numbers and agents tables scroll, and while a label is typed. */
async function scrollAndEdit(page: Page, thread: string, name: string) {
  const cdp = await page.context().newCDPSession(page);
  const tasksOf = (events: TraceEvent[], phase: string) => {
    dumpTrace(`options-${name}-${phase}`, events);
    const from = events.reduce((m, e) => (e.ts > 0 ? Math.min(m, e.ts) : m), Infinity);
    return windowTasks(events, thread, from);
  };
  // The numbers table, then the agents table, each from top to bottom in 20 jumps (every jump
  // draws a whole new window of rows) and back to the top.
  const scroll = tasksOf(
    await trace(
      cdp,
      async () => {
        for (const section of ['#numbers', '#agents']) {
          const box = page.locator(`${section} .table-scroll`);
          await box.scrollIntoViewIfNeeded();
          for (let step = 1; step <= 20; step++) {
            await box.evaluate((el, f) => {
              el.scrollTop = (el.scrollHeight - el.clientHeight) * f;
            }, step / 20);
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
          }
          await box.evaluate((el) => (el.scrollTop = 0));
          await page.waitForTimeout(500);
        }
      },
      LOAD_CATEGORIES,
    ),
    'scroll',
  );
  const first = page
    .locator('#numbers')
    .getByRole('textbox', { name: 'Label of number 1', exact: true });
  const edit = tasksOf(
    await trace(
      cdp,
      async () => {
        await first.click();
        await first.pressSequentially(' edited', { delay: 30 });
        await page.waitForTimeout(2000);
      },
      LOAD_CATEGORIES,
    ),
    'edit',
  );
  await cdp.detach();
  return { scroll, edit };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ratio = (a: number, b: number) => Math.round((100 * a) / b) / 100;

test('options page: interactive with 10,000 numbers and 2,000 agents against the demo account', async () => {
  test.setTimeout(600_000 * RUNS);
  const large = JSON.stringify(
    generateLargeAccount({ numbers: 10_000, agents: 2_000, ringGroups: 500, seed: 1 }),
  );
  const demo = readFileSync('lib/demo/account.json', 'utf8');
  const demoNumbers = (JSON.parse(demo) as { numbers: unknown[] }).numbers.length;
  const accounts = [
    { name: 'demo', text: demo, total: demoNumbers },
    { name: '10k', text: large, total: 10_000 },
  ] as const;
  const runs = [];
  const loads = [];
  for (let run = 1; run <= RUNS; run++) {
    const browsers: { context: BrowserContext; id: string; remove: () => void }[] = [];
    try {
      for (const account of accounts) {
        const profile = makeUserDataDir();
        const context = await launchWithExtension(profile.dir);
        browsers.push({ context, id: '', remove: profile.remove });
        await watchInteractive(context, account.total);
        const id = extensionIdOf(await extensionWorker(context));
        browsers.at(-1)!.id = id;
        const setup = await context.newPage();
        await setup.goto(`chrome-extension://${id}/options.html`);
        await expect(setup.locator('#numbers')).toBeVisible({ timeout: 60_000 });
        const result = await sendToBackground(setup, 'importConfig', {
          text: account.text,
          origin: account.name,
        });
        expect(result).toMatchObject({ ok: true });
        await setup.close();
      }
      const measured: Load[][] = [[], []];
      const last: ({ page: Page; thread: string } | undefined)[] = [];
      for (let i = 0; i < LOADS; i++) {
        // In alternation, each account first every other time, so a drift of the machine's load
        // falls on both.
        const order = i % 2 ? [1, 0] : [0, 1];
        for (const a of order) {
          const { context, id } = browsers[a]!;
          // Pages of one extension share a renderer's main thread: an options page left open
          // would do its own work (a frame, a style pass) inside the next load's trace.
          await last[a]?.page.close();
          const { page, thread, load: l } = await load(context, id);
          measured[a]!.push(l);
          loads.push({
            run,
            load: i + 1,
            account: accounts[a]!.name,
            'interactive wall (ms)': l.wallMs,
            'interactive cpu (ms)': l.cpuMs,
            'longest task': text(l.longest),
            'tasks ≥ 35 ms cpu': l.over35,
            'longest harness task': text(l.harness),
          });
          last[a] = { page, thread };
        }
      }
      const [d, l] = measured as [Load[], Load[]];
      const demoPhases = await scrollAndEdit(last[0]!.page, last[0]!.thread, `demo-${run}`);
      const largePhases = await scrollAndEdit(last[1]!.page, last[1]!.thread, `10k-${run}`);
      const worst = (xs: Load[]) =>
        xs.reduce((m, x) => (x.longest.cpuMs > m.longest.cpuMs ? x : m));
      runs.push({
        run,
        'demo interactive median (wall / cpu ms)': `${median(d.map((x) => x.wallMs))} / ${median(d.map((x) => x.cpuMs))}`,
        '10k interactive median (wall / cpu ms)': `${median(l.map((x) => x.wallMs))} / ${median(l.map((x) => x.cpuMs))}`,
        'ratio wall (goal ≤ 3)': ratio(
          median(l.map((x) => x.wallMs)),
          median(d.map((x) => x.wallMs)),
        ),
        'ratio cpu': ratio(median(l.map((x) => x.cpuMs)), median(d.map((x) => x.cpuMs))),
        'demo longest load': text(worst(d).longest),
        '10k longest load': text(worst(l).longest),
        'demo longest scroll': text(demoPhases.scroll.longest),
        '10k longest scroll': text(largePhases.scroll.longest),
        'demo longest edit': text(demoPhases.edit.longest),
        '10k longest edit': text(largePhases.edit.longest),
        '10k tasks ≥ 35 ms (load / scroll / edit)': `${l.reduce((s, x) => s + x.over35, 0)} / ${largePhases.scroll.over35} / ${largePhases.edit.over35}`,
        '10k longest harness (scroll / edit)': `${text(largePhases.scroll.harness)} / ${text(largePhases.edit.harness)}`,
      });
    } finally {
      for (const b of browsers) {
        await b.context.close();
        b.remove();
      }
    }
  }
  report('options-scale-loads', loads);
  report('options-scale-browser', runs);
});

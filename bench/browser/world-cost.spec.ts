/**
 * What a content script pays on a big page before it does anything of its own: the same script
 * run in the page's own world and in an isolated world (where content scripts run, made here
 * through DevTools' `Page.createIsolatedWorld`), on the bare benchmark CRM list
 * (bench/crm-page.ts) of each size, in Chromium without the extension. Two scripts:
 *
 * - **walk**: a depth-first walk of every node by `firstChild` / `nextSibling`, reading
 *   `nodeType`: what the scan's walk costs at the least;
 * - **keep + garbage**: no DOM at all; 100,000 small records kept (as the content script keeps
 *   ~450 bytes per number found) while short-lived objects and strings are made, as parsing does;
 * - **walk + keep + garbage**: the walk, keeping a record (and its text node) and making the
 *   garbage every 13 nodes: the shape of a scan of the list (a number every ~13 nodes).
 *
 * Each reports its total time and its worst pause (the longest gap between two clock readings
 * taken every 32 steps: the longest a scan slice could overrun its budget). Why it exists: at
 * 50,000 rows the scan's long tasks were garbage collection and stalls inside the walk, not work
 * of ours that a faster algorithm could remove; this measures that floor. See docs/detection.md,
 * "What 50,000 rows cost any script". `RINGSIDE_BENCH_SIZES` picks sizes.
 */
import { test, type Page } from '@playwright/test';
import { report, type BenchRow } from '../measure';
import { crmPageHtml, crmPageSizes } from '../crm-page';
import { launchPlainChromium } from '../../tests/e2e/browser';

const SIZES = crmPageSizes();
type World = 'page' | 'isolated';
interface Cost {
  ms: number;
  worstPauseMs: number;
  steps: number;
}

/**
 * What every script starts with (they run through DevTools, in either world): `tick` notes the
 * longest gap between two clock readings; `found` does what a scan does per number: parsing's
 * short-lived objects and strings, then a record kept (with its text node when there is one).
 */
const PRELUDE = `
  let last = performance.now(), worst = 0, sink = 0;
  const start = last;
  const tick = () => { const now = performance.now(); if (now - last > worst) worst = now - last; last = now; };
  const kept = [];
  globalThis.__benchKept = kept;
  const found = (i, node) => {
    for (let k = 0; k < 40; k++) {
      const parsed = { digits: 'x' + i + ':' + k, groups: [i, k, i * k] };
      sink += parsed.groups.length + parsed.digits.length;
    }
    kept.push({ e164: '+1415555' + (i % 10000), text: '(415) 555-' + i,
      place: { kind: 'text', node, start: 0, end: 14 }, sink });
  };`;

/** A depth-first walk of every node, calling `found` for one node in `every` (0: none). */
const walk = (every: number) => `(() => {${PRELUDE}
  let steps = 0, types = 0;
  const visit = (parent) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      types += node.nodeType;
      ${every ? `if (++steps % ${every} === 0) found(steps, node);` : '++steps;'}
      if (steps % 32 === 0) tick();
      if (node.firstChild) visit(node);
    }
  };
  visit(document);
  return { ms: performance.now() - start, worstPauseMs: worst, steps, checksum: types };
})()`;

const WALK = walk(0);

const KEEP_AND_GARBAGE = `(() => {${PRELUDE}
  for (let i = 0; i < 100000; i++) {
    found(i, null);
    if (i % 32 === 0) tick();
  }
  return { ms: performance.now() - start, worstPauseMs: worst, steps: kept.length };
})()`;

/** The walk, with the keeping and the garbage of a scan that finds a number every 13 nodes. */
const SCAN_SHAPED = walk(13);

async function run(page: Page, world: World, expression: string): Promise<Cost> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let contextId: number | undefined;
    if (world === 'isolated') {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'ringside-bench',
      }));
    }
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
      ...(contextId === undefined ? {} : { contextId }),
    });
    if (exceptionDetails) throw new Error(`bench script failed: ${exceptionDetails.text}`);
    return result.value as Cost;
  } finally {
    await cdp.detach();
  }
}

test('what any script pays on a big page, in the page world and in an isolated world', async () => {
  test.setTimeout(SIZES.reduce((t, n) => t + n * 30, 180_000));
  const browser = await launchPlainChromium();
  const rows: BenchRow[] = [];
  const round = (n: number) => Math.round(n * 10) / 10;
  try {
    for (const size of SIZES) {
      const html = crmPageHtml(size);
      for (const [name, expression] of [
        ['walk', WALK],
        ['keep + garbage', KEEP_AND_GARBAGE],
        ['walk + keep + garbage', SCAN_SHAPED],
      ] as const) {
        const costs = {} as Record<World, Cost>;
        for (const world of ['page', 'isolated'] as const) {
          // A fresh page each time: one run's garbage and wrappers are not the next one's.
          const page = await browser.newPage();
          await page.setContent(html, { timeout: 600_000 });
          await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1_000)));
          costs[world] = await run(page, world, expression);
          await page.close();
        }
        rows.push({
          rows: size,
          script: name,
          steps: costs.page.steps,
          'ms (page / isolated)': `${round(costs.page.ms)} / ${round(costs.isolated.ms)}`,
          'isolated / page': round(costs.isolated.ms / costs.page.ms),
          'worst pause ms (page / isolated)': `${round(costs.page.worstPauseMs)} / ${round(costs.isolated.worstPauseMs)}`,
        });
      }
    }
  } finally {
    await browser.close();
  }
  report('world-cost', rows);
});

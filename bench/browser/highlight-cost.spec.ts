/**
 * What one change to a CSS Custom Highlight costs the page's next frame, by page size, in
 * Chromium without the extension: the bare benchmark CRM list (bench/crm-page.ts) of 2,000,
 * 10,000 and 50,000 rows, a highlight already holding 100 ranges near the top (the band Ringside
 * paints around the viewport), then, each inside an animation-frame callback, one range added,
 * the same range deleted, or nothing (the idle frame the others are compared with). Reported:
 * the median time from that callback to the next frame's, over `SAMPLES` of each.
 *
 * Why it exists: every change to a highlight makes Chromium repaint, and on very long pages a
 * repaint could cost more than a frame on its own. Measured so far: with Blink's own trace
 * categories on, the change frame's paint grew with the page (46–65 ms at 50,000 rows); without
 * them, on a quiet machine, the change frame was no longer than an idle one at every size, and
 * 4 frames at 50,000 rows only while tests shared the machine (docs/detection.md, "On big
 * pages"). `RINGSIDE_BENCH_SIZES` picks sizes.
 */
import { test } from '@playwright/test';
import { report, type BenchRow } from '../measure';
import { crmPageHtml, crmPageSizes } from '../crm-page';
import { launchPlainChromium } from '../../tests/e2e/browser';

const SIZES = crmPageSizes();
const SAMPLES = 7;

/** Runs in the page: median ms from a frame callback that makes the change to the next one. */
async function frameCosts(samples: number): Promise<Record<'idle' | 'add' | 'delete', number>> {
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const cells = [...document.querySelectorAll('td')];
  const range = (cell: Element) => {
    const r = new Range();
    r.selectNodeContents(cell);
    return r;
  };
  const highlight = new Highlight(...cells.slice(0, 100).map(range));
  CSS.highlights.set('bench', highlight);
  for (let i = 0; i < 10; i++) await frame();
  const extra = range(cells[150]!);
  /** ms from the frame in which `change` ran to the next frame. */
  const after = async (change: () => void) => {
    const at = await frame();
    change();
    return (await frame()) - at;
  };
  const times = { idle: [] as number[], add: [] as number[], delete: [] as number[] };
  for (let i = 0; i < samples; i++) {
    times.idle.push(await after(() => {}));
    times.add.push(await after(() => highlight.add(extra)));
    times.delete.push(await after(() => highlight.delete(extra)));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  return { idle: median(times.idle), add: median(times.add), delete: median(times.delete) };
}

test('one change to a CSS highlight: the next frame, by page size (no extension)', async () => {
  test.setTimeout(SIZES.reduce((t, n) => t + n * 20, 120_000));
  const browser = await launchPlainChromium();
  const rows: BenchRow[] = [];
  try {
    for (const size of SIZES) {
      const page = await browser.newPage();
      await page.setViewportSize({ width: 1280, height: 720 });
      // Styled as the content script styles its highlight (a background colour only).
      const html = crmPageHtml(size).replace(
        '</style>',
        '::highlight(bench){background-color:rgb(20 102 204 / 0.16)}</style>',
      );
      await page.setContent(html, { timeout: 600_000 });
      // Playwright's first evaluation in a page adds a frame of its own; let it pass.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1_000)));
      const ms = await page.evaluate(frameCosts, SAMPLES);
      const round = (n: number) => Math.round(n * 10) / 10;
      rows.push({
        rows: size,
        'idle frame ms': round(ms.idle),
        'frame after adding a range ms': round(ms.add),
        'frame after deleting it ms': round(ms.delete),
        'add / idle': round(ms.add / ms.idle),
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  report('highlight-change-cost', rows);
});

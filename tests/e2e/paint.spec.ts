/**
 * Which numbers are painted on a long page, in real Chromium with the built extension: the
 * content script watches two elements per run of number containers (lib/detect/paint-runs.ts),
 * not one per number, so this checks what runs could get wrong: a sticky panel after the list in
 * document order (on screen wherever the page is), numbers the page adds, removes or rewrites
 * after the first scan, and jumps of more than a screen.
 */
import { crmTableHtml } from '../../bench/crm-page';
import { SETTLE_MS } from '../../lib/detect/scroll-pace';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { CrmPage } from './pages/crm';

const ROWS = 600;
/** In the sticky panel, after the table in document order. */
const PANEL_NUMBER = '(702) 555-0123';
const ADDED_TOP = '(305) 555-0177';
const ADDED_BOTTOM = '(808) 555-0145';
const REWRITTEN = '(919) 555-0166';

let fixtures: FixtureServer;
test.beforeAll(async () => {
  fixtures = await startFixtureServer();
  fixtures.pages.set(
    '/runs.html',
    '<!doctype html><html><head><meta charset="utf-8"><title>Contacts</title>' +
      '<style>body{margin:0 16px;display:flex;gap:16px;align-items:flex-start}td{padding:4px 8px;white-space:nowrap}' +
      'aside{position:sticky;top:10px;border:1px solid #ccc;padding:8px}</style></head><body>' +
      crmTableHtml(ROWS) +
      `<aside><h2>Caller</h2><p>Last caller: ${PANEL_NUMBER}</p></aside></body></html>`,
  );
});
test.afterAll(async () => {
  await fixtures.close();
});

/** Adds a row with `text` as its phone before the list's row `before` (or at its end). */
function addRow(crm: CrmPage, text: string, before: number | null): Promise<void> {
  return crm.page.evaluate(
    ({ text, before }) => {
      const row = document.createElement('tr');
      row.innerHTML = `<td></td><td>Added</td><td><span class="value">${text}</span></td><td>United States</td>`;
      const tbody = document.querySelector('tbody')!;
      tbody.insertBefore(row, before === null ? null : tbody.children[before]!);
    },
    { text, before },
  );
}

/** The long list open at 1280 × 720, its scan over (the last row's phone painted when shown). */
async function openScanned(context: BrowserContext): Promise<CrmPage> {
  const crm = new CrmPage(await context.newPage());
  await crm.page.setViewportSize({ width: 1280, height: 720 });
  await crm.page.goto(`${fixtures.url}/runs.html`);
  await expect.poll(() => crm.highlightCount(), { timeout: 60_000 }).toBeGreaterThan(0);
  const lastRow = crm.page.locator('tbody tr').last().locator('.value');
  const lastText = (await lastRow.innerText()).trim();
  await lastRow.scrollIntoViewIfNeeded();
  await expect
    .poll(() => crm.highlighted(), { timeout: 60_000 })
    .toEqual(expect.arrayContaining([lastText]));
  return crm;
}

test('a sticky panel, and numbers added, removed and rewritten after the first scan, are painted as shown', async ({
  context,
}) => {
  test.setTimeout(180_000);
  const crm = await openScanned(context);

  // The panel is on screen wherever the page is scrolled, and so always painted.
  for (const to of [0, 0.5, 1, 0.25]) {
    await crm.page.evaluate((to) => window.scrollTo(0, document.body.scrollHeight * to), to);
    await expect
      .poll(() => crm.highlighted(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([PANEL_NUMBER]));
  }

  // Jumps of more than a screen: the rows on screen after each are painted.
  for (const row of [ROWS / 2, 10, ROWS - 20]) {
    const cell = crm.page.locator(`tr[data-row="${row}"] .value`);
    const text = (await cell.innerText()).trim();
    await cell.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect
      .poll(() => crm.highlighted(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([text]));
  }

  // Added after the first scan: at the top (on screen) and at the end (painted once there).
  await crm.page.evaluate(() => window.scrollTo(0, 0));
  await addRow(crm, ADDED_TOP, 0);
  await addRow(crm, ADDED_BOTTOM, null);
  await expect
    .poll(() => crm.highlighted(), { timeout: 15_000 })
    .toEqual(expect.arrayContaining([ADDED_TOP]));
  expect(await crm.highlighted()).not.toContain(ADDED_BOTTOM);
  await crm.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect
    .poll(() => crm.highlighted(), { timeout: 15_000 })
    .toEqual(expect.arrayContaining([ADDED_BOTTOM]));
  await crm.page.evaluate(() => window.scrollTo(0, 0));

  // Rewritten: row 4's phone now reads another number; removed: row 2 leaves the list (both
  // rows of US contacts, where the new number reads as it should).
  const row4 = crm.page.locator('tr[data-row="4"] .value');
  const oldText = (await row4.innerText()).trim();
  const row2 = crm.page.locator('tr[data-row="2"] .value');
  const removedText = (await row2.innerText()).trim();
  await expect
    .poll(() => crm.highlighted(), { timeout: 15_000 })
    .toEqual(expect.arrayContaining([oldText, removedText]));
  await row4.evaluate((el, text) => (el.textContent = text), REWRITTEN);
  await crm.page.locator('tr[data-row="2"]').evaluate((el) => el.remove());
  await expect
    .poll(() => crm.highlighted(), { timeout: 15_000 })
    .toEqual(expect.arrayContaining([REWRITTEN, ADDED_TOP]));
  const painted = await crm.highlighted();
  expect(painted).not.toContain(oldText);
  expect(painted).not.toContain(removedText);
  // Still only what is near the viewport, not the whole list.
  expect(painted.length).toBeLessThan(ROWS);
});

test('a fast scroll holds highlight changes until it ends, then what is on screen is painted', async ({
  context,
}) => {
  test.setTimeout(180_000);
  const crm = await openScanned(context);
  await crm.page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => crm.highlighted(), { timeout: 15_000 }).toContain(PANEL_NUMBER);
  await crm.page.waitForTimeout(500);

  // 150 px a frame (a fling: over 1.5 screens a second even at 10 frames a second) for 70
  // frames, noting in which frames the highlight's ranges changed, and when each frame began.
  const { changedIn, times } = await crm.page.evaluate(
    () =>
      new Promise<{ changedIn: number[]; times: number[] }>((resolve) => {
        const highlight = CSS.highlights.get('ringside-phone')!;
        const ranges = () => new Set(highlight);
        let before = ranges();
        const changed: number[] = [];
        const times: number[] = [];
        let frame = 0;
        const step = (time: number) => {
          times.push(time);
          const now = ranges();
          if (now.size !== before.size || [...now].some((r) => !before.has(r))) changed.push(frame);
          before = now;
          if (++frame > 70) return resolve({ changedIn: changed, times });
          window.scrollBy(0, 150);
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  // The first frames measure the scroll's speed; after them nothing changes while it goes on.
  // A gap of SETTLE_MS between two frames is, by the rule, the scroll pausing (a loaded machine
  // makes such gaps): the held changes may then go in, seen up to three frames later (the scroll
  // event comes a frame after scrollBy, the flush in the frame after the timer). Those frames are
  // not judged; the others must be enough to judge the rule by.
  const paused = (frame: number) =>
    [0, 1, 2, 3].some((back) => {
      const k = frame - back;
      return k >= 1 && times[k]! - times[k - 1]! >= SETTLE_MS - 10;
    });
  const judged = times.map((_, frame) => frame).filter((frame) => frame > 6 && !paused(frame));
  expect(judged.length, 'frames of steady fast scrolling to judge').toBeGreaterThanOrEqual(20);
  expect(changedIn.filter((frame) => judged.includes(frame))).toEqual([]);

  // Stopped: the rows on screen are painted.
  const middle = await crm.page.evaluate(() => {
    const row = document.elementFromPoint(400, 360)?.closest('tr');
    return row?.querySelector('.value')?.textContent?.trim() ?? '';
  });
  expect(middle).not.toBe('');
  await expect
    .poll(() => crm.highlighted(), { timeout: 15_000 })
    .toEqual(expect.arrayContaining([middle]));
});

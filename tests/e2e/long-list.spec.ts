/**
 * Lists longer than LONG_LIST rows are scanned near the viewport only (lib/detect/long-lists.ts):
 * on a 30,000-row CRM list (the benchmark's page) Ringside keeps the numbers of a few screens,
 * not 60,000; a jump to the middle of the list marks the rows there, a row the page inserts on
 * screen is marked, and the top is marked again when scrolled back to. A long list in a closed tab
 * is marked when the tab opens. A long list whose rows do not go down the page in order is
 * scanned whole, as any list.
 */
import { crmTableHtml } from '../../bench/crm-page';
import { LONG_LIST } from '../../lib/detect/long-lists';
import { contentStats } from './content-world';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { expect, test } from './fixtures';
import { CrmPage } from './pages/crm';

const ROWS = 30_000;
/** Numbers a window of a few screens holds at most: 11 screens of 720 px, rows of ≥ 20 px, 2 a row. */
const WINDOW_NUMBERS = 2 * Math.ceil((11 * 720) / 20);
const REVERSED = LONG_LIST + 500;

let fixtures: FixtureServer;
test.beforeAll(async () => {
  fixtures = await startFixtureServer();
  const page = (body: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>Contacts</title></head><body>${body}</body></html>`;
  fixtures.pages.set('/long.html', page(crmTableHtml(ROWS)));
  const items = Array.from(
    { length: REVERSED },
    (_, i) => `<li>Desk (212) 555-${String(i % 10_000).padStart(4, '0')}</li>`,
  );
  fixtures.pages.set(
    '/tab.html',
    page(
      `<style>.closed{display:none}</style><button>Calls</button>` +
        `<section class="closed"><ul style="margin:0">${items.join('')}</ul></section>`,
    ),
  );
  fixtures.pages.set(
    '/reversed.html',
    page(`<ul style="display:flex;flex-direction:column-reverse;margin:0">${items.join('')}</ul>`),
  );
});
test.afterAll(async () => {
  await fixtures.close();
});

/** The phone cell's text of a row (its national digits as the page shows them). */
async function phoneText(crm: CrmPage, row: number): Promise<string> {
  return (await crm.page.locator(`tr[data-row="${row}"] .value`).innerText()).trim();
}

/** The rows (`data-row`) of the numbers painted now (numbers repeat down the list; rows do not). */
function paintedRows(crm: CrmPage): Promise<string[]> {
  return crm.page.evaluate(() => {
    const highlight = CSS.highlights.get('ringside-phone');
    return [...(highlight ?? [])].map((range) => {
      const node = (range as Range).startContainer;
      const element = node instanceof Element ? node : node.parentElement;
      return element?.closest('tr')?.dataset.row ?? '';
    });
  });
}

test('a 30,000-row list: numbers near the viewport are kept, a jump to the middle marks it, the page can change it', async ({
  context,
  extensionId,
}) => {
  // A slow, shared machine: the page alone takes seconds to lay out at this size.
  test.setTimeout(300_000);
  const crm = new CrmPage(await context.newPage());
  await crm.page.setViewportSize({ width: 1280, height: 720 });
  const stats = await contentStats(crm.page, extensionId);
  await crm.page.goto(`${fixtures.url}/long.html`, { timeout: 120_000 });
  await expect.poll(() => crm.highlightCount(), { timeout: 120_000 }).toBeGreaterThan(0);
  await expect
    .poll(() => paintedRows(crm), { timeout: 60_000 })
    .toEqual(expect.arrayContaining(['0']));
  expect(await stats()).toMatchObject({ longLists: 1 });
  // The first screens' numbers, not the list's 60,000 (read once the window's scan is over:
  // the same count a second apart).
  let first = -1;
  await expect
    .poll(
      async () => {
        const [before, now] = [first, (await stats())!.numbers];
        first = now;
        return now === before;
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toBe(true);
  expect(first).toBeGreaterThan(20);
  expect(first).toBeLessThan(WINDOW_NUMBERS);

  // A jump (a search, End, a link) to the middle: the rows there are scanned and painted.
  const middle = ROWS / 2;
  await crm.page
    .locator(`tr[data-row="${middle}"]`)
    .evaluate((row) => row.scrollIntoView({ block: 'center' }));
  const middleText = await phoneText(crm, middle);
  await expect
    .poll(() => paintedRows(crm), { timeout: 60_000 })
    .toEqual(expect.arrayContaining([String(middle)]));
  // The top's numbers were let go: what is kept is the middle's band (two screens each side:
  // ~5/3 of the top's, which has no rows above it), not the top's as well (~8/3).
  await expect
    .poll(async () => (await stats())!.numbers, { timeout: 60_000 })
    .toBeLessThan(2 * first);

  // The card is about the number shown, and names it.
  await crm.hover(middleText);
  await expect.poll(async () => (await crm.card())?.number, { timeout: 60_000 }).toBe(middleText);

  // The page inserts a row above the middle one, on screen: it is scanned and painted.
  await crm.page.locator(`tr[data-row="${middle}"]`).evaluate((row) => {
    const added = row.cloneNode(true) as HTMLElement;
    added.dataset.row = 'added';
    added.querySelector('.value')!.textContent = '(212) 555-0147';
    row.before(added);
  });
  await expect
    .poll(() => paintedRows(crm), { timeout: 60_000 })
    .toEqual(expect.arrayContaining(['added']));
  expect(await crm.highlighted()).toContain('(212) 555-0147');

  // Back to the top: its numbers are found again.
  await crm.page.evaluate(() => window.scrollTo(0, 0));
  await expect
    .poll(() => paintedRows(crm), { timeout: 60_000 })
    .toEqual(expect.arrayContaining(['0']));
  expect(await stats()).toMatchObject({ longLists: 1 });
  // The middle's numbers were let go in turn.
  await expect
    .poll(async () => (await stats())!.numbers, { timeout: 60_000 })
    .toBeLessThan(2 * first);
});

test('a long list whose rows go up the page is scanned whole', async ({ context, extensionId }) => {
  test.setTimeout(300_000);
  const crm = new CrmPage(await context.newPage());
  const stats = await contentStats(crm.page, extensionId);
  await crm.page.goto(`${fixtures.url}/reversed.html`, { timeout: 120_000 });
  // Every item holds one number; the list is handed back to the eager scan, which finds them all.
  await expect
    .poll(async () => (await stats())?.numbers, { timeout: 240_000, intervals: [1_000] })
    .toBe(REVERSED);
  expect(await stats()).toMatchObject({ longLists: 0 });
});

test('a long list in a closed tab of the app is marked when the tab opens', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(300_000);
  const crm = new CrmPage(await context.newPage());
  const stats = await contentStats(crm.page, extensionId);
  await crm.page.goto(`${fixtures.url}/tab.html`, { timeout: 120_000 });
  await expect.poll(async () => (await stats())?.longLists, { timeout: 120_000 }).toBe(1);
  // Time for the window to look at the hidden list (a frame and a timer) and find nothing.
  await crm.page.waitForTimeout(1_000);
  expect((await stats())!.numbers).toBe(0);
  // Opening the tab changes a class: no mutation Ringside watches, no scroll.
  await crm.page.evaluate(() => document.querySelector('section')!.classList.remove('closed'));
  await expect
    .poll(() => crm.highlighted(), { timeout: 60_000 })
    .toEqual(expect.arrayContaining(['(212) 555-0000']));
  expect((await stats())!.numbers).toBeLessThan(WINDOW_NUMBERS);
});

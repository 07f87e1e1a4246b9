/**
 * Local presence in real Chromium with the built demo extension: the admin simulator on a
 * 10,000-line upload (Web Worker, progress, coverage, CSV), and the calling-hours confirmation
 * on the CRM card (the first click explains, the second "Call anyway" calls).
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startWebhookReceiver } from './background-servers';
import { activeSnapshot, readTable, sendToBackground } from './extension-api';
import { expect, test } from './fixtures';
import { ARM_DELAY_MS } from '../../lib/ui/confirm-gate';
import { CrmPage } from './pages/crm';
import { OptionsPage } from './pages/options';
import { signInOn } from './sign-in';

/** The demo account with `edit` applied to its outboundCallerId, saved as the local config. */
async function withPresence(options: Page, patch: Record<string, unknown>) {
  await expect.poll(async () => (await activeSnapshot(options))?.source).toBe('demo');
  const doc = JSON.parse(readFileSync('lib/demo/account.json', 'utf8')) as {
    outboundCallerId: Record<string, unknown>;
  };
  doc.outboundCallerId = { ...doc.outboundCallerId, ...patch };
  const result = await sendToBackground(options, 'importConfig', {
    text: JSON.stringify(doc),
    origin: 'presence test',
  });
  expect(result).toMatchObject({ ok: true });
}

/** A window that the current hour in `zone` is outside of. */
function windowExcludingNow(zone: string): { start: string; end: string } {
  const hour = Number(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(
      Date.now(),
    ),
  );
  return hour < 12 ? { start: '13:00', end: '23:00' } : { start: '00:00', end: '11:00' };
}

test('the CRM card shows the local time and asks "Call anyway" outside calling hours', async ({
  context,
  demoCrmUrl,
  openExtensionPage,
  snap,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    const options = await openExtensionPage('options.html');
    await withPresence(options, { callingHours: windowExcludingNow('America/Los_Angeles') });
    await signInOn(options, receiver.url);

    const crm = new CrmPage(await context.newPage());
    await crm.page.goto(`${demoCrmUrl}#/contacts`);
    await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
    await crm.hover('415.555.0187');
    await expect
      .poll(async () => (await crm.card())?.why)
      .toMatch(/Local time there: \d{1,2}:\d\d [AP]M in Los Angeles\.$/);

    // The card says why before any click; the first click only arms "Call anyway".
    const outside =
      /It is \d{1,2}:\d\d [AP]M in Los Angeles, outside calling hours \(\d\d:00–\d\d:00 local time\)\./;
    await expect.poll(async () => (await crm.card())?.confirm).toMatch(outside);
    let card = (await crm.card())!;
    await crm.page.mouse.move(card.buttonCenter!.x, card.buttonCenter!.y, { steps: 4 });
    await crm.page.mouse.click(card.buttonCenter!.x, card.buttonCenter!.y);
    await expect.poll(async () => (await crm.card())?.button).toBe('Call anyway');
    card = (await crm.card())!;
    expect(card.confirm).toContain('Click “Call anyway” to place this call.');
    expect(receiver.calls()).toEqual([]);
    await snap(crm.page, 'content-card-calling-hours');
    const box = card.cardBox!;
    await crm.page.screenshot({
      path: 'test-results/screenshots/content-card-calling-hours-card.png',
      clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 },
    });

    // Second click, not part of a double click: the call goes out, confirmed.
    await crm.page.waitForTimeout(ARM_DELAY_MS + 100);
    await crm.page.mouse.click(card.buttonCenter!.x, card.buttonCenter!.y);
    await expect.poll(async () => (await crm.card())?.status).toMatch(/^Calling from /);
    expect(receiver.calls()).toEqual([expect.objectContaining({ to: '+14155550187' })]);
    await expect
      .poll(async () => (await readTable(options, 'calls')).map((c) => c.outcome))
      .toEqual(['placed']);
  } finally {
    await receiver.close();
  }
});

test('the simulator runs a 10,000-line upload in a worker: progress, coverage and CSV', async ({
  openExtensionPage,
  snap,
}) => {
  test.setTimeout(180_000);
  const options = await OptionsPage.open(openExtensionPage);
  const page = options.page;
  // Long tasks on the page's main thread while the simulator runs (PerformanceObserver).
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });

  const areaCodes = ['415', '646', '212', '702', '808', '305', '312', '617'];
  const lines = ['name,phone'];
  for (let i = 0; i < 10_000; i++) {
    const area = areaCodes[i % areaCodes.length]!;
    lines.push(`Contact ${i},"(${area}) 555-${String(1000 + (i % 9000)).padStart(4, '0')}"`);
  }
  const section = page.locator('#simulator');
  await section.scrollIntoViewIfNeeded();
  await section.locator('input[type=file]').setInputFiles({
    name: 'contacts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  await expect(section.getByText('contacts.csv loaded (10,001 lines)')).toBeVisible();
  await section.getByRole('combobox', { name: 'Agent' }).selectOption({ label: 'Maria Chen' });
  await section.getByRole('button', { name: 'Simulate' }).click();
  await expect(section.getByTestId('sim-status')).toHaveText(
    /^10,000 calls simulated \(CSV column “phone”\)\./,
    { timeout: 120_000 },
  );
  const summary = section.getByTestId('sim-summary');
  await expect(summary.getByRole('row', { name: /area-code/ })).toBeVisible();
  // 8 area codes, evenly: Maria's sales numbers cover some; the others are listed as gaps.
  await expect(summary.getByRole('heading', { name: 'Area codes' })).toBeVisible();
  await snap(page, 'options-simulator');
  await section.screenshot({ path: 'test-results/screenshots/options-simulator-section.png' });
  await page
    .locator('#presence')
    .screenshot({ path: 'test-results/screenshots/options-presence-section.png' });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe('destination,e164,agent,caller_id,caller_id_label,rule,reason');
  expect(csv).toHaveLength(10_001);
  expect(csv[1]).toMatch(/^\(415\) 555-1000,\+14155551000,maria-chen,\+1\d{10},/);

  // For information only: this includes Playwright's own locator tasks in the page (its polling
  // of the status above); bench/browser/simulator-longtask.spec.ts measures the page alone.
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  console.log(`longest main-thread task while simulating: ${Math.round(longest)} ms`);
});

test('the side panel shows the local time and needs "Call anyway" outside calling hours', async ({
  openExtensionPage,
  snap,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    const options = await openExtensionPage('options.html');
    await withPresence(options, { callingHours: windowExcludingNow('America/New_York') });
    await signInOn(options, receiver.url);
    const panel = await openExtensionPage('sidepanel.html');
    const field = panel.getByRole('textbox', { name: 'Number to call' });
    await field.pressSequentially('2125550100');
    await expect(panel.getByTestId('preview-local-time')).toHaveText(
      /^Local time: \d{1,2}:\d\d [AP]M in New York$/,
    );
    const note = panel.getByTestId('call-confirm');
    await expect(note).toContainText(/It is \d{1,2}:\d\d [AP]M in New York, outside calling hours/);
    await panel.getByRole('button', { name: 'Call', exact: true }).click();
    const anyway = panel.getByRole('button', { name: 'Call anyway' });
    await expect(anyway).toBeVisible();
    expect(receiver.calls()).toEqual([]);
    await snap(panel, 'sidepanel-calling-hours');
    await panel.waitForTimeout(ARM_DELAY_MS + 100);
    await anyway.click();
    await expect.poll(() => receiver.calls().length).toBe(1);
    expect(receiver.calls()[0]).toMatchObject({ to: '+12125550100' });
  } finally {
    await receiver.close();
  }
});

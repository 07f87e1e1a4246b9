/**
 * The options page at scale, in real Chromium with the built demo extension: a generated account
 * of 10,000 numbers, 2,000 agents and 500 ring groups (scripts/gen-large-account.mjs) loads with
 * only the rows on screen drawn, one number is found by search, edited and saved, and the saved
 * config has that edit and nothing else changed.
 */
import { joinConfig, type ConfigBodyPart } from '../../lib/db/config-body';
import { parseAccountConfig } from '../../lib/caller-id/index';
import { generateLargeAccount } from '../../scripts/gen-large-account.mjs';
import { activeSnapshot, readTable, sendToBackground } from './extension-api';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';

test.setTimeout(240_000);

test('the options page loads 10,000 numbers, finds one by search, edits and saves it', async ({
  openExtensionPage,
  snap,
}) => {
  const doc = generateLargeAccount({ numbers: 10_000, agents: 2_000, ringGroups: 500, seed: 1 });
  const parsed = parseAccountConfig(doc);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const original = parsed.config;

  const options = await OptionsPage.open(openExtensionPage);
  const page = options.page;
  await expect
    .poll(async () => (await activeSnapshot(page))?.source, { timeout: 60_000 })
    .toBe('demo');
  const result = await sendToBackground(page, 'importConfig', {
    text: JSON.stringify(doc),
    origin: 'scale test',
  });
  expect(result).toMatchObject({ ok: true });

  const numbers = page.locator('#numbers');
  const count = numbers.getByRole('status').filter({ hasText: /numbers$/ });
  await expect(count).toHaveText('10,000 numbers', { timeout: 120_000 });
  const table = numbers.getByRole('table', { name: 'Numbers' });
  await expect(table).toHaveAttribute('aria-rowcount', '10001');
  // Only what is on screen (and a few rows around it) is drawn.
  const drawn = await table.locator('tbody tr:not(.spacer)').count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(100);

  await numbers.getByRole('searchbox', { name: 'Search numbers' }).fill('Line 7777 ');
  await expect(count).toHaveText('1 of 10,000 numbers');
  const label = numbers.getByRole('textbox', { name: 'Label of number 7777' });
  await expect(label).toHaveValue(original.numbers[7776]!.label);
  await label.fill('Line 7777, edited');
  await snap(page, 'options-scale-search');
  await options.saveAccount();

  await expect
    .poll(async () => (await activeSnapshot(page))?.origin, { timeout: 60_000 })
    .toBe('options page');
  // The active row names the config by hash; the config itself is kept apart, in parts.
  const rows = await readTable<{ hash: string; active: number }>(page, 'configs');
  const hash = rows.find((r) => r.active === 1)!.hash;
  const parts = await readTable<ConfigBodyPart>(page, 'configBodies');
  const saved = joinConfig(parts.filter((p) => p.hash === hash))!;
  expect(saved).not.toBeNull();
  const expected = structuredClone(original);
  expected.numbers[7776]!.label = 'Line 7777, edited';
  expect(saved.numbers).toHaveLength(10_000);
  expect(saved.numbers).toEqual(expected.numbers);
  expect(saved.agents).toEqual(expected.agents);
  expect(saved.ringGroups).toEqual(expected.ringGroups);
  expect(saved.outboundCallerId).toEqual(expected.outboundCallerId);
  expect(saved.account).toEqual(expected.account);
});

/**
 * Sentences that end with a name keep one period when the name ends in one ("Acme Inc."): an
 * account, agents, numbers and ring groups whose names all end in a period, through every surface
 * and the states that name them (first use, signed in, a call, a choice a sync made stale, an
 * agent a sync removed, the options page with its kept configs).
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startWebhookReceiver } from './background-servers';
import { sendToBackground } from './extension-api';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';
import { SidePanelPage } from './pages/sidepanel';

interface Doc {
  account: { name: string };
  agents: { id: string; name: string; ringGroups: string[] }[];
  numbers: { id: string; label: string; ringGroups: string[] }[];
  ringGroups: { name: string }[];
}

const dotted = JSON.parse(readFileSync('lib/demo/account.json', 'utf8')) as Doc;
dotted.account.name = 'Acme Inc.';
for (const a of dotted.agents) a.name += ' Jr.';
for (const n of dotted.numbers) n.label += ' St.';
for (const g of dotted.ringGroups) g.name += ' Dept.';

/** Every line of visible text and accessible name on the page with a doubled period ("Inc.."). */
function doubledPeriods(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines = document.body.innerText.split('\n');
    for (const el of document.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name);
        if (value) lines.push(value);
      }
    }
    // Two periods, not an ellipsis; or a period, spaces, a period.
    return lines.filter((l) => /(^|[^.])\.\.(?!\.)|\.\s+\./.test(l));
  });
}

async function importDoc(page: Page, doc: Doc, origin: string) {
  expect(
    await sendToBackground(page, 'importConfig', { text: JSON.stringify(doc), origin }),
  ).toMatchObject({ ok: true });
}

test('names ending in a period are never followed by a second one', async ({
  openExtensionPage,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    const options = await OptionsPage.open(openExtensionPage);
    await importDoc(options.page, dotted, 'acme.json');
    await expect(options.page.getByLabel('Account name')).toHaveValue('Acme Inc.');
    expect(await doubledPeriods(options.page)).toEqual([]);

    // First use: the agent picker names the account.
    const firstUse = await PopupPage.open(openExtensionPage);
    await expect(firstUse.page.getByRole('radio', { name: /^James Whitaker Jr\./ })).toBeVisible();
    expect(await doubledPeriods(firstUse.page)).toEqual([]);

    expect(
      await sendToBackground(options.page, 'selectAgent', { agentId: 'james-whitaker' }),
    ).toEqual({ ok: true });
    expect(
      await sendToBackground(options.page, 'updateSettings', {
        provider: { kind: 'webhook', url: receiver.url },
      }),
    ).toEqual({ ok: true });
    const popup = await PopupPage.open(openExtensionPage);
    await popup.signedIn().waitFor();
    await popup.callerId().click();
    await expect(popup.page.getByRole('option', { name: /^London St\.,/ })).toBeVisible();
    expect(await doubledPeriods(popup.page)).toEqual([]);

    const panel = await SidePanelPage.open(openExtensionPage);
    await panel.dial('+44 20 7946 0321');
    await expect(panel.recentCalls()).toHaveCount(1);
    expect(await doubledPeriods(panel.page)).toEqual([]);

    // A sync moves the chosen London number out of James's ring groups: the popup says so.
    expect(
      await sendToBackground(options.page, 'setChoice', {
        choice: { kind: 'number', numberId: 'uk-london' },
      }),
    ).toEqual({ ok: true });
    const stale = structuredClone(dotted);
    stale.numbers.find((n) => n.id === 'uk-london')!.ringGroups = ['sales'];
    await importDoc(options.page, stale, 'stale.json');
    const flagged = await PopupPage.open(openExtensionPage);
    await expect(flagged.page.getByTestId('stale-choice')).toContainText('London St.');
    expect(await doubledPeriods(flagged.page)).toEqual([]);

    // A sync removes James: every surface says who and which account.
    const removed = structuredClone(stale);
    removed.agents = removed.agents.filter((a) => a.id !== 'james-whitaker');
    await importDoc(options.page, removed, 'removed.json');
    for (const path of ['popup.html', 'sidepanel.html'] as const) {
      const page = await openExtensionPage(path);
      await expect(page.getByRole('alert')).toContainText('James Whitaker Jr. (james-whitaker)');
      expect(await doubledPeriods(page)).toEqual([]);
    }

    await options.page.reload();
    await expect(options.page.getByLabel('Account name')).toHaveValue('Acme Inc.');
    await expect(
      options.page.getByRole('button', { name: /^Use the config received .* from / }),
    ).not.toHaveCount(0);
    expect(await doubledPeriods(options.page)).toEqual([]);
  } finally {
    await receiver.close();
  }
});

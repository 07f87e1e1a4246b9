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

/** A long agent name, a number without a label and an agent without an email (all optional). */
function plainDoc(): Doc {
  const doc = structuredClone(JSON.parse(readFileSync('lib/demo/account.json', 'utf8')) as Doc);
  doc.agents[0]!.name = 'Maria Fernanda Gonçalves de Albuquerque Cavalcanti';
  delete (doc.agents[0] as Partial<Doc['agents'][number]> & { email?: string }).email;
  delete (doc.numbers[1] as Partial<Doc['numbers'][number]>).label;
  // Customized with Default: the dropdown lists the agent's numbers, the unlabelled one too.
  (doc as Doc & { outboundCallerId: unknown }).outboundCallerId = {
    mode: 'customized',
    allowDefault: true,
  };
  return doc;
}

test('a long agent name stays readable in the header; an unlabelled number shows its number; reasons and refusals read well', async ({
  openExtensionPage,
}) => {
  const options = await OptionsPage.open(openExtensionPage);
  const doc = plainDoc();
  await importDoc(options.page, doc, 'acme-plain.json');
  const agent = doc.agents[0]!;
  expect(await sendToBackground(options.page, 'selectAgent', { agentId: agent.id })).toEqual({
    ok: true,
  });
  // The options page names the imported file as the config's origin, not "Edited on this computer".
  await options.page.reload();
  await expect(options.page.getByTestId('sync-status')).toContainText(
    'Imported from acme-plain.json',
  );
  // The admin preview of Maria: no saved choice on this computer yet, so it says what it assumes.
  await options.page.getByLabel('Preview as').selectOption(agent.id);
  await expect(options.page.getByTestId('preview-note')).toContainText(
    'has no saved choice on this computer, so this assumes Default',
  );
  for (const scheme of ['light', 'dark'] as const) {
    await options.page.emulateMedia({ colorScheme: scheme });
    await options.page.setViewportSize({ width: 1280, height: 860 });
    for (const id of ['caller-id', 'source']) {
      await options.page.locator(`#${id}`).screenshot({
        path: `test-results/screenshots/options-${id}-wording-${scheme}.png`,
      });
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    const popup = await PopupPage.open(openExtensionPage);
    await popup.page.emulateMedia({ colorScheme: scheme });
    await popup.page.setViewportSize({ width: 360, height: 600 });
    await popup.signedIn().waitFor();
    // The whole name is on screen (wrapped, not cut), and its title says it too.
    const name = popup.signedIn().locator('.who-name');
    await expect(name).toHaveText(agent.name);
    await popup.page.screenshot({
      path: `test-results/screenshots/popup-long-name-${scheme}.png`,
    });
    const clipped = await name.evaluate(
      (el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
    );
    expect(clipped).toBe(false);
    await expect(popup.signedIn().locator('.who-text')).toHaveAttribute(
      'title',
      new RegExp(`^${agent.name}, `),
    );
    await popup.page.close();
  }

  const popup = await PopupPage.open(openExtensionPage);
  await popup.signedIn().waitFor();
  await popup.callerId().click();
  // The unlabelled Los Angeles number is named by its number, not its id.
  const unlabelled = doc.numbers[1]!;
  await expect(
    popup.page.getByRole('option', { name: /^\+1 213 555 0142, United States/ }),
  ).toBeVisible();
  await expect(popup.page.getByRole('option', { name: new RegExp(unlabelled.id) })).toHaveCount(0);
  await popup.page.keyboard.press('Escape');

  // A number typed with +44 that is not valid: quoted as typed, and no "country US".
  const check = popup.page.locator('#preview-number');
  await check.fill('+44 20 7946');
  const refusal = popup.page.getByText(/is not a valid phone number/);
  await expect(refusal).toContainText(
    '“+44 20 7946” is not a valid phone number. Check its digits.',
  );
  await expect(refusal).not.toContainText('read with country');

  // A valid number: the reason writes numbers as people do, never raw E.164.
  await check.fill('+1 212 555 0199');
  await expect(popup.page.getByTestId('preview-reason')).toBeVisible();
  expect(await popup.page.locator('body').innerText()).not.toMatch(/\+\d{8,}/);
});

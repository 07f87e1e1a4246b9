/**
 * The agent's popup and softphone and the admin's options page, in real Chromium with the built
 * extension and its real background: the three scenarios, accessibility (axe, both colour
 * schemes) and a screenshot of every surface.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { allowedCallerIds, parseAccountConfig, selectCallerId } from '../../lib/caller-id';
import type { AccountConfig } from '../../lib/caller-id/types';
import { seriousViolations } from './axe';
import { readTable } from './extension-api';
import { expect, test } from './fixtures';
import { CrmPage } from './pages/crm';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';
import { SidePanelPage } from './pages/sidepanel';

// Read as data (Playwright's loader needs import attributes for JSON modules).
const demo = JSON.parse(readFileSync('lib/demo/account.json', 'utf8')) as {
  account: { name: string };
  outboundCallerId: { mode: string };
  numbers: { id: string; number: string; ringGroups: string[] }[];
  agents: { ringGroups: string[] }[];
};

function demoConfig(): AccountConfig {
  const parsed = parseAccountConfig(demo);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

interface ReceivedCall {
  to: string;
  from: string | null;
  fromNumberId: string | null;
  agentId: string;
  accountId: string;
  rule: string;
}

/** A call webhook on 127.0.0.1 (random port) that records every call it receives. */
async function startWebhookReceiver() {
  const calls: ReceivedCall[] = [];
  const server = createServer((req, res) => {
    // The background fetches cross-origin: answer the CORS preflight a JSON POST needs.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'content-type, authorization');
    res.setHeader('Access-Control-Allow-Methods', 'POST');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      calls.push(JSON.parse(body) as ReceivedCall);
      res.writeHead(202, { 'Content-Type': 'application/json' }).end('{"queued":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/calls`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The rows Ringside keeps about configs, read straight from IndexedDB in an extension page. */
async function configRows(page: Page) {
  const rows = await readTable<{ id: number; active: number; hash: string; source: string }>(
    page,
    'configs',
  );
  return rows.map(({ id, active, hash, source }) => ({ id, active, hash, source }));
}

/**
 * Stands in for enterprise policy: the row the background mirrors from storage.managed (which a
 * test cannot set), written where every page reads it.
 */
async function writePolicy(page: Page, policy: Record<string, unknown>) {
  await page.evaluate(
    (policy) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ringside');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('policy', 'readwrite');
          tx.objectStore('policy').put(policy);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    policy,
  );
}

/** The top of a long page as a reader sees it first (the README shows these). */
async function snapTop(page: Page, name: string) {
  mkdirSync(join('test-results', 'screenshots'), { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join('test-results', 'screenshots', `${name}.png`) });
}

async function openIn(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

test.describe('admin sets Customized with Default off', () => {
  test('the popup offers only the agent’s ring-group numbers; the pick persists across reopen and restart, and a click on the demo CRM calls from it', async ({
    openExtensionPage,
    restartBrowser,
    extensionId,
    demoCrmUrl,
    snap,
  }) => {
    const webhook = await startWebhookReceiver();
    try {
      const options = await OptionsPage.open(openExtensionPage);
      await options.callerIdMode('Customized').check();
      await options.allowDefault().uncheck();
      await options.saveAccount();
      await options.useWebhook(webhook.url);

      const popup = await PopupPage.open(openExtensionPage);
      await popup.pickAgent('Maria Chen');
      await expect(popup.callerId()).toBeVisible();

      // Exactly Maria's Sales numbers in account order, and no "Default".
      const allowed = allowedCallerIds(demoConfig(), 'maria-chen');
      const offered = await popup.callerIdOptions();
      expect(offered.map((o) => o.split(',')[0])).toEqual(allowed.map((n) => n.label));
      expect(offered).not.toContainEqual(expect.stringMatching(/^Default/));
      expect(offered).toContain('Los Angeles, +1 213 555 0142, United States');
      expect(offered).toContain('US toll-free (sales), +1 800 555 0199, United States, Toll-free');
      expect(offered).toContain(
        'New York executive line, +1 212 555 0110, United States, Dedicated line',
      );
      // Without Default and without a choice, the first allowed number is shown as selected.
      expect(await popup.selectedCallerId()).toMatch(/^San Francisco HQ,/);

      await popup.chooseCallerId('Miami');
      expect(await popup.selectedCallerId()).toMatch(/^Miami,/);
      await expect
        .poll(() => popup.storedChoice())
        .toEqual([{ kind: 'number', numberId: 'us-miami' }]);
      // The same control from the keyboard alone: type-ahead to Los Angeles, Enter saves it.
      await popup.chooseCallerIdByKeyboard('lo');
      expect(await popup.selectedCallerId()).toMatch(/^Los Angeles,/);
      await expect
        .poll(() => popup.storedChoice())
        .toEqual([{ kind: 'number', numberId: 'us-la' }]);
      await popup.page.close();

      const reopened = await PopupPage.open(openExtensionPage);
      await expect(reopened.callerId()).toContainText('Los Angeles');
      expect(await reopened.selectedCallerId()).toMatch(/^Los Angeles,/);

      const context = await restartBrowser();
      const afterRestart = new PopupPage(await openIn(context, extensionId, 'popup.html'));
      await expect(afterRestart.signedIn()).toContainText('Maria Chen');
      await expect(afterRestart.callerId()).toContainText('Los Angeles');
      expect(await afterRestart.selectedCallerId()).toMatch(/^Los Angeles,/);
      // What the popup shows is what is stored, not only what it last painted.
      expect(await afterRestart.storedChoice()).toEqual([{ kind: 'number', numberId: 'us-la' }]);

      // A click on a number of the demo CRM calls from Los Angeles, through the webhook.
      const crm = new CrmPage(await context.newPage());
      await crm.page.goto(`${demoCrmUrl}#/contacts`);
      await expect.poll(() => crm.highlightCount()).toBeGreaterThan(0);
      await crm.hover('(415) 555-0187');
      await expect.poll(async () => (await crm.card())?.from).toMatch(/Los Angeles/);
      const card = (await crm.card())!;
      await crm.page.mouse.move(card.buttonCenter!.x, card.buttonCenter!.y, { steps: 4 });
      await crm.page.mouse.click(card.buttonCenter!.x, card.buttonCenter!.y);
      await expect.poll(() => webhook.calls.length).toBe(1);
      expect(webhook.calls[0]).toMatchObject({
        to: '+14155550187',
        from: '+12135550142',
        fromNumberId: 'us-la',
        agentId: 'maria-chen',
        rule: 'agent-choice',
      });

      // The side panel lists it, from Los Angeles.
      const panel = new SidePanelPage(await openIn(context, extensionId, 'sidepanel.html'));
      await panel.page.setViewportSize({ width: 400, height: 900 });
      const newest = panel.recentCalls().first();
      await expect(newest).toContainText('+1 415 555 0187');
      await expect(newest).toContainText('From Los Angeles');
      await expect(newest).toContainText('+1 213 555 0142');
      await expect(newest).toContainText('Placed');
      await expect(panel.lastCall()).toContainText('placed from Los Angeles');
      await snap(panel.page, 'sidepanel-after-crm-call');
      expect(afterRestart.errors).toEqual([]);
      expect(panel.errors).toEqual([]);
    } finally {
      await webhook.close();
    }
  });
});

test.describe('a saved choice a new config makes invalid', () => {
  test('is flagged in the popup with what is used instead, until the agent picks again', async ({
    openExtensionPage,
  }) => {
    const popup = await PopupPage.open(openExtensionPage);
    await popup.pickAgent('Maria Chen');
    await popup.chooseCallerId('Los Angeles');

    // The admin takes Los Angeles out of Sales (Maria's only ring group).
    const options = await OptionsPage.open(openExtensionPage);
    const changed = structuredClone(demo);
    changed.numbers.find((n) => n.id === 'us-la')!.ringGroups = ['support'];
    await options.importFile('without-la.json', JSON.stringify(changed));
    await expect(options.page.getByTestId('import-ok')).toBeVisible();

    const stale = popup.page.getByTestId('stale-choice');
    await expect(stale).toContainText(
      'Your saved number, Los Angeles (+1 213 555 0142), is no longer available to you.',
    );
    await expect(stale).toContainText('Calls go out from Default');
    expect(await popup.selectedCallerId()).toMatch(/^Default/);
    expect((await popup.callerIdOptions()).join('|')).not.toMatch(/Los Angeles/);

    await popup.chooseCallerId('Miami');
    await expect(stale).toHaveCount(0);
    expect(popup.errors).toEqual([]);
  });
});

test.describe('Automated mode', () => {
  test('calls to a 415 number and a Toronto number go out from the numbers the rules pick, and the side panel says why', async ({
    openExtensionPage,
  }) => {
    const webhook = await startWebhookReceiver();
    try {
      const options = await OptionsPage.open(openExtensionPage);
      await options.callerIdMode('Automated').check();
      await options.saveAccount();
      await options.useWebhook(webhook.url);

      const panel = await SidePanelPage.open(openExtensionPage);
      await panel.page.getByRole('radio', { name: /^Maria Chen/ }).check();
      await panel.page.getByRole('button', { name: 'Continue' }).click();
      // Automated: the caller ID is shown read-only.
      await expect(panel.page.getByRole('group', { name: 'Outbound caller ID' })).toContainText(
        'Ringside picks the best number for each call',
      );
      await expect(panel.page.getByRole('combobox', { name: 'Outbound caller ID' })).toHaveCount(0);

      const config = demoConfig();
      const cases = [
        {
          typed: '4155550123',
          to: '+14155550123',
          from: '+14155550100',
          label: 'San Francisco HQ',
        },
        { typed: '4165550199', to: '+14165550199', from: '+14165550137', label: 'Toronto' },
      ];
      for (const [i, c] of cases.entries()) {
        const rule = selectCallerId(config, 'maria-chen', c.to);
        expect(rule.number?.number).toBe(c.from);

        await panel.numberField().fill('');
        await panel.numberField().pressSequentially(c.typed);
        await expect(panel.preview()).toContainText(c.label);
        await expect(panel.previewReason()).toHaveText(rule.reason);
        await panel.callButton().click();

        await expect.poll(() => webhook.calls.length).toBe(i + 1);
        expect(webhook.calls[i]).toMatchObject({
          to: c.to,
          from: c.from,
          agentId: 'maria-chen',
          accountId: 'demo',
          rule: rule.rule,
        });
        await expect(panel.lastCall()).toContainText(`placed from ${c.label}`);
        const newest = panel.recentCalls().first();
        await expect(newest).toContainText(c.label);
        await expect(newest).toContainText(rule.reason);
        await expect(newest).toContainText('Placed');
      }
      await expect(panel.recentCalls()).toHaveCount(2);
      expect(panel.errors).toEqual([]);
    } finally {
      await webhook.close();
    }
  });
});

test.describe('JSON import', () => {
  test('an invalid file shows every error by path and changes nothing', async ({
    openExtensionPage,
  }) => {
    const options = await OptionsPage.open(openExtensionPage);
    await expect(options.page.getByLabel('Account name')).toHaveValue('Ringside Demo Co.');
    const before = await configRows(options.page);
    expect(before.filter((r) => r.active === 1)).toHaveLength(1);

    const broken = structuredClone(demo);
    broken.account.name = 'Broken Inc.';
    broken.outboundCallerId.mode = 'sometimes';
    broken.numbers[2]!.number = '+1555';
    broken.agents[0]!.ringGroups = ['night-shift'];
    const parsed = parseAccountConfig(broken);
    expect(parsed.ok).toBe(false);
    const expected = parsed.ok ? [] : parsed.errors;
    expect(expected.length).toBeGreaterThanOrEqual(3);

    await options.importFile('broken.json', JSON.stringify(broken));
    await expect(options.importErrors()).toContainText(
      `broken.json was not imported: ${expected.length} problems. Nothing was changed.`,
    );
    const items = options.importErrors().getByRole('listitem');
    await expect(items).toHaveCount(expected.length);
    const paths = await items.locator('code.path').allTextContents();
    expect(paths).toEqual(expected.map((e) => e.slice(0, e.indexOf(':'))));
    expect(paths).toEqual(expect.arrayContaining(['outboundCallerId.mode', 'numbers[2].number']));

    await options.importFile('truncated.json', '{"schemaVersion": 1, "account": ');
    await expect(options.importErrors()).toContainText('truncated.json was not imported');
    // The parse error is listed once, as its problem (the summary would only repeat it).
    await expect(options.importErrors().getByRole('listitem')).toHaveCount(1);
    await expect(options.importErrors().getByRole('listitem')).toContainText('JSON syntax error');

    // Nothing changed: the same active config, no new snapshot, the editor shows the same account.
    expect(await configRows(options.page)).toEqual(before);
    await expect(options.page.getByLabel('Account name')).toHaveValue('Ringside Demo Co.');
    const popup = await PopupPage.open(openExtensionPage);
    await popup.pickAgent('Maria Chen');
    expect((await popup.callerIdOptions())[0]).toMatch(/^Default/);
  });
  test('a valid file replaces the config in use, and the earlier config can be used again', async ({
    openExtensionPage,
  }) => {
    const options = await OptionsPage.open(openExtensionPage);
    const renamed = structuredClone(demo);
    renamed.account.name = 'Acme Imported';
    await options.importFile('acme.json', JSON.stringify(renamed));
    await expect(options.page.getByTestId('import-ok')).toContainText(
      'acme.json imported and now in use.',
    );
    await expect(options.page.getByLabel('Account name')).toHaveValue('Acme Imported');

    const earlier = options.page.getByRole('button', { name: /^Use the config received .* from / });
    await expect(earlier).toHaveCount(1);
    await earlier.click();
    await expect(options.page.getByLabel('Account name')).toHaveValue('Ringside Demo Co.');
    expect(options.errors).toEqual([]);
  });
});

test.describe('enterprise policy', () => {
  test('what the policy sets is shown locked, with why, on the options page and the popup', async ({
    openExtensionPage,
    snap,
  }) => {
    const options = await OptionsPage.open(openExtensionPage);
    await options.page.setViewportSize({ width: 1280, height: 860 });
    await writePolicy(options.page, {
      id: 'policy',
      configUrl: 'https://config.acme.example/ringside.json',
      agentEmail: 'maria.chen@ringside-demo.example',
      settingsLocked: true,
      readAt: Date.now(),
      problems: [],
    });
    // Dexie's liveQuery sees only writes made through Dexie: read the page again.
    await options.page.reload();
    await expect(options.page.getByLabel('Config URL')).toHaveValue(
      'https://config.acme.example/ringside.json',
    );
    await expect(options.page.getByLabel('Config URL')).toBeDisabled();
    await expect(options.callerIdMode('Automated')).toBeDisabled();
    await expect(options.allowDefault()).toBeDisabled();
    await expect(options.page.getByLabel('Phone number of Los Angeles')).toBeDisabled();
    await expect(
      options.page.locator('#calling').getByRole('radio', { name: /^Webhook/ }),
    ).toBeDisabled();
    for (const id of ['caller-id', 'source', 'calling']) {
      await expect(options.page.locator(`#${id}`)).toContainText(
        "Set by your organization's policy",
      );
    }
    expect(await seriousViolations(options.page), 'options locked by policy').toEqual([]);
    await options.page.evaluate(() => window.scrollTo(0, 0));
    await snap(options.page, 'options-policy');
    await snapTop(options.page, 'options-policy-top');

    // The agent is signed in by policy: no picker, no switching, and the popup says so.
    const popup = await PopupPage.open(openExtensionPage);
    await expect(popup.signedIn()).toContainText('Maria Chen');
    await expect(popup.signedIn().getByText("Set by your organization's policy")).toBeAttached();
    await expect(popup.page.getByRole('button', { name: /Switch agent/ })).toHaveCount(0);
    expect(options.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
  });
});

const SCHEMES = ['light', 'dark'] as const;

test.describe('every surface', () => {
  // One test per surface, each in its own browser: the three were one test of twelve axe runs,
  // which took 2.3 minutes at load 19 and ran past 5 minutes beside a second copy of the suite
  // (load 20-35). Apart, each is a third of that, and two run at once on the two workers.
  test.setTimeout(240_000);

  test('the popup has no serious or critical axe violations in light and dark, and is photographed', async ({
    openExtensionPage,
    snap,
  }) => {
    const popup = await PopupPage.open(openExtensionPage);
    await popup.page.setViewportSize({ width: 360, height: 600 });
    for (const scheme of SCHEMES) {
      await popup.page.emulateMedia({ colorScheme: scheme });
      if (scheme === 'light') {
        await popup.page.getByRole('heading', { name: 'Who is calling?' }).waitFor();
        expect(await seriousViolations(popup.page), 'popup agent picker').toEqual([]);
        await snap(popup.page, 'popup-agent-picker');
        await popup.pickAgent('Maria Chen');
      }
      await popup.checkNumber().fill('(416) 555-0199');
      await expect(popup.preview()).toContainText('Toronto');
      expect(await seriousViolations(popup.page), `popup ${scheme}`).toEqual([]);
      await snap(popup.page, `popup-${scheme}`);
      await popup.callerId().click();
      expect(await seriousViolations(popup.page), `popup dropdown ${scheme}`).toEqual([]);
      await snap(popup.page, `popup-dropdown-${scheme}`);
      await popup.callerId().press('Escape');
    }
    expect(popup.errors).toEqual([]);
  });

  test('the side panel has no serious or critical axe violations in light and dark, with calls, and is photographed', async ({
    openExtensionPage,
    snap,
  }) => {
    const webhook = await startWebhookReceiver();
    try {
      const options = await OptionsPage.open(openExtensionPage);
      await options.useWebhook(webhook.url);
      const popup = await PopupPage.open(openExtensionPage);
      await popup.pickAgent('Maria Chen');
      const panel = await SidePanelPage.open(openExtensionPage);
      await panel.page.setViewportSize({ width: 400, height: 900 });
      for (const scheme of SCHEMES) {
        await panel.page.emulateMedia({ colorScheme: scheme });
        if (scheme === 'light') await panel.dial('4155550123');
        else await panel.dial('+44 20 7946 0000');
        await expect(panel.recentCalls()).toHaveCount(scheme === 'light' ? 1 : 2);
        expect(await seriousViolations(panel.page), `side panel ${scheme}`).toEqual([]);
        await snap(panel.page, `sidepanel-${scheme}`);
      }
      for (const surface of [options, popup, panel]) expect(surface.errors).toEqual([]);
    } finally {
      await webhook.close();
    }
  });

  test('the options page has no serious or critical axe violations in light and dark, with and without problems, and is photographed', async ({
    openExtensionPage,
    snap,
  }) => {
    const webhook = await startWebhookReceiver();
    try {
      const options = await OptionsPage.open(openExtensionPage);
      await options.page.setViewportSize({ width: 1280, height: 860 });
      // The calling section as an admin who set up a webhook sees it.
      await options.useWebhook(webhook.url);
      for (const scheme of SCHEMES) {
        await options.page.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(options.page), `options ${scheme}`).toEqual([]);
        await options.page.evaluate(() => window.scrollTo(0, 0));
        await snap(options.page, `options-${scheme}`);
        await snapTop(options.page, `options-${scheme}-top`);
      }

      // The options page with problems: an invalid edit and a refused import.
      await options.page.getByLabel('Phone number of Los Angeles').fill('+1213555');
      await options.importFile('broken.json', '{"schemaVersion": 2}');
      await expect(options.importErrors()).toBeVisible();
      for (const scheme of SCHEMES) {
        await options.page.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(options.page), `options with errors ${scheme}`).toEqual([]);
      }
      await options.page.emulateMedia({ colorScheme: 'light' });
      await options.page.evaluate(() => window.scrollTo(0, 0));
      await snap(options.page, 'options-errors');
      await snapTop(options.page, 'options-errors-top');
      await options.page.locator('#import-export').scrollIntoViewIfNeeded();
      await options.page.locator('#import-export').screenshot({
        path: join('test-results', 'screenshots', 'options-import-errors.png'),
      });
      expect(options.errors).toEqual([]);
    } finally {
      await webhook.close();
    }
  });
});

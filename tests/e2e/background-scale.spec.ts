/**
 * The background at scale in Chromium (issue 15): a sync of a 10,000-number document, served by
 * the test's own HTTP server, completes while the background keeps answering caller-ID previews,
 * and the options page shows the sync's progress. Accounts come from scripts/gen-large-account.mjs.
 */
import { generateLargeAccount } from '../../scripts/gen-large-account.mjs';
import { startConfigServer } from './background-servers';
import { activeSnapshot, sendToBackground } from './extension-api';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 180_000 });

const large = (seed: number, name: string) => {
  const doc = generateLargeAccount({ numbers: 10_000, agents: 2_000, ringGroups: 500, seed });
  return { ...doc, account: { ...doc.account, id: 'large', name } };
};

test('a 10,000-number sync completes while previews keep answering', async ({
  openExtensionPage,
  snap,
}) => {
  const server = await startConfigServer(large(1, 'Large account, first'), '"first"');
  try {
    const options = await openExtensionPage('options.html');
    await expect.poll(async () => (await activeSnapshot(options))?.source).toBe('demo');
    expect(
      await sendToBackground(options, 'updateSettings', { source: 'url', syncUrl: server.url }),
    ).toEqual({ ok: true });
    await expect
      .poll(async () => (await activeSnapshot(options))?.etag, { timeout: 60_000 })
      .toBe('"first"');
    expect(await sendToBackground(options, 'selectAgent', { agentId: 'a1' })).toEqual({ ok: true });

    // The next version of the document, then a sync of it with previews asked all along, from
    // another extension page (as the side panel would), each timed where it is asked.
    server.document = large(2, 'Large account, second');
    server.etag = '"second"';
    const asker = await openExtensionPage('popup.html');
    const run = asker.evaluate(async () => {
      const send = (type: string, data?: unknown) =>
        chrome.runtime.sendMessage({
          id: Math.random(),
          type,
          data,
          timestamp: Date.now(),
        }) as Promise<{ res: { ok: boolean; changed?: boolean; error?: string } }>;
      let done = false;
      const started = performance.now();
      const sync = send('syncNow').then((reply) => {
        done = true;
        return reply.res;
      });
      const replies: { ms: number; ok: boolean; error?: string }[] = [];
      const areas = ['415', '212', '305', '713', '206', '617'];
      for (let i = 0; !done; i++) {
        const asked = performance.now();
        const { res } = await send('previewCallerId', {
          to: `+1${areas[i % areas.length]}555${String(1000 + (i % 9000))}`,
        });
        replies.push({ ms: performance.now() - asked, ok: res.ok, error: res.error });
      }
      return { sync: await sync, syncMs: performance.now() - started, replies };
    });
    // The options page shows how far the check has got while it runs (written every 250 ms).
    const status = options.getByTestId('sync-status');
    const progressSeen = await status
      .filter({ hasText: /Checking the config: [\d,]+ of 10,000 numbers/ })
      .waitFor({ timeout: 30_000 })
      .then(
        () => true,
        () => false,
      );
    if (progressSeen) await snap(options, 'background-scale-sync-progress');
    const { sync, syncMs, replies } = await run;

    expect(sync).toEqual({ ok: true, changed: true });
    const active = await activeSnapshot(options);
    expect(active).toMatchObject({ etag: '"second"', accountId: 'large' });
    expect(replies.filter((r) => !r.ok)).toEqual([]);
    // Previews were answered all through the sync, not held until it ended.
    expect(replies.length).toBeGreaterThan(5);
    const slowest = Math.max(...replies.map((r) => r.ms));
    expect(slowest).toBeLessThan(syncMs / 2);
    test.info().annotations.push({
      type: 'figures',
      description: `sync ${Math.round(syncMs)} ms; ${replies.length} previews; slowest ${Math.round(slowest)} ms; progress shown: ${progressSeen}`,
    });
    console.log(
      `background-scale: sync ${Math.round(syncMs)} ms, ${replies.length} previews, slowest ${Math.round(slowest)} ms, progress shown: ${progressSeen}`,
    );
    await expect(status).not.toContainText('Checking the config');
  } finally {
    await server.close();
  }
});

/**
 * The background at scale, in Node over fake IndexedDB (the real service, the real handlers):
 *
 * - `previewCallerId` at 10,000 numbers against the same at 20 numbers (goal ≤ 1.3×), and what a
 *   preview cost when every message re-read the config from the database (the path without the
 *   in-memory config, lib/calls/pipeline.ts without `activeSnapshot`), for comparison;
 * - `getPageContext` at 10,000 numbers;
 * - the slowest `previewCallerId` reply while a 10,000-number document syncs (goal < 100 ms),
 *   against the slowest reply with no sync running, in the same run.
 */
import { describe, it } from 'vitest';
import { previewCall } from '../lib/calls/pipeline';
import { generateLargeAccount } from '../scripts/gen-large-account.mjs';
import { benchBackground, destinations, withAccount } from './background-helpers';
import { report, type BenchRow } from './measure';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (ms: number) => Math.round(ms * 1000) / 1000;

async function timeEach(count: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  return times;
}

describe('background at scale', () => {
  it('reports previewCallerId at 10,000 vs 20 numbers, and during a 10,000-number sync', async () => {
    const to = destinations(200);
    const small = await benchBackground();
    await withAccount(small, 20);
    const large = await benchBackground();
    await withAccount(large, 10_000);
    const preview = (bg: typeof small) => (i: number) =>
      bg.service.handle('previewCallerId', { to: to[i % to.length]! }, { sender: 'content' });
    // Warm both (the first preview after an import builds the index once).
    await timeEach(50, preview(small));
    await timeEach(50, preview(large));
    const smallRounds: number[] = [];
    const largeRounds: number[] = [];
    for (let r = 0; r < 21; r++) {
      smallRounds.push(median(await timeEach(20, preview(small))));
      largeRounds.push(median(await timeEach(20, preview(large))));
    }
    const uncached = median(
      await timeEach(15, (i) =>
        previewCall(large.db, to[i % to.length]!, Date.now(), { withChoice: true }),
      ),
    );
    const pageContext = (bg: typeof small) => () =>
      bg.service.handle('getPageContext', undefined, { sender: 'content' });
    const contextSmall = median(await timeEach(200, pageContext(small)));
    const contextLarge = median(await timeEach(200, pageContext(large)));
    const s = median(smallRounds);
    const l = median(largeRounds);

    // The slowest reply with and without a 10,000-number sync running.
    const idleMax = Math.max(...(await timeEach(200, preview(large))));
    const next = generateLargeAccount({ numbers: 10_000, agents: 2_000, seed: 21 });
    next.agents[1]!.id = 'a1'; // the signed-in agent stays in the account
    large.serve.text = JSON.stringify(next);
    await large.service.handle(
      'updateSettings',
      { source: 'url', syncUrl: 'https://cfg.example/large.json' },
      { sender: 'page' },
    );
    await large.service.syncIdle();
    large.serve.text = JSON.stringify({ ...next, account: { ...next.account, name: 'Synced' } });
    const during: number[] = [];
    let done = false;
    const sync = large.service.handle('syncNow', undefined, { sender: 'page' }).finally(() => {
      done = true;
    });
    let i = 0;
    while (!done) {
      const start = performance.now();
      await preview(large)(i++);
      during.push(performance.now() - start);
      // Each message reaches the worker as a task of its own. A preview answered from memory
      // (kept-reads) settles in microtasks alone, so without this the loop never let the
      // sync's next slice (a timer) run, and the bench waited for ever.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const synced = await sync;
    if (!synced.ok || !synced.changed) throw new Error(`sync failed: ${JSON.stringify(synced)}`);

    const rows: BenchRow[] = [
      {
        measure: 'previewCallerId median (ms)',
        '20 numbers': round(s),
        '10,000 numbers': round(l),
        ratio: Math.round((l / s) * 100) / 100,
        goal: '≤ 1.3',
      },
      {
        measure: 'preview re-reading the config per message (ms), for comparison',
        '20 numbers': '',
        '10,000 numbers': round(uncached),
        ratio: Math.round((uncached / s) * 100) / 100,
        goal: '',
      },
      {
        measure: 'getPageContext median (ms)',
        '20 numbers': round(contextSmall),
        '10,000 numbers': round(contextLarge),
        ratio: Math.round((contextLarge / contextSmall) * 100) / 100,
        goal: '',
      },
      {
        // fake-indexeddb copies values with a structured clone written in JS, far slower than a
        // browser's: the figure during a sync is dominated by it (see the e2e run in Chromium).
        measure: `slowest previewCallerId reply, 10,000 numbers: idle vs during a 10,000-number sync (${during.length} replies; fake IndexedDB)`,
        '20 numbers': round(idleMax),
        '10,000 numbers': round(Math.max(...during)),
        ratio: Math.round((Math.max(...during) / idleMax) * 100) / 100,
        goal: 'during < 100 ms',
      },
    ];
    report('background', rows);
  });
});

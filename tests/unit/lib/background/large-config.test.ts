/**
 * Large documents (issue 12, point 5): validation in slices that yield, so the background keeps
 * answering other messages while it checks 100,000 numbers; a capped problem list; the same
 * result as one synchronous pass.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackgroundService } from '../../../../lib/background/service';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import { parseAccountConfigInSlices, type ParseProgress } from '../../../../lib/caller-id/config';
import { capProblems, MAX_STORED_PROBLEMS } from '../../../../lib/db/apply-config';
import { getActiveSnapshot } from '../../../../lib/db/configs';
import { updateSettings } from '../../../../lib/db/settings';
import { getSyncState } from '../../../../lib/db/sync-state';
import { macrotask } from '../../../../lib/sync/run';
import { problemCount } from '../../../../lib/ui/errors';
import { accountDocument, freshDb, quietPlatform } from '../../helpers/background-fixtures';

function bigDocument(count: number, broken: (i: number) => boolean = () => false) {
  return accountDocument({
    numbers: Array.from({ length: count }, (_, i) => ({
      id: broken(i) ? '' : `n${i}`,
      number: broken(i) ? '+1 555' : `+1415${String(2_000_000 + i).padStart(7, '0')}`,
      label: `Line ${i}`,
      ringGroups: ['sales'],
    })),
  });
}

describe('parseAccountConfigInSlices', () => {
  it('names problems past the first chunk at their own index', () => {
    const doc = bigDocument(1300, (i) => i === 1203);
    const result = parseAccountConfig(doc);
    expect(result).toEqual({
      ok: false,
      errors: [
        'numbers[1203].id: must not be empty',
        'numbers[1203].number: "+1 555" is not a valid phone number',
      ],
    });
  });

  it('gives exactly the result of one synchronous pass (random documents, some broken)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1600 }),
        fc.array(fc.integer({ min: 0, max: 1600 }), { maxLength: 4 }),
        fc.constantFrom<unknown>(undefined, 'x', 3, null),
        async (count, brokenAt, agents) => {
          const doc = bigDocument(count, (i) => brokenAt.includes(i)) as Record<string, unknown>;
          if (agents !== undefined) doc.agents = agents;
          const sliced = await parseAccountConfigInSlices(doc, {
            pause: macrotask,
            sliceMs: 0,
          });
          expect(sliced).toEqual(parseAccountConfig(doc));
        },
      ),
      { numRuns: 25, interruptAfterTimeLimit: 15_000 },
    );
  }, 60_000);

  it('reports progress up to every number', async () => {
    const seen: ParseProgress[] = [];
    await parseAccountConfigInSlices(bigDocument(3000), {
      pause: macrotask,
      sliceMs: 0,
      onProgress: (p) => void seen.push(p),
    });
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.every((p) => p.total === 3000 && p.done <= 3000)).toBe(true);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
  });
});

describe('the stored problem list is capped', () => {
  it.each([
    [0, 0],
    [MAX_STORED_PROBLEMS, MAX_STORED_PROBLEMS],
    [MAX_STORED_PROBLEMS + 1, MAX_STORED_PROBLEMS + 1],
    [5000, MAX_STORED_PROBLEMS + 1],
  ])('%i problems are stored as %i lines, and still counted', (n, lines) => {
    const problems = Array.from({ length: n }, (_, i) => `numbers[${i}].number: bad`);
    const capped = capProblems(problems);
    expect(capped).toHaveLength(lines);
    expect(problemCount(capped)).toBe(n);
    if (n > MAX_STORED_PROBLEMS)
      expect(capped.at(-1)).toMatch(`… and ${n - MAX_STORED_PROBLEMS} more problem`);
  });
});

describe('at 100,000 numbers the background keeps answering', () => {
  it('a sync of a 100,000-number document leaves other messages answered promptly, and shows progress', async () => {
    const db = freshDb();
    const text = JSON.stringify(bigDocument(100_000));
    const platform = quietPlatform({
      fetch: async () => new Response(text, { headers: { ETag: '"big"' } }),
    });
    const service = createBackgroundService(db, platform, accountDocument({ accountId: 'demo' }));
    await service.ready;
    expect(
      await updateSettings(db, { source: 'url', syncUrl: 'https://cfg.example/big.json' }),
    ).toMatchObject({ ok: true });

    const sync = service.handle('syncNow', undefined, { sender: 'page' });
    let finished = false;
    void sync.finally(() => (finished = true));
    const latencies: number[] = [];
    let progressSeen = false;
    while (!finished) {
      const asked = performance.now();
      const answer = await service.handle('getPageContext', undefined, { sender: 'content' });
      latencies.push(performance.now() - asked);
      expect(answer).toMatchObject({ ok: true });
      if ((await getSyncState(db)).progress) progressSeen = true;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await sync).toEqual({ ok: true, changed: true });
    expect((await getActiveSnapshot(db))?.config.numbers).toHaveLength(100_000);
    expect(progressSeen).toBe(true);
    expect((await getSyncState(db)).progress).toBeUndefined();
    // Without slices the worker is blocked for the whole check (seconds); with them each message
    // waits at most a slice plus the JSON parse of the 7.6 MB body. Generous for a loaded machine.
    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)]!;
    expect(latencies.length).toBeGreaterThan(5);
    expect(median).toBeLessThan(250);
  }, 120_000);
});

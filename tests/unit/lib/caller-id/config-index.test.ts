/**
 * `prepareConfigIndex` (lib/caller-id/config-index.ts): the selection index of a config built in
 * slices before the config becomes active, equal to the one built in one go, and the one every
 * later selection on that config uses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import {
  buildConfigIndex,
  configIndex,
  prepareConfigIndex,
} from '../../../../lib/caller-id/config-index';
import type { AccountConfig } from '../../../../lib/caller-id/types';
import { generateLargeAccount } from '../../../../scripts/gen-large-account.mjs';

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function parsed(numbers: number, seed: number): AccountConfig {
  const result = parseAccountConfig(
    generateLargeAccount({ numbers, agents: Math.max(1, numbers / 5), seed }),
  );
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
}

/** A clock that moves 1 ms per reading. */
function ticking() {
  let t = 0;
  return () => (t += 1);
}

describe('prepareConfigIndex', () => {
  it('builds, in slices, the index one pass builds, and selections then use it', async () => {
    const config = parsed(3_000, 1);
    let pauses = 0;
    const index = await prepareConfigIndex(config, {
      pause: async () => {
        pauses += 1;
        await macrotask();
      },
      sliceMs: 0,
      now: ticking(),
    });
    // 3,000 numbers, a possible pause every 500 in each of the two passes over them.
    expect(pauses).toBe(10);
    expect(index).toEqual(buildConfigIndex(config));
    expect(configIndex(config)).toBe(index);
  });

  it('does nothing for a config whose index is built already', async () => {
    const config = parsed(600, 2);
    const built = configIndex(config);
    let pauses = 0;
    const index = await prepareConfigIndex(config, {
      pause: async () => void (pauses += 1),
      sliceMs: 0,
    });
    expect(index).toBe(built);
    expect(pauses).toBe(0);
  });

  it('equals the one-pass index for configs of any size, parsed or not (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 1, max: 1_000 }),
        fc.boolean(),
        async (numbers, seed, raw) => {
          // A raw wire document too: the index normalises what parseAccountConfig would.
          const config = raw
            ? (generateLargeAccount({ numbers, agents: 3, seed }) as unknown as AccountConfig)
            : parsed(numbers, seed);
          const expected = buildConfigIndex(config);
          const index = await prepareConfigIndex(config, {
            pause: macrotask,
            sliceMs: 0,
          });
          expect(index).toEqual(expected);
        },
      ),
      { numRuns: 20, interruptAfterTimeLimit: 4_000 },
    );
  }, 30_000);
});

/** Splitting a config into the parts `configBodies` keeps, and joining them back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinConfig, PART_ITEMS, splitConfig } from '../../../../lib/db/config-body';
import { normalisedConfig } from '../../helpers/background-fixtures';

/** The demo-sized config with `n` numbers, `a` agents and `g` ring groups. */
function sized(n: number, a: number, g: number) {
  const base = normalisedConfig('acme');
  return {
    ...base,
    numbers: Array.from({ length: n }, (_, i) => ({ ...base.numbers[0]!, id: `n${i}` })),
    agents: Array.from({ length: a }, (_, i) => ({ ...base.agents[0]!, id: `a${i}` })),
    ringGroups: Array.from({ length: g }, (_, i) => ({ id: `g${i}`, name: `Group ${i}` })),
  };
}

describe('config bodies in parts', () => {
  it.each([
    [0, 0, 0, 1],
    [1, 1, 1, 4],
    [PART_ITEMS, 1, 0, 3],
    [PART_ITEMS + 1, 0, 0, 3],
    [10_000, 2_000, 500, 1 + 20 + 4 + 1],
  ])('%i numbers, %i agents, %i ring groups make %i parts', (n, a, g, count) => {
    const config = sized(n, a, g);
    const parts = splitConfig('h', config);
    expect(parts).toHaveLength(count);
    expect(parts[0]).toMatchObject({ hash: 'h', part: 0, parts: count });
    expect(parts.map((p) => p.part)).toEqual(parts.map((_, i) => i));
    expect(parts.slice(1).every((p) => 'items' in p && p.items.length <= PART_ITEMS)).toBe(true);
    expect(joinConfig(parts)).toEqual(config);
  });

  it('joins parts in any order, and refuses a body with a part missing or no head', () => {
    fc.assert(
      fc.property(
        fc.nat(1_200),
        fc.nat(300),
        fc.integer({ min: 1, max: 400 }),
        fc.nat(),
        (n, a, size, seed) => {
          const config = sized(n, a, 2);
          const parts = splitConfig('h', config, size);
          const shuffled = [...parts].sort(
            (x, y) => ((x.part * 7919 + seed) % 13) - ((y.part * 7919 + seed) % 13),
          );
          expect(joinConfig(shuffled)).toEqual(config);
          const without = parts.filter((_, i) => i !== seed % parts.length);
          expect(joinConfig(without)).toBeNull();
        },
      ),
      { numRuns: 100, interruptAfterTimeLimit: 4_000 },
    );
  });
});

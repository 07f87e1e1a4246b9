import { describe, expect, it } from 'vitest';
import { parseAccountConfig } from '../../../lib/caller-id/index';
import { generateLargeAccount } from '../../../scripts/gen-large-account.mjs';

describe('gen-large-account', () => {
  it('writes a valid account of the asked size, with no warnings and no number twice', () => {
    const doc = generateLargeAccount({ numbers: 10000, agents: 2000, ringGroups: 500, seed: 1 });
    const parsed = parseAccountConfig(doc);
    expect(parsed.ok && parsed.warnings).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.config.numbers).toHaveLength(10000);
    expect(parsed.config.agents).toHaveLength(2000);
    expect(parsed.config.ringGroups).toHaveLength(500);
    expect(new Set(parsed.config.numbers.map((n) => n.number)).size).toBe(10000);
  }, 60_000);

  it('is the same for the same seed and differs for another', () => {
    const a = generateLargeAccount({ numbers: 50, agents: 20, ringGroups: 10, seed: 7 });
    const b = generateLargeAccount({ numbers: 50, agents: 20, ringGroups: 10, seed: 7 });
    const c = generateLargeAccount({ numbers: 50, agents: 20, ringGroups: 10, seed: 8 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });
});

/** scripts/gen-large-account.mjs: valid, deterministic large accounts for tests and benches. */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { allowedCallerIds, parseAccountConfig } from '../../../lib/caller-id';
import { generateLargeAccount } from '../../../scripts/gen-large-account.mjs';

describe('gen-large-account', () => {
  it('makes a document parseAccountConfig accepts without a warning about numbers', () => {
    const doc = generateLargeAccount({ numbers: 10_000, agents: 2_000, ringGroups: 500, seed: 4 });
    const parsed = parseAccountConfig(doc);
    if (!parsed.ok) throw new Error(parsed.errors.slice(0, 5).join('\n'));
    expect(parsed.config.numbers).toHaveLength(10_000);
    expect(parsed.config.agents).toHaveLength(2_000);
    expect(parsed.config.ringGroups).toHaveLength(500);
    // Every number valid and unique: no "listed twice", no toll-free mismatch.
    expect(parsed.warnings.filter((w) => w.startsWith('numbers'))).toEqual([]);
    // Each agent has numbers of their own.
    const empty = parsed.config.agents.filter(
      (a) => allowedCallerIds(parsed.config, a.id).length === 0,
    );
    expect(empty.length).toBeLessThan(parsed.config.agents.length / 20);
  }, 60_000);

  it.each([1, 2, 99])(
    'is the same document for the same seed (%i), another for another',
    (seed) => {
      const a = generateLargeAccount({ numbers: 300, seed });
      expect(generateLargeAccount({ numbers: 300, seed })).toEqual(a);
      expect(generateLargeAccount({ numbers: 300, seed: seed + 1 })).not.toEqual(a);
    },
  );

  it('prints the document from the command line, and refuses bad arguments', () => {
    const out = execFileSync(
      'node',
      ['scripts/gen-large-account.mjs', '--numbers', '50', '--agents', '7', '--seed', '3'],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual(generateLargeAccount({ numbers: 50, agents: 7, seed: 3 }));
    const bad = spawnSync('node', ['scripts/gen-large-account.mjs', '--numbers', 'ten'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--numbers must be a whole number, got "ten"');
  });
});

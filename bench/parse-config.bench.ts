/**
 * `parseAccountConfig` per number against the parse it cannot avoid: libphonenumber-js (the same
 * /max metadata) parsing the same numbers, read in the account's country, in the same run.
 * Accounts of 10,000 and 100,000 numbers from scripts/gen-large-account.mjs. Rounds alternate
 * between the two sides so that bursts of other work on a shared machine hit both alike.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, it } from 'vitest';
import { parseAccountConfig } from '../lib/caller-id';
import { generateLargeAccount } from '../scripts/gen-large-account.mjs';
import { report, type BenchRow } from './measure';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (fn: () => void) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

describe('parseAccountConfig at scale', () => {
  it('reports parseAccountConfig per number vs a bare libphonenumber-js parse', () => {
    const rows: BenchRow[] = [];
    for (const [count, rounds] of [
      [10_000, 15],
      [100_000, 5],
    ] as const) {
      const doc = generateLargeAccount({ numbers: count, agents: count / 5, seed: 11 });
      const texts = doc.numbers.map((n) => n.number);
      let sink = 0;
      const full = () => {
        const result = parseAccountConfig(doc);
        if (!result.ok) throw new Error(result.errors.slice(0, 3).join('; '));
        sink += result.config.numbers.length;
      };
      const bare = () => {
        for (const text of texts)
          sink += parsePhoneNumberFromString(text, 'US')?.number.length ?? 0;
      };
      full();
      bare();
      const fullMs: number[] = [];
      const bareMs: number[] = [];
      for (let round = 0; round < rounds; round++) {
        fullMs.push(time(full));
        bareMs.push(time(bare));
      }
      if (sink < 0) console.log(sink);
      const f = median(fullMs);
      const b = median(bareMs);
      rows.push({
        numbers: count,
        'parseAccountConfig (µs/number)': Math.round((f / count) * 1000 * 100) / 100,
        'bare parse (µs/number)': Math.round((b / count) * 1000 * 100) / 100,
        ratio: Math.round((f / b) * 100) / 100,
        goal: '≤ 1.5',
      });
    }
    report('parse-config', rows);
  });
});

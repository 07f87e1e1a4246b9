/** The simulator's rows as columnar chunks: what the worker encodes, the page decodes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallerIdRule } from '../../../../lib/caller-id/types';
import { ChunkEncoder, SimTable, transferablesOf } from '../../../../lib/presence/sim-columns';
import type { SimRow } from '../../../../lib/presence/simulator';

const RULES: CallerIdRule[] = ['area-code', 'same-place', 'state', 'country', 'any-number', 'none'];

// Any text, including empty strings, quotes, separators, line breaks and astral characters; the
// repeating columns drawn from small pools so that entries repeat across chunks.
const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const row: fc.Arbitrary<SimRow> = fc.record({
  destination: text,
  e164: fc.oneof(fc.constant(''), text),
  agentId: fc.constantFrom('a', 'b', 'maria-chen', ''),
  numberId: fc.constantFrom('sf', 'la', ''),
  number: fc.constantFrom('+14155550100', '+12135550100', ''),
  rule: fc.constantFrom(...RULES),
  reason: fc.oneof(fc.constantFrom('Same area code (415).', 'Ünïcødé, "quoted"\r\n'), text),
});

/** Encodes `rows` in chunks of the given sizes (the last takes what is left) and decodes them. */
/** A row no number matched, for agent `a`. */
const unmatched = (destination: string): SimRow => ({
  destination,
  e164: '',
  agentId: 'a',
  numberId: '',
  number: '',
  rule: 'none',
  reason: '',
});

function roundTrip(rows: SimRow[], sizes: number[]): { table: SimTable; counts: number[] } {
  const encoder = new ChunkEncoder();
  const table = new SimTable();
  const counts: number[] = [];
  let at = 0;
  for (const size of [...sizes, rows.length]) {
    const end = Math.min(rows.length, at + size);
    for (; at < end; at++) encoder.push(rows[at]!);
    if (encoder.size === 0) continue;
    const { chunk, rows: flushed } = encoder.flush();
    expect(flushed).toHaveLength(chunk.count);
    // What postMessage does to a chunk: a structured clone, its buffers moved.
    const sent = structuredClone(chunk, { transfer: transferablesOf(chunk) });
    expect(chunk.refs.byteLength).toBe(0); // transferred, not copied
    table.append(sent);
    counts.push(sent.count);
  }
  return { table, counts };
}

describe('ChunkEncoder and SimTable', () => {
  it('give back every row as it was, however the rows are cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 25 }), { maxLength: 6 }),
        (rows, sizes) => {
          const { table, counts } = roundTrip(rows, sizes);
          expect(table.length).toBe(rows.length);
          expect(counts.reduce((a, b) => a + b, 0)).toBe(rows.length);
          expect(Array.from({ length: table.length }, (_, i) => table.row(i))).toEqual(rows);
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 4000 },
    );
  });

  it('sends each repeated value once: later chunks carry indexes only', () => {
    const r: SimRow = {
      destination: '415 555 0199',
      e164: '+14155550199',
      agentId: 'a',
      numberId: 'sf',
      number: '+14155550100',
      rule: 'area-code',
      reason: 'Same area code (415) as the number you are calling.',
    };
    const encoder = new ChunkEncoder();
    encoder.push(r);
    encoder.push({ ...r, destination: '415 555 0198', e164: '+14155550198' });
    const first = encoder.flush().chunk;
    encoder.push(r);
    const second = encoder.flush().chunk;
    expect(first.added).toEqual([['a'], ['sf'], ['+14155550100'], ['area-code'], [r.reason]]);
    expect(first.text).toBe('415 555 0199+14155550199415 555 0198+14155550198');
    expect([...first.ends]).toEqual([12, 24, 36, 48]);
    expect(second).toMatchObject({ start: 2, count: 1, added: [[], [], [], [], []] });
    expect([...second.refs]).toEqual([0, 0, 0, 0, 0]);
  });

  it('knows the longest value of a repeating column (the page sizes that column by it)', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.integer({ min: 1, max: 9 }),
        (rows, size) => {
          const { table } = roundTrip(rows, [size]);
          for (const column of ['agentId', 'reason'] as const) {
            expect(table.longest(column)).toBe(Math.max(0, ...rows.map((r) => r[column].length)));
          }
        },
      ),
      { numRuns: 200, interruptAfterTimeLimit: 4000 },
    );
  });

  it('refuses a chunk out of order and a row it does not have', () => {
    const encoder = new ChunkEncoder();
    encoder.push(unmatched('1'));
    encoder.flush();
    encoder.push(unmatched('2'));
    const table = new SimTable();
    expect(() => table.append(encoder.flush().chunk)).toThrow(
      'Simulator chunk at row 1, expected 0.',
    );
    expect(() => table.row(0)).toThrow('No simulated row 0.');
  });
});

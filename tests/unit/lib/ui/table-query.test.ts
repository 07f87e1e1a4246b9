import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountNumber, Agent } from '../../../../lib/caller-id/types';
import {
  queryAgents,
  queryNumbers,
  queryRingGroups,
  searchChoices,
} from '../../../../lib/ui/table-query';
import { accountNumber } from '../caller-id/fixtures';

const num = (id: string, number: string, label: string, ringGroups: string[]) =>
  accountNumber(id, number, label, { ringGroups });
const NUMBERS = [
  num('sf', '+14155550100', 'San Francisco', ['sales']),
  num('la', '+12135550142', 'Los Angeles', ['support']),
  num('sp', '+551155550100', 'São Paulo', ['sales', 'support']),
  num('ldn', '+442079460958', 'London', []),
];
const COUNTRY: Record<string, string> = { sf: 'US', la: 'US', sp: 'BR', ldn: 'GB' };
const countryOf = (n: AccountNumber) => COUNTRY[n.id];
const agent = (id: string, name: string, email: string, ringGroups: string[]): Agent => ({
  id,
  name,
  email,
  ringGroups,
});
const AGENTS = [
  agent('maria', 'Maria Chen', 'maria@acme.example', ['sales']),
  agent('joao', 'João Souza', 'joao@acme.example', ['support']),
  agent('ana', 'Ana Silva', 'ana@acme.example', []),
];

describe('queryNumbers', () => {
  it.each([
    { filter: {}, want: [0, 1, 2, 3] },
    { filter: { text: 'sao' }, want: [2] },
    { filter: { text: 'ANGEL' }, want: [1] },
    { filter: { text: '555-0142' }, want: [1] },
    { filter: { text: '(415)' }, want: [0] },
    { filter: { text: '55' }, want: [0, 1, 2] },
    { filter: { country: 'US' }, want: [0, 1] },
    { filter: { ringGroup: 'sales' }, want: [0, 2] },
    { filter: { agent: AGENTS[1] }, want: [1, 2] },
    { filter: { agent: AGENTS[2] }, want: [] },
    { filter: { ringGroup: 'support', country: 'BR' }, want: [2] },
  ])('$filter', ({ filter, want }) => {
    expect(queryNumbers(NUMBERS, filter, undefined, countryOf)).toEqual(want);
  });

  it.each([
    { sort: { key: 'label', dir: 'asc' }, want: [3, 1, 0, 2] },
    { sort: { key: 'label', dir: 'desc' }, want: [2, 0, 1, 3] },
    { sort: { key: 'country', dir: 'asc' }, want: [2, 3, 0, 1] },
    { sort: { key: 'number', dir: 'asc' }, want: [1, 0, 3, 2] },
    { sort: { key: 'order', dir: 'desc' }, want: [3, 2, 1, 0] },
  ] as const)('sort $sort.key $sort.dir', ({ sort, want }) => {
    expect(queryNumbers(NUMBERS, {}, sort, countryOf)).toEqual(want);
  });

  it('a sort is a permutation, stable in account order for equal keys, and filters only remove rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('A', 'b', 'B', 'a', ''), { maxLength: 60 }),
        fc.constantFrom('asc', 'desc'),
        fc.string({ maxLength: 3 }),
        (labels, dir, text) => {
          const rows = labels.map((l, i) =>
            num(`n${i}`, `+1415555${String(i).padStart(4, '0')}`, l, []),
          );
          const sorted = queryNumbers(rows, {}, { key: 'label', dir }, countryOf);
          expect([...sorted].sort((x, y) => x - y)).toEqual(rows.map((_, i) => i));
          for (let k = 1; k < sorted.length; k++) {
            const a = rows[sorted[k - 1]!]!.label.toLowerCase() || rows[sorted[k - 1]!]!.number;
            const b = rows[sorted[k]!]!.label.toLowerCase() || rows[sorted[k]!]!.number;
            if (a === b) expect(sorted[k - 1]! < sorted[k]!).toBe(true);
          }
          const filtered = queryNumbers(rows, { text }, undefined, countryOf);
          expect(filtered.every((i, k) => k === 0 || filtered[k - 1]! < i)).toBe(true);
        },
      ),
      { numRuns: 200, interruptAfterTimeLimit: 4000 },
    );
  });

  it('10,000 numbers are searched and sorted in well under a frame budget per call', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      num(`n${i}`, `+1415${String(2000000 + i)}`, `Line ${i}`, [`g${i % 500}`]),
    );
    const start = performance.now();
    const found = queryNumbers(
      rows,
      { text: 'Line 9876' },
      { key: 'label', dir: 'desc' },
      countryOf,
    );
    expect(found).toEqual([9876]);
    // Generous for a loaded machine; the point is no per-row parsing.
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('queryAgents and queryRingGroups', () => {
  it.each([
    { filter: {}, want: [0, 1, 2] },
    { filter: { text: 'joao' }, want: [1] },
    { filter: { text: 'ana@' }, want: [2] },
    { filter: { ringGroup: 'sales' }, want: [0] },
    { filter: { number: NUMBERS[2] }, want: [0, 1] },
  ])('agents $filter', ({ filter, want }) => {
    expect(queryAgents(AGENTS, filter, undefined)).toEqual(want);
  });

  it('sorts agents by name', () => {
    expect(queryAgents(AGENTS, {}, { key: 'name', dir: 'asc' })).toEqual([2, 1, 0]);
  });

  it('ring groups by text and by use', () => {
    const groups = [
      { id: 'sales', name: 'Sales' },
      { id: 'support', name: 'Support' },
    ];
    const use = new Map([
      ['sales', { numbers: 2, agents: 1 }],
      ['support', { numbers: 5, agents: 0 }],
    ]);
    expect(queryRingGroups(groups, 'sup', undefined, use)).toEqual([1]);
    expect(queryRingGroups(groups, '', { key: 'numbers', dir: 'desc' }, use)).toEqual([1, 0]);
    expect(searchChoices(groups, 'ale', 5, (g) => g.name)).toEqual([
      { value: 'sales', label: 'Sales' },
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CardChoiceList } from '../../../../lib/calls/card-choice';
import {
  cardOptions,
  filterOptions,
  moveActive,
  PAGE_STEP,
} from '../../../../lib/ui/card-choice-options';
import { numberSearchKeys } from '../../../../lib/ui/number-search';
import { accountNumber } from '../caller-id/fixtures';

function entry(id: string, number: string, label: string, display: string, country = 'US') {
  return {
    id,
    label,
    display,
    search: numberSearchKeys({
      number: accountNumber(id, number, label),
      display,
      country: country as 'US',
      countryName: country === 'US' ? 'United States' : 'United Kingdom',
    }),
  };
}

const LIST: CardChoiceList = {
  version: '3.x',
  allowDefault: true,
  numbers: [
    entry('sf', '+14155550100', 'San Francisco HQ', '+1 415 555 0100'),
    entry('ak', '+19074561234', 'Anchorage night desk', '+1 907 456 1234'),
    entry('ldn', '+442079460123', 'London', '+44 20 7946 0123', 'GB'),
  ],
};

describe('the card’s caller-ID options', () => {
  const options = cardOptions(LIST, 'Default: Ringside picks per call');

  it('lists Default first, then each number named by label and number', () => {
    expect(options.map((o) => o.text)).toEqual([
      'Default: Ringside picks per call',
      'San Francisco HQ, +1 415 555 0100',
      'Anchorage night desk, +1 907 456 1234',
      'London, +44 20 7946 0123',
    ]);
    expect(cardOptions({ ...LIST, allowDefault: false }, 'x').map((o) => o.value)).toEqual([
      'sf',
      'ak',
      'ldn',
    ]);
  });

  it.each([
    ['', [0, 1, 2, 3]],
    ['   ', [0, 1, 2, 3]],
    ['alaska', [2]], // by state
    ['anchorage', [2]], // by label
    ['(907) 456', [2]], // by digits as a person writes them
    ['4155550', [1]],
    ['united kingdom', [3]], // by country
    ['default', [0]],
    ['PICKS', [0]],
    ['nowhere', []],
  ])('a filter of %j leaves %j', (query, expected) => {
    expect(filterOptions(options, query)).toEqual(expected);
  });

  it('moves the active option as the popup’s list does, never out of the list', () => {
    expect(moveActive('ArrowDown', 0, 4)).toBe(1);
    expect(moveActive('ArrowDown', 3, 4)).toBe(3);
    expect(moveActive('ArrowUp', 0, 4)).toBe(0);
    expect(moveActive('End', 0, 4)).toBe(3);
    expect(moveActive('Home', 3, 4)).toBe(0);
    expect(moveActive('PageDown', 0, 100)).toBe(PAGE_STEP);
    expect(moveActive('PageUp', 2, 100)).toBe(0);
    expect(moveActive('a', 0, 4)).toBeNull();
    expect(moveActive('ArrowDown', 0, 0)).toBeNull();
    fc.assert(
      fc.property(
        fc.constantFrom('ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'),
        fc.integer({ min: 1, max: 5000 }),
        fc.nat(),
        (key, count, at) => {
          const next = moveActive(key, at % count, count)!;
          return next >= 0 && next < count;
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 4000 },
    );
  });

  it('filters 2,000 numbers by every query quickly, each match a real one', () => {
    const big = cardOptions(
      {
        version: 'big',
        allowDefault: true,
        numbers: Array.from({ length: 2_000 }, (_, i) =>
          entry(
            `n${i}`,
            `+1415234${String(i).padStart(4, '0')}`,
            `Desk ${i}`,
            `+1 415 234 ${String(i).padStart(4, '0')}`,
          ),
        ),
      },
      'Default',
    );
    const started = performance.now();
    const hits = filterOptions(big, '234 1999');
    expect(performance.now() - started).toBeLessThan(500);
    expect(hits.map((i) => big[i]!.value)).toEqual(['n1999']);
  });
});

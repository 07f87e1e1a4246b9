import fc from 'fast-check';
import metadata from 'libphonenumber-js/min/metadata';
import { describe, expect, it } from 'vitest';
import { phoneDisplay } from '../../../../lib/phone/format';
import { countryName } from '../../../../lib/ui/format';
import {
  fold,
  matchesNumberQuery,
  numberSearchKeys,
  type NumberSearchKeys,
} from '../../../../lib/ui/number-search';
import { generatedNumber } from '../../../e2e/large-account';
import { accountNumber } from '../caller-id/fixtures';

function keysOf(id: string, number: string, label?: string): NumberSearchKeys {
  const n = accountNumber(id, number, label);
  const { display, country } = phoneDisplay(number, metadata);
  return numberSearchKeys({ number: n, display, country, countryName: countryName(country) });
}

const SF = keysOf('sf', '+14155550100', 'San Francisco HQ');
const NYC = keysOf('nyc', '+16465550178', 'Front desk');
const TORONTO = keysOf('to', '+14165550137', 'Toronto');
const LONDON = keysOf('lon', '+442079460958', 'London');
const SAO_PAULO = keysOf('sp', '+551130040000', 'São Paulo');
const UNLABELLED = keysOf('ops-7', '+13125550165');

describe('matchesNumberQuery', () => {
  it.each([
    // By label, any case, without accents, any word order.
    { keys: SF, query: 'san fran', found: true },
    { keys: SF, query: 'HQ francisco', found: true },
    { keys: SAO_PAULO, query: 'sao paulo', found: true },
    { keys: SF, query: 'san diego', found: false },
    // A number without a label is found by its id.
    { keys: UNLABELLED, query: 'ops-7', found: true },
    // By digits in any format.
    { keys: SF, query: '415', found: true },
    { keys: SF, query: '(415) 555-01', found: true },
    { keys: SF, query: '+1 415 555 0100', found: true },
    { keys: SF, query: '4155550100', found: true },
    { keys: SF, query: '1-415-555', found: true },
    { keys: SF, query: '416', found: false },
    { keys: LONDON, query: '020 7946 0958', found: true },
    { keys: LONDON, query: '+44 20 7946', found: true },
    { keys: LONDON, query: '7946 0958', found: true },
    // By country.
    { keys: TORONTO, query: 'canada', found: true },
    { keys: SF, query: 'united states', found: true },
    { keys: LONDON, query: 'united kingdom', found: true },
    { keys: LONDON, query: 'canada', found: false },
    // By state or province, by name or code, from the area code.
    { keys: SF, query: 'california', found: true },
    { keys: TORONTO, query: 'ontario', found: true },
    { keys: SAO_PAULO, query: 'sao paulo', found: true },
    { keys: UNLABELLED, query: 'illinois', found: true },
    { keys: SF, query: 'texas', found: false },
    // By city, for the places the generated table lists (New York's overlays).
    { keys: NYC, query: 'new york', found: true },
    // Words and digits together.
    { keys: SF, query: 'california 415', found: true },
    { keys: SF, query: 'california 212', found: false },
    // Nothing typed finds everything.
    { keys: SF, query: '   ', found: true },
  ])('“$query” finds $keys.text: $found', ({ keys, query, found }) => {
    expect(matchesNumberQuery(keys, query)).toBe(found);
  });

  it('finds every number by its own display, its E.164 form, its national digits and a piece of its label', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999 }), fc.nat(), fc.nat(), (i, a, b) => {
        const n = generatedNumber(i);
        const { display } = phoneDisplay(n.number, metadata);
        const keys = keysOf(n.id, n.number, n.label);
        expect(matchesNumberQuery(keys, display)).toBe(true);
        expect(matchesNumberQuery(keys, n.number)).toBe(true);
        expect(matchesNumberQuery(keys, display.split(' ').slice(1).join(' '))).toBe(true);
        const from = a % n.label.length;
        const piece = n.label.slice(from, from + 1 + (b % (n.label.length - from))).trim();
        expect(matchesNumberQuery(keys, piece)).toBe(true);
      }),
      { numRuns: 300, interruptAfterTimeLimit: 4000 },
    );
  });

  it('a digit string matches exactly the numbers that contain it', () => {
    const numbers = Array.from({ length: 2_000 }, (_, i) => generatedNumber(i));
    const keys = numbers.map((n) => keysOf(n.id, n.number, n.label));
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{3,7}$/), (digits) => {
        const expected = numbers.filter((n) =>
          [n.number.slice(1), n.number.slice(n.number.startsWith('+1') ? 2 : 3)].some((d) =>
            d.includes(digits),
          ),
        );
        const found = numbers.filter((_, i) => matchesNumberQuery(keys[i]!, digits));
        // A leading 0 is read as a national prefix, which widens the match: compare the rest.
        if (!digits.startsWith('0')) expect(found).toEqual(expected);
        else expect(found.length).toBeGreaterThanOrEqual(expected.length);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 4000 },
    );
  });
});

describe('fold', () => {
  it.each([
    ['São Paulo', 'sao paulo'],
    ['MONTRÉAL', 'montreal'],
    ['Zürich', 'zurich'],
  ])('%s → %s', (text, folded) => expect(fold(text)).toBe(folded));
});

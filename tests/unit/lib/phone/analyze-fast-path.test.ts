/**
 * analyzePhone's fast path for North American numbers (lib/phone/analyze.ts) must read every
 * text exactly as libphonenumber-js's parse does: same facts, or the library decides.
 */
import fc from 'fast-check';
import type { CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import {
  analyzePhone,
  analyzeWithLibrary,
  northAmericanFacts,
} from '../../../../lib/phone/analyze';

const DEFAULTS: (CountryCode | undefined)[] = ['US', 'CA', 'GB', 'BR', 'AG', 'JM', 'PR', undefined];

const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const sep = fc.constantFrom('', ' ', '-', '.', '  ', ' - ', '\u00a0');
const ext = fc.oneof(
  fc.constant(''),
  fc
    .tuple(
      fc.constantFrom(
        ' x',
        'x',
        ' X',
        ' x ',
        ' ext. ',
        ' ext ',
        ' EXT.',
        ',x',
        ' #',
        '#',
        ', ext. ',
      ),
      fc.stringMatching(/^\d{1,11}$/),
    )
    .map(([p, d]) => p + d),
);
const prefix = fc.constantFrom('', '+1 ', '+1-', '+1', '+ 1 ', '+1.', '1 ', '+2 ', ' ');
const text = fc
  .tuple(
    prefix,
    fc.boolean(),
    digits(3),
    sep,
    digits(3),
    sep,
    digits(4),
    ext,
    fc.constantFrom('', ' ', '\t'),
  )
  .map(([p, paren, a, s1, b, s2, c, e, tail]) =>
    paren ? `${p}(${a})${s1}${b}${s2}${c}${e}${tail}` : `${p}${a}${s1}${b}${s2}${c}${e}${tail}`,
  );

describe('analyzePhone fast path for North American numbers', () => {
  it.each([
    ['(415) 555-0100', 'US', '+14155550100', undefined],
    ['415.555.0100 ext. 12', 'US', '+14155550100', '12'],
    ['+1 416 555 0100', 'GB', '+14165550100', undefined],
    ['738-654-8873 x20', 'CA', '+17386548873', '20'],
  ] as const)('reads %s (default %s) as the library does', (t, country, e164, extension) => {
    const fast = northAmericanFacts(t, country);
    expect(fast?.e164).toBe(e164);
    expect(fast?.ext).toBe(extension);
    expect(fast).toEqual(analyzeWithLibrary(t, country));
  });

  it('leaves to the library what it does not read: other countries, national prefix, invalid numbers', () => {
    for (const [t, country] of [
      ['(415) 555-0100', 'GB'], // national, but not a North American default country
      ['1 415 555 0100', 'US'], // the national prefix "1"
      ['+1 555 555 0100', 'US'], // 555 is not an area code in service: invalid
      ['020 7946 0958', 'GB'],
      ['011 44 20 7946 0958', 'US'],
    ] as const)
      expect(northAmericanFacts(t, country), t).toBeNull();
  });

  it('gives the facts the library gives, for random numbers, formats, extensions and default countries', () => {
    let fastReadings = 0;
    fc.assert(
      fc.property(text, fc.constantFrom(...DEFAULTS), (t, country) => {
        if (northAmericanFacts(t, country)) fastReadings++;
        expect(analyzePhone(t, country)).toEqual(analyzeWithLibrary(t, country));
      }),
      { numRuns: 4000, interruptAfterTimeLimit: 8000 },
    );
    // The property is about the fast path: it must have been taken, often.
    expect(fastReadings).toBeGreaterThan(50);
  });
});

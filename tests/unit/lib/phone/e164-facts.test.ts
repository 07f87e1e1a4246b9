/**
 * analyzePhone's E.164 fast path (lib/phone/analyze.ts `e164Facts`): for every text it accepts, the
 * same facts as libphonenumber-js's full parse; the rest goes to the parse.
 */
import fc from 'fast-check';
import {
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { e164Facts, phoneFacts } from '../../../../lib/phone/analyze';
import { generateLargeAccount } from '../../../../scripts/gen-large-account.mjs';
import { randomNumber, rng } from '../caller-id/generate';

const parsed = (text: string) => {
  const phone = parsePhoneNumberFromString(text);
  return phone ? phoneFacts(phone) : null;
};
const callingCodes = [...new Set(getCountries().map((c) => getCountryCallingCode(c)))];

describe('e164Facts', () => {
  it.each([
    ['+14155550100', true],
    ['+442079460958', true],
    ['+5511987654321', true],
    // A trunk prefix after the calling code: libphonenumber-js strips it, so the parse decides.
    ['+4402079460958', false],
    ['+1 415 555 0100', false],
    ['+1415555', false],
    ['14155550100', false],
    ['+999123456', false],
  ])('%s: fast path %s', (text, fast) => {
    const facts = e164Facts(text);
    expect(facts !== undefined).toBe(fast);
    if (facts) expect(facts).toEqual(parsed(text));
  });

  it('agrees with the full parse on generated numbers of many countries', () => {
    const r = rng(5);
    const texts = [
      ...Array.from({ length: 2000 }, () => randomNumber(r)),
      ...generateLargeAccount({ numbers: 2000, seed: 9 }).numbers.map((n) => n.number),
    ];
    let fast = 0;
    for (const text of texts) {
      const facts = e164Facts(text);
      if (!facts) continue;
      fast += 1;
      expect(facts).toEqual(parsed(text));
    }
    expect(fast).toBeGreaterThan(texts.length * 0.9);
  });

  it('agrees with the full parse on random digits after any calling code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...callingCodes),
        fc.stringMatching(/^[0-9]{4,14}$/),
        (code, digits) => {
          const text = `+${code}${digits}`;
          const facts = e164Facts(text);
          if (facts) expect(facts).toEqual(parsed(text));
        },
      ),
      { numRuns: 3000, interruptAfterTimeLimit: 8000 },
    );
  });
});

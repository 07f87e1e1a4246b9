/**
 * lib/phone/numbering-plan.ts re-implements, with patterns compiled once, what libphonenumber-js
 * does per call. These tests hold it to the library: same type, same international digit groups,
 * same region and national number when reading E.164, over numbers of every region.
 */
import fc from 'fast-check';
import { getCountries, Metadata, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { internationalFormat, numberType, readE164 } from '../../../../lib/phone/index';
import { rng } from '../caller-id/generate';

/** Numbers of every region: random national numbers of the region's possible lengths. */
function sampleNumbers(): PhoneNumber[] {
  const r = rng(2024);
  const metadata = new Metadata();
  const out: PhoneNumber[] = [];
  for (const country of getCountries()) {
    metadata.selectNumberingPlan(country);
    const lengths = metadata.numberingPlan!.possibleLengths();
    for (let attempt = 0; attempt < 200; attempt++) {
      const length = lengths[Math.floor(r() * lengths.length)]!;
      const digits = Array.from({ length }, (_, i) =>
        i === 0 ? 1 + Math.floor(r() * 9) : Math.floor(r() * 10),
      ).join('');
      const phone = parsePhoneNumberFromString(digits, country);
      if (phone) out.push(phone);
    }
  }
  return out;
}

const groups = (formatted: string) => formatted.split(/\D+/);

describe('numbering plan, against libphonenumber-js', () => {
  const numbers = sampleNumbers();
  const valid = numbers.filter((p) => p.isValid());

  it('has a broad sample', () => {
    expect(new Set(valid.map((p) => p.country)).size).toBeGreaterThan(200);
    expect(new Set(valid.map((p) => p.getType())).size).toBeGreaterThanOrEqual(8);
  });

  it('types every number as getType() does (valid or not)', () => {
    const wrong = numbers.filter(
      (p) => numberType(p.country, p.countryCallingCode, p.nationalNumber) !== p.getType(),
    );
    expect(wrong.map((p) => `${p.number} ${p.country}`)).toEqual([]);
  });

  it('formats internationally into the same digit groups as formatInternational()', () => {
    const wrong = valid.filter(
      (p) =>
        groups(internationalFormat(p.country, p.countryCallingCode, p.nationalNumber)).join(' ') !==
        groups(p.formatInternational()).join(' '),
    );
    expect(wrong.map((p) => p.number)).toEqual([]);
  });

  it('reads E.164 into the same region and national number as parsing it', () => {
    const wrong = valid.filter((p) => {
      const parsed = parsePhoneNumberFromString(p.number)!;
      const read = readE164(p.number);
      return (
        read?.region !== parsed.country ||
        read?.nationalNumber !== parsed.nationalNumber ||
        read?.callingCode !== parsed.countryCallingCode
      );
    });
    expect(wrong.map((p) => p.number)).toEqual([]);
  });

  it.each(['', '+', '14155550100', '+0123', '+1 415 555 0100', '+99912345'])(
    'does not read %j as E.164',
    (text) => {
      expect(readE164(text)).toBeUndefined();
    },
  );

  it('types arbitrary digits as getType() does (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<CountryCode>('US', 'CA', 'GB', 'GG', 'DE', 'BR', 'AR', 'IT', 'MX', 'CN'),
        fc.stringMatching(/^[0-9]{4,13}$/),
        (country, digits) => {
          const p = parsePhoneNumberFromString(digits, country);
          if (!p) return;
          expect(numberType(p.country, p.countryCallingCode, p.nationalNumber)).toBe(p.getType());
        },
      ),
      { numRuns: 2000, interruptAfterTimeLimit: 4_000 },
    );
  });
});

import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { FIXED_AREA_CODE_LENGTH } from '../../../../lib/phone/analyze';
import {
  analyzePhone,
  geographicAreaCodeLength,
  numberType,
  placedAreaCodes,
} from '../../../../lib/phone/index';
import { rng } from '../caller-id/generate';

/** The general rule (no NANP/Brazil shortcut) for a number in international format. */
function generalLength(text: string): number {
  const p = parsePhoneNumberFromString(text)!;
  const parts = {
    region: p.country,
    callingCode: p.countryCallingCode,
    nationalNumber: p.nationalNumber,
  };
  return geographicAreaCodeLength({
    ...parts,
    type: numberType(parts.region, parts.callingCode, parts.nationalNumber),
  });
}

describe('geographicAreaCodeLength (port of libphonenumber)', () => {
  // The cases of libphonenumber's own PhoneNumberUtilTest.testGetLengthOfGeographicalAreaCode,
  // with numbers the current metadata holds valid.
  it.each([
    ['+16502530000', 3, 'US fixed line'],
    ['+18002530000', 0, 'US toll-free'],
    ['+442070313000', 2, 'London'],
    ['+447400123456', 0, 'UK mobile'],
    ['+441614960000', 3, 'Manchester'],
    ['+441134960000', 3, 'Leeds'],
    ['+541187654321', 2, 'Buenos Aires fixed line'],
    ['+5491187654321', 3, 'Argentine mobile: token 9 plus area code'],
    ['+61236618300', 1, 'Australian fixed line'],
    ['+390236618300', 2, 'Italian fixed line keeps its leading zero'],
    ['+6565218000', 0, 'Singapore has no national prefix'],
    ['+80012345678', 0, 'international freephone'],
    ['+8613912345678', 0, 'Chinese mobile'],
    ['+861012345678', 2, 'Beijing fixed line'],
    ['+5511987654321', 2, 'Brazilian mobile keeps its DDD'],
    ['+49301234567', 2, 'Berlin'],
    ['+49891234567', 2, 'Munich'],
    ['+4915123456789', 0, 'German mobile'],
  ])('%s: %i (%s)', (e164, length, _why) => {
    expect(parsePhoneNumberFromString(e164)?.isValid()).toBe(true);
    expect(generalLength(e164)).toBe(length);
  });
});

describe('NANP and Brazil shortcut', () => {
  it('is the general rule for every placed area code', () => {
    const mismatches: string[] = [];
    for (const key of placedAreaCodes().keys()) {
      const [callingCode, areaCode] = key.split('-') as [string, string];
      const samples =
        callingCode === '1'
          ? [2, 3, 4, 5, 6, 7, 8, 9].map((d) => `+1${areaCode}${d}${d}21234`)
          : [`+55${areaCode}33334444`, `+55${areaCode}987654321`];
      for (const e164 of samples) {
        const facts = analyzePhone(e164)!;
        if (!facts.valid) continue;
        if ((facts.areaCode?.length ?? 0) !== generalLength(e164)) mismatches.push(e164);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('is the general rule for random numbers of every NANP region and Brazil', () => {
    const r = rng(99);
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
    let checked = 0;
    for (let i = 0; i < 20_000; i++) {
      const e164 =
        r() < 0.7
          ? `+1${2 + Math.floor(r() * 8)}${digits(9)}`
          : `+55${digits(r() < 0.5 ? 10 : 11)}`;
      const facts = analyzePhone(e164);
      if (!facts?.valid) continue;
      checked++;
      expect(facts.areaCode?.length ?? 0, e164).toBe(generalLength(e164));
    }
    expect(checked).toBeGreaterThan(2000);
    expect(Object.keys(FIXED_AREA_CODE_LENGTH)).toEqual(['1', '55']);
  });
});

import type { CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { analyzePhone } from '../../../../lib/phone/index';

describe('analyzePhone', () => {
  it.each<
    [
      string,
      CountryCode | undefined,
      string,
      string | undefined,
      string | undefined,
      string | undefined,
      string | undefined,
      string | undefined,
    ]
  >([
    // input, default country -> e164, ext, region, type, area code, state key
    [
      '(415) 555-0134',
      'US',
      '+14155550134',
      undefined,
      'US',
      'FIXED_LINE_OR_MOBILE',
      '415',
      'US-CA',
    ],
    ['415.555.0134', 'US', '+14155550134', undefined, 'US', 'FIXED_LINE_OR_MOBILE', '415', 'US-CA'],
    [
      '415-555-0134 ext. 12',
      'US',
      '+14155550134',
      '12',
      'US',
      'FIXED_LINE_OR_MOBILE',
      '415',
      'US-CA',
    ],
    ['415-555-0134 x12', 'US', '+14155550134', '12', 'US', 'FIXED_LINE_OR_MOBILE', '415', 'US-CA'],
    ['415-555-0134 #12', 'US', '+14155550134', '12', 'US', 'FIXED_LINE_OR_MOBILE', '415', 'US-CA'],
    [
      '+1 (212) 555-0199',
      undefined,
      '+12125550199',
      undefined,
      'US',
      'FIXED_LINE_OR_MOBILE',
      '212',
      'US-NY',
    ],
    // national format with a US default still lands in Canada
    ['416 555 0199', 'US', '+14165550199', undefined, 'CA', 'FIXED_LINE_OR_MOBILE', '416', 'CA-ON'],
    [
      '+1 514 555 0199',
      'US',
      '+15145550199',
      undefined,
      'CA',
      'FIXED_LINE_OR_MOBILE',
      '514',
      'CA-QC',
    ],
    // 902 is Nova Scotia and Prince Edward Island: the exchange decides
    [
      '+1 902 368 1234',
      'US',
      '+19023681234',
      undefined,
      'CA',
      'FIXED_LINE_OR_MOBILE',
      '902',
      'CA-PE',
    ],
    [
      '+1 902 420 1234',
      'US',
      '+19024201234',
      undefined,
      'CA',
      'FIXED_LINE_OR_MOBILE',
      '902',
      'CA-NS',
    ],
    // Puerto Rico is its own region; its "state" is the territory
    [
      '+1 787 555 1234',
      'US',
      '+17875551234',
      undefined,
      'PR',
      'FIXED_LINE_OR_MOBILE',
      '787',
      'US-PR',
    ],
    ['+1 876 922 1234', 'US', '+18769221234', undefined, 'JM', 'FIXED_LINE', '876', undefined],
    // …but Jamaican mobiles have no area code (only some countries' mobiles keep one)
    ['+1 876 555 1234', 'US', '+18765551234', undefined, 'JM', 'MOBILE', undefined, undefined],
    ['1-800-555-0100', 'US', '+18005550100', undefined, 'US', 'TOLL_FREE', undefined, undefined],
    // international prefixes: 011 from the US, 00 from anywhere, 00 where it is the prefix
    ['011 44 20 7946 0958', 'US', '+442079460958', undefined, 'GB', 'FIXED_LINE', '20', undefined],
    ['0044 20 7946 0958', 'US', '+442079460958', undefined, 'GB', 'FIXED_LINE', '20', undefined],
    ['0044 20 7946 0958', 'GB', '+442079460958', undefined, 'GB', 'FIXED_LINE', '20', undefined],
    ['00 44 20 7946 0958', 'US', '+442079460958', undefined, 'GB', 'FIXED_LINE', '20', undefined],
    ['00-49-30-123456', 'US', '+4930123456', undefined, 'DE', 'FIXED_LINE', '30', undefined],
    [
      '00 1 415 555 0134',
      'DE',
      '+14155550134',
      undefined,
      'US',
      'FIXED_LINE_OR_MOBILE',
      '415',
      'US-CA',
    ],
    // UK: London 20, Manchester 161, Leeds 113; mobiles have none; Guernsey is GG
    ['020 7946 0958', 'GB', '+442079460958', undefined, 'GB', 'FIXED_LINE', '20', undefined],
    ['+44 161 496 0000', 'US', '+441614960000', undefined, 'GB', 'FIXED_LINE', '161', undefined],
    ['+44 113 496 0000', 'US', '+441134960000', undefined, 'GB', 'FIXED_LINE', '113', undefined],
    ['+44 7400 123456', 'US', '+447400123456', undefined, 'GB', 'MOBILE', undefined, undefined],
    ['+44 800 555 0108', 'US', '+448005550108', undefined, 'GB', 'TOLL_FREE', undefined, undefined],
    ['+44 1481 712345', 'US', '+441481712345', undefined, 'GG', 'FIXED_LINE', '1481', undefined],
    // Germany: Berlin 30, Munich 89; mobiles none
    ['+49 30 1234567', 'US', '+49301234567', undefined, 'DE', 'FIXED_LINE', '30', undefined],
    ['+49 89 1234567', 'US', '+49891234567', undefined, 'DE', 'FIXED_LINE', '89', undefined],
    ['+49 151 23456789', 'US', '+4915123456789', undefined, 'DE', 'MOBILE', undefined, undefined],
    // Brazil: the DDD for fixed lines and mobiles alike
    ['(11) 3333-4444', 'BR', '+551133334444', undefined, 'BR', 'FIXED_LINE', '11', 'BR-SP'],
    ['+55 21 98765-4321', 'US', '+5521987654321', undefined, 'BR', 'MOBILE', '21', 'BR-RJ'],
    ['+55 61 3333-4444', 'US', '+556133334444', undefined, 'BR', 'FIXED_LINE', '61', 'BR-DF'],
    ['+55 800 123 4567', 'US', '+558001234567', undefined, 'BR', 'TOLL_FREE', undefined, undefined],
    // Argentine mobiles: the mobile token 9 is part of the area code (libphonenumber's rule)
    ['+54 9 11 1234 5678', 'US', '+5491112345678', undefined, 'AR', 'MOBILE', '911', undefined],
    // Italy has no national prefix but keeps the leading zero: Rome 06
    ['+39 06 1234 5678', 'US', '+390612345678', undefined, 'IT', 'FIXED_LINE', '06', undefined],
    // China: mobiles are geographic but have no area code
    ['+86 139 1234 5678', 'US', '+8613912345678', undefined, 'CN', 'MOBILE', undefined, undefined],
    // international freephone: no country at all
    [
      '+800 1234 5678',
      'US',
      '+80012345678',
      undefined,
      undefined,
      'TOLL_FREE',
      undefined,
      undefined,
    ],
  ])('%s (default %s)', (input, defaultCountry, e164, ext, region, type, areaCode, state) => {
    const f = analyzePhone(input, defaultCountry);
    expect(f && [f.e164, f.ext, f.region, f.type, f.areaCode, f.subdivision?.key]).toEqual([
      e164,
      ext,
      region,
      type,
      areaCode,
      state,
    ]);
    expect(f?.valid).toBe(true);
    expect(f?.tollFree).toBe(type === 'TOLL_FREE');
  });

  it.each([
    ['+1 415 155 0100', 'US'], // exchanges cannot start with 1
    ['415 555 01', 'US'],
    ['+55 11 1234', 'US'],
    ['ext. 12', 'US'],
    ['00', 'US'],
  ] as const)('reads %s but reports it is not valid', (input, country) => {
    const f = analyzePhone(input, country);
    expect(f).not.toBeNull();
    expect([f?.valid, f?.type, f?.areaCode, f?.subdivision]).toEqual([
      false,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it.each(['', 'call me', '+', '(   )'])('gives null for %j', (input) => {
    expect(analyzePhone(input, 'US')).toBeNull();
  });

  it('tells +1 Canada from +1 US by country key', () => {
    expect(analyzePhone('+1 416 555 0199')?.countryKey).toBe('CA');
    expect(analyzePhone('+1 415 555 0199')?.countryKey).toBe('US');
    expect(analyzePhone('+800 1234 5678')?.countryKey).toBe('+800');
  });
});

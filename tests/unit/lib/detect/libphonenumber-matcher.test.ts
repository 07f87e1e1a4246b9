/**
 * libphonenumber's own find-numbers cases (PhoneNumberMatcherTest.java in google/libphonenumber),
 * transcribed as inputs and expected results and run against Ringside's text scan.
 *
 * As in that test, a "found" case expects exactly the number that parsing the input in its region
 * gives, with the input as the matched text, alone and inside a few sentences. The upstream test
 * runs on its own test metadata; here the real metadata is used, so cases whose number is not valid
 * in the real plans (noted below) are left out rather than changed.
 *
 * For the leniency tables, Ringside works at libphonenumber's VALID level (its detection metadata
 * has no number formats, which the grouping levels need): what VALID finds, Ringside finds, except
 * two figures its date and fraction rules reject; what VALID rejects (IMPOSSIBLE and POSSIBLE_ONLY
 * cases), Ringside rejects.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { findNumbersInText } from '../../../../lib/detect/index';
import type { CountryCode } from '../../../../lib/detect/index';
import { metadata } from '../../../../lib/detect/phone';

type Case = [text: string, region: CountryCode | undefined];

/** The cases the upstream test expects to find (doTestFindInContext and the leniency tables). */
const FOUND: Case[] = [
  // testFindNationalNumber
  ['033316005', 'NZ'],
  ['03-331 6005', 'NZ'],
  ['03 331 6005', 'NZ'],
  ['0064 3 331 6005', 'NZ'],
  ['01164 3 331 6005', 'US'],
  ['+64 3 331 6005', 'US'],
  ['123/45678', 'DE'],
  // testFindWithInternationalPrefixes
  ['+1 (650) 333-6000', 'NZ'],
  ['1-650-333-6000', 'US'],
  ['0011-650-333-6000', 'SG'],
  ['0081-650-333-6000', 'SG'],
  ['0191-650-333-6000', 'SG'],
  ['0~01-650-333-6000', 'PL'],
  ['++1 (650) 333-6000', 'PL'],
  ['\uFF0B1 (650) 333-6000', 'SG'],
  [
    '\uFF0B\uFF11\u3000\uFF08\uFF16\uFF15\uFF10\uFF09\u3000\uFF13\uFF13\uFF13\uFF0D\uFF16\uFF10\uFF10\uFF10',
    'SG',
  ],
  // testFindWithLeadingZero
  ['+39 02-36618 300', 'NZ'],
  ['02-36618 300', 'IT'],
  // testFindNationalNumberArgentina
  ['+54 9 343 555 1212', 'AR'],
  ['0343 15 555 1212', 'AR'],
  ['+54 9 3715 65 4320', 'AR'],
  ['03715 15 65 4320', 'AR'],
  ['+54 11 3797 0000', 'AR'],
  ['011 3797 0000', 'AR'],
  ['+54 3715 65 4321', 'AR'],
  ['03715 65 4321', 'AR'],
  ['+54 23 1234 0000', 'AR'],
  ['023 1234 0000', 'AR'],
  // testFindNumbersMexico
  ['+52 (449)978-0001', 'MX'],
  ['(449)978-0001', 'MX'],
  // testFindNumbersWithPlusWithNoRegion
  ['+64 3 331 6005', undefined],
  // testFindExtensions
  ['03 331 6005 ext 3456', 'NZ'],
  ['03-3316005x3456', 'NZ'],
  ['03 3316005 #3456', 'NZ'],
  ['(1800) 7493.524', 'US'],
  ['+44 2034567890x456', 'NZ'],
  ['+44 2034567890x456', 'GB'],
  ['+44 2034567890 x456', 'GB'],
  ['+44 2034567890 X456', 'GB'],
  ['+44 2034567890 X 456', 'GB'],
  ['+44 2034567890 X  456', 'GB'],
  ['+44 2034567890  X 456', 'GB'],
  ['(800) 901-3355 x 7246433', 'US'],
  ['(800) 901-3355 , ext 7246433', 'US'],
  ['(800) 901-3355 ,extension 7246433', 'US'],
  ['(800) 901-3355 ,x 7246433', 'US'],
  ['(800) 901-3355 ext: 7246433', 'US'],
  // testFindInterspersedWithSpace
  ['0 3   3 3 1   6 0 0 5', 'NZ'],
  // STRICT_GROUPING_CASES
  ['(415) 6667777', 'US'],
  ['415-6667777', 'US'],
  ['0800-2491234', 'DE'],
  // EXACT_GROUPING_CASES
  ['\uFF14\uFF11\uFF15\uFF16\uFF16\uFF16\uFF17\uFF17\uFF17\uFF17', 'US'],
  ['\uFF14\uFF11\uFF15-\uFF16\uFF16\uFF16-\uFF17\uFF17\uFF17\uFF17', 'US'],
  ['4156667777', 'US'],
  ['4156667777 x 123', 'US'],
  ['415-666-7777', 'US'],
  ['415/666-7777', 'US'],
  ['415-666-7777 ext. 503', 'US'],
  ['1 415 666 7777 x 123', 'US'],
  ['+1 415-666-7777', 'US'],
  ['(33) 3461 2234', 'MX'],
];

/** VALID_CASES: found at libphonenumber's VALID leniency (checked alone, number and extension). */
const FOUND_AT_VALID: Case[] = [
  ['65 02 53 00 00', 'US'],
  ['6502 538365', 'US'],
  ['650//253-1234', 'US'],
  ['650/253/1234', 'US'],
  ['9002309. 158', 'US'],
  ['12.1 - 23.71 - 23.45', 'US'],
  ['800 234 1 111x1111', 'US'],
  ['1979-2011 100', 'US'],
  ['2012-0102 08', 'US'],
  ['1800-10-10 22', 'AU'],
];

/*
 * Left out, because the number is not valid in the real metadata (the upstream test metadata has
 * other plans): "64(0)64123456" NZ, "312 345 678" IT, "01 (449)978-0001", "01 (33) 3461 2234"
 * and "+52 1 33 1234-5678" MX (Mexico dropped its national and mobile prefixes), "123-456-7890" US, "044 (33) 1234-5678" and
 * "045 33 1234-5678" MX (Mexico dropped its mobile prefixes), "03-3316005 int.3456" NZ (the
 * extension word is the test metadata's), "0~0 1800 7493 524" PL, the short German test numbers
 * ("+494949 49", "+49-49-34", "+49-4931-49", "04931-49", "+49-494949", "0494949" and their
 * extensions), "(0xx) 123456789" AR and "011xx5481429712" US (carrier codes of the test metadata).
 */

/** Texts in which the upstream test finds nothing, at every leniency or above POSSIBLE/VALID. */
const NOT_FOUND: Case[] = [
  // IMPOSSIBLE_CASES
  ['12345', 'US'],
  ['23456789', 'US'],
  ['234567890112', 'US'],
  ['650+253+1234', 'US'],
  ['3/10/1984', 'CA'],
  ['03/27/2011', 'US'],
  ['31/8/2011', 'US'],
  ['1/12/2011', 'US'],
  ['10/12/82', 'DE'],
  ['650x2531234', 'US'],
  ['2012-01-02 08:00', 'US'],
  ['2012/01/02 08:00', 'US'],
  ['20120102 08:00', 'US'],
  // POSSIBLE_ONLY_CASES ("7121115678" is a valid Iowa number in the real metadata)
  ['1650 x 253 - 1234', 'US'],
  ['650 x 253 - 1234', 'US'],
  ['6502531x234', 'US'],
  // VALID_CASES that Ringside rejects although libphonenumber's VALID level finds them (its
  // stricter levels reject them): a fraction figure and a date with an hour.
  ['12 7/8 - 14 12/34 - 5', 'US'],
  ['2012-01-02 08', 'US'],
  // testMatchesWithSurroundingLatinChars, testMoneyNotSeenAsPhoneNumber, testPercentage…
  ['abc415-666-7777def', 'US'],
  ['abc415-666-7777', 'US'],
  ['415-666-7777def', 'US'],
  ['\u00C9415-666-7777', 'US'],
  ['e\u0301415-666-7777', 'US'],
  ['$415-666-7777', 'US'],
  ['415-666-7777$', 'US'],
  ['\u00A3415-666-7777', 'US'],
  ['\u00A5415-666-7777', 'US'],
  ['415-666-7777%', 'US'],
  // testMatchesWithSurroundingLatinCharsAndLeadingPunctuation: trailing letters
  ['abc+14156667777def', 'US'],
  ['+14156667777def', 'US'],
  ['+14156667777\u00C9', 'US'],
  ['abc(415)6667777def', 'US'],
  ['(415)6667777def', 'US'],
  ['(415)6667777\u00C9', 'US'],
  // testDoesNotMatchMultiplePhoneNumbersSeparatedWithNoWhiteSpace
  ['Call 650-253-4561--455-234-3451', 'US'],
  // testNonMatchingBracketsAreInvalid
  ['80.585 [79.964, 81.191]', 'US'],
  ['80.585 [79.964]', 'US'],
  ['80.585 ((79.964)', 'US'],
  ['(80).(585) (79).(9)64', 'US'],
  // testNoMatchIfRegionIsNull, testNoMatchInEmptyString, testNoMatchIfNoNumber
  ['Random text body - number is 0331 6005, see you there', undefined],
  ['', 'US'],
  ['  ', 'US'],
  ['Random text body - number is foobar, see you there', 'US'],
];

/** Sentences around a found number (the upstream helper's idea: the number inside text). */
const CONTEXTS: Array<[string, string]> = [
  ['', ''],
  ['Call ', ' now'],
  ['Tel: ', '.'],
  ['My number is ', ', see you'],
  ['\n', '\t'],
];

function expectedOf(text: string, region: CountryCode | undefined) {
  const phone = parsePhoneNumberFromString(
    text,
    { defaultCountry: region, extract: false },
    metadata,
  );
  return phone?.isValid()
    ? { e164: phone.number as string, ext: phone.ext as string | undefined }
    : null;
}

describe("libphonenumber's matcher cases that find a number", () => {
  it.each(FOUND)('%s (%s)', (number, region) => {
    const want = expectedOf(number.normalize('NFKC').replace(/\+{2,}/, '+'), region);
    expect(want, 'the case is valid in the real metadata').not.toBeNull();
    for (const [before, after] of CONTEXTS) {
      const text = before + number + after;
      const hits = findNumbersInText(text, region);
      expect(
        hits.map((h) => ({ e164: h.e164, ext: h.ext, raw: text.slice(h.start, h.end) })),
        JSON.stringify(text),
      ).toEqual([{ e164: want!.e164, ext: want!.ext, raw: number }]);
    }
  });
});

describe("libphonenumber's matcher cases found at its VALID leniency", () => {
  it.each(FOUND_AT_VALID)('%s (%s)', (text, region) => {
    const want = expectedOf(text, region);
    expect(want, 'the case is valid in the real metadata').not.toBeNull();
    expect(findNumbersInText(text, region).map((h) => ({ e164: h.e164, ext: h.ext }))).toEqual([
      want,
    ]);
  });
});

describe("libphonenumber's matcher cases that find nothing", () => {
  it.each(NOT_FOUND)('%j (%s)', (text, region) => {
    expect(findNumbersInText(text, region)).toEqual([]);
  });
});

describe("libphonenumber's matcher cases in context", () => {
  const US: CountryCode = 'US';
  const number = '415-666-7777';
  it.each([
    // testMatchesWithSurroundingChineseChars
    ['\u6211\u7684\u7535\u8BDD\u53F7\u7801\u662F', ''],
    ['', '\u662F\u6211\u7684\u7535\u8BDD\u53F7\u7801'],
    ['\u8BF7\u62E8\u6253', '\u6211\u5728\u660E\u5929'],
    // testMatchesWithSurroundingPunctuation
    ['My number-', ''],
    ['', '.Nice day.'],
    ['Tel:', '.'],
    ['Tel: ', ' on Saturdays.'],
    // testPhoneNumberWithLeadingOrTrailingMoneyMatches
    ['$20 ', ''],
    ['', ' 100$'],
  ])('finds the number in %j…%j', (before, after) => {
    const text = before + number + after;
    const hits = findNumbersInText(text, US);
    expect(hits.map((h) => [h.e164, text.slice(h.start, h.end)])).toEqual([
      ['+14156667777', number],
    ]);
  });

  it.each([
    // testMatchesWithSurroundingLatinCharsAndLeadingPunctuation: leading letters are fine before "+" or "("
    ['abc', '+14156667777', ''],
    ['\u00C9', '+14156667777', ''],
    ['\u00C9', '+14156667777', '.'],
    ['\u00C9', '+14156667777', ' def'],
    ['abc', '(415)6667777', ''],
    ['\u00C9', '(415)6667777', '.'],
    ['\u00C9', '(415)6667777', ' def'],
  ])('finds %j%j%j', (before, found, after) => {
    const text = before + found + after;
    const hits = findNumbersInText(text, US);
    expect(hits.map((h) => [h.e164, text.slice(h.start, h.end)])).toEqual([
      ['+14156667777', found],
    ]);
  });

  it('finds two numbers around " -- " (testMatchesMultiplePhoneNumbersSeparatedByPhoneNumberPunctuation)', () => {
    // 455 is no area code in the real metadata; 415 stands in for it.
    const text = 'Call 650-253-4561 -- 415-234-3451';
    expect(findNumbersInText(text, US).map((h) => [h.e164, h.start])).toEqual([
      ['+16502534561', 5],
      ['+14152343451', 21],
    ]);
  });

  it('finds both numbers of "Call 033316005  or 032316005!" (testSequences)', () => {
    const text = 'Call 033316005  or 032316005!';
    expect(findNumbersInText(text, 'NZ').map((h) => [h.e164, h.start, h.end])).toEqual([
      ['+6433316005', 5, 14],
      ['+6432316005', 19, 28],
    ]);
  });

  it('finds the number next to ZIP codes (testMatchWithSurroundingZipcodes)', () => {
    const before = 'My address is CA 34215 - 415-666-7777 is my number.';
    expect(findNumbersInText(before, US).map((h) => before.slice(h.start, h.end))).toEqual([
      '415-666-7777',
    ]);
    const after = 'My number is (415) 666 7777. 34215 is my zip-code.';
    expect(findNumbersInText(after, US).map((h) => after.slice(h.start, h.end))).toEqual([
      '(415) 666 7777',
    ]);
  });

  it('finds all 100 numbers of testMaxMatches', () => {
    const text = 'My info: 415-666-7777,'.repeat(100);
    expect(findNumbersInText(text, US)).toHaveLength(100);
  });
});

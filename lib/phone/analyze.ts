/**
 * Phone analysis: read a number in any format a CRM shows and tell what caller-ID selection needs
 * to know about it (country, type, geographic area code, state or province).
 *
 * Metadata: this module (and all of lib/phone) imports libphonenumber-js/max, never /min. Number
 * types only exist in the max metadata: with /min, getType() is undefined for Puerto Rico or
 * Brazilian mobiles, so toll-free detection and the area-code rules could not work, and /min
 * validates by length only, which would let the content script mark any 10-digit string as a
 * phone number. One metadata set for the whole bundle also keeps it from being shipped twice.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode, PhoneNumber, PhoneNumberType } from 'libphonenumber-js/max';
import { geographicAreaCodeLength, isGeographicType } from './area-code';
import {
  mayStripNationalPrefix,
  numberType,
  readE164,
  startsWithInternationalPrefix,
  type NumberParts,
} from './numbering-plan';
import { subdivisionOf, type Subdivision } from './states';

export interface PhoneFacts {
  /** E.164 without extension: "+14155550100". */
  e164: string;
  /** The extension ("12" of "x12"), or undefined. */
  ext: string | undefined;
  /** libphonenumber-js region ("US", "CA", "PR", "GB", "GG"); undefined for +800-style numbers. */
  region: CountryCode | undefined;
  callingCode: string;
  /** National significant number: "4155550100". */
  nationalNumber: string;
  /** undefined when the number is not valid for its region. */
  type: PhoneNumberType | undefined;
  valid: boolean;
  tollFree: boolean;
  /** Geographic area code ("415", "20", "11"), or undefined when the number has none. */
  areaCode: string | undefined;
  /** State or province for US, Canadian and Brazilian numbers with a placed area code. */
  subdivision: Subdivision | undefined;
  /** Same key means same country: same region and same calling code (+1 CA is not +1 US). */
  countryKey: string;
}

/**
 * NANP and Brazil: every geographic number's area code is its first 3 (2) digits, so the
 * formatting the general rule needs is skipped for the numbers most calls go to.
 * tests/unit/lib/phone/area-code.test.ts checks this against the general rule for every area code.
 */
export const FIXED_AREA_CODE_LENGTH: Readonly<Record<string, number>> = { '1': 3, '55': 2 };

/** Facts about an already parsed number. */
export function phoneFacts(phone: PhoneNumber): PhoneFacts {
  return partsFacts(
    {
      region: phone.country,
      callingCode: phone.countryCallingCode,
      nationalNumber: phone.nationalNumber,
    },
    phone.ext,
  );
}

/** Facts about a number given as its parts (see `readE164`). */
export function partsFacts(parts: NumberParts, ext?: string): PhoneFacts {
  const { region, callingCode, nationalNumber } = parts;
  const type = numberType(region, callingCode, nationalNumber);
  const fixedLength = FIXED_AREA_CODE_LENGTH[callingCode];
  const areaCodeLength =
    fixedLength === undefined
      ? geographicAreaCodeLength({ region, callingCode, nationalNumber, type })
      : region && isGeographicType(type, callingCode)
        ? fixedLength
        : 0;
  const areaCode = areaCodeLength > 0 ? nationalNumber.slice(0, areaCodeLength) : undefined;
  // One object shape whether or not there is an extension: a conditional spread here made
  // every caller of the facts polymorphic and cost more than the rest of this function.
  return {
    e164: `+${callingCode}${nationalNumber}`,
    ext,
    region,
    callingCode,
    nationalNumber,
    type,
    valid: type !== undefined,
    tollFree: type === 'TOLL_FREE',
    areaCode,
    subdivision: areaCode
      ? subdivisionOf(region, callingCode, areaCode, nationalNumber)
      : undefined,
    countryKey: region ?? `+${callingCode}`,
  };
}

/**
 * Parses a number as a CRM shows it: national ("(415) 555-0100", read in `defaultCountry`),
 * international ("+44 20 7946 0958"), with the "00" international prefix from any country
 * ("0044 20 7946 0958" even when the default country dials out with 011), with an extension
 * ("ext. 12", "x12", "#12"). Returns null when no phone number can be read at all; a number that
 * reads but is not valid comes back with `valid: false`.
 */
export function analyzePhone(text: string, defaultCountry?: CountryCode): PhoneFacts | null {
  // Config documents list numbers in E.164: those skip the general parse (see `e164Facts`).
  if (text.charCodeAt(0) === 43 /* + */) {
    const fast = e164Facts(text);
    if (fast) return fast;
  }
  return northAmericanFacts(text, defaultCountry) ?? analyzeWithLibrary(text, defaultCountry);
}

/**
 * The formats CRMs show most, "(415) 555-0100", "415.555.0100 ext. 12", "+1 415 555 0100",
 * read without libphonenumber-js's parse, which builds its regular expressions from the metadata
 * text on every call and costs several times the rest of caller-ID selection. Only North American
 * numbers written as ten digits (national, when the default country is the US or Canada, or after
 * "+1"), and only when the number is valid; everything else, and every invalid number, goes
 * through the library. The result is the library's to the letter: `readE164` picks the region as
 * the library does, and tests/unit/lib/phone/analyze-fast-path.test.ts compares the two readings
 * over random numbers, formats and extensions.
 */
const NANP_TEXT =
  /^\s*(\+\s*1[\s.-]*)?\(?([2-9]\d\d)\)?[\s.-]*(\d{3})[\s.-]*(\d{4})(?:[ \t,]*(?:ext\.?|x|#)[ \t]*(\d{1,9}))?\s*$/i;

export function northAmericanFacts(text: string, defaultCountry?: CountryCode): PhoneFacts | null {
  const m = NANP_TEXT.exec(text);
  if (!m || (!m[1] && defaultCountry !== 'US' && defaultCountry !== 'CA')) return null;
  const parts = readE164(`+1${m[2]}${m[3]}${m[4]}`);
  if (!parts) return null;
  const facts = partsFacts(parts, m[5]);
  return facts.valid ? facts : null;
}

/** `analyzePhone` through libphonenumber-js's parse, for every text the fast path leaves. */
export function analyzeWithLibrary(text: string, defaultCountry?: CountryCode): PhoneFacts | null {
  // "00" is the international prefix in most of the world. When the default country dials out
  // differently (011 in the US), read it as "+" straight away rather than parse twice. CRMs often
  // space it from the country code ("00 44 20 …"), so separators may follow it.
  const idd = /^\s*00[\s.-]*(?=[1-9])/.exec(text);
  const asIntl = idd ? `+${text.slice(idd[0].length)}` : undefined;
  const first =
    asIntl && !(defaultCountry && startsWithInternationalPrefix(defaultCountry, digitsOf(text)))
      ? asIntl
      : text;
  const facts = factsOf(first, defaultCountry);
  if (facts?.valid || !asIntl) return facts;
  // Whichever reading came first did not give a valid number: try the other one.
  const other = factsOf(first === text ? asIntl : text, defaultCountry);
  return other?.valid ? other : facts;
}

/**
 * Facts of a valid number written exactly in E.164 ("+14155550100"), without libphonenumber-js's
 * general parse: the same calling code, national number, region and type the parse gives (see
 * `readE164`), with the type's patterns compiled once. Undefined when the text is not such a
 * number, or when a parse might strip a national prefix from it: the caller then parses.
 */
export function e164Facts(text: string): PhoneFacts | undefined {
  const parts = readE164(text);
  if (!parts || mayStripNationalPrefix(parts.callingCode, parts.nationalNumber)) return undefined;
  const facts = partsFacts(parts);
  return facts.valid ? facts : undefined;
}

function factsOf(text: string, defaultCountry: CountryCode | undefined): PhoneFacts | null {
  const phone = parsePhoneNumberFromString(text, defaultCountry);
  return phone ? phoneFacts(phone) : null;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

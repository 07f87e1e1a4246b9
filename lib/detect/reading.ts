/**
 * How one candidate is read as a phone number, and in which country. A number written with "+"
 * or another country's international prefix (0044…, 011 44…, 00351…) carries its country; a
 * number with North American grouping (1-888-…) on a page of another country is read as North
 * American; any other number is read in the country the page context gives (the row's Country
 * cell, the record's address…), else in the account's default country. Where the context and the
 * default country both read it, the other reading is kept so the agent can switch; where only a
 * country the context contradicts reads it, it is not a number here.
 */
import {
  getCountryCallingCode,
  parsePhoneNumberFromString,
  type PhoneNumber,
} from 'libphonenumber-js/core';
import { metadata } from './phone';
import type { CountryCode, RegionEvidence, RegionSource } from './types';

/** What the page says about a record's country (see evidence.ts). */
export interface RegionContext {
  country: CountryCode;
  /**
   * A Country field, a country name in the record, an address or a country selector: numbers
   * this country does not read are not taken. Weak evidence (the record's other international
   * numbers) only picks between readings.
   */
  strong: boolean;
  kind: RegionEvidence;
}

export interface Reading {
  e164: string;
  ext?: string;
  region?: CountryCode;
  regionSource: RegionSource;
  regionEvidence?: RegionEvidence;
  /** The default country's reading, where it differs from the context's. */
  alternate?: { e164: string; region: CountryCode };
}

/** Full-width forms (U+FF01–FF5E) and the ideographic space, as libphonenumber's matcher folds them. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;
export function foldWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** An extension at the end of a page text ("… ext. 12", "… x12"), dropped for the NANP test. */
const EXT_TAIL = /\s*(?:[,;]|ext\.?|extension|x|#).*$/i;
const PLUS_START = /^\s*[([]?\s*\+/;
const NON_DIGIT = /\D/g;
/** "1-888-555-0142", "1 (212) 555-0100", "1.800.555.0100": the NANP country code, then 3-3-4. */
const NANP_GROUPING = /^\s*1[\s.-]+\(?[2-9]\d\d\)?[\s.-]*\d{3}[\s.-]\d{4}\s*$/;

/** Every international dialling prefix the metadata lists (00, 011, 0011, 010, 810, 00[125689]…). */
const IDD_PATTERNS: RegExp[] = (() => {
  const seen = new Set<string>();
  const countries = (metadata as unknown as { countries: Record<string, unknown[]> }).countries;
  for (const plan of Object.values(countries)) {
    const idd = plan[1];
    // A bare "0" (Samoa) would make every national number with a trunk 0 an international one.
    if (typeof idd === 'string' && idd.length > 1) seen.add(idd);
  }
  return [...seen].map((source) => new RegExp(`^(?:${source})`));
})();

/** Each country's own international prefix, anchored ("011" for the US, "00" for Germany). */
const OWN_IDD = new Map<string, RegExp>();
function ownIdd(region: CountryCode): RegExp | null {
  let pattern = OWN_IDD.get(region);
  if (pattern === undefined) {
    const countries = (metadata as unknown as { countries: Record<string, unknown[]> }).countries;
    const idd = countries[region]?.[1];
    pattern = new RegExp(typeof idd === 'string' ? `^(?:${idd})` : '^$^');
    OWN_IDD.set(region, pattern);
  }
  return pattern;
}

function parse(text: string, region: CountryCode | undefined): PhoneNumber | undefined {
  return parsePhoneNumberFromString(text, { defaultCountry: region, extract: false }, metadata);
}

function international(phone: PhoneNumber): Reading {
  const reading: Reading = { e164: phone.number, regionSource: 'international' };
  if (phone.country) reading.region = phone.country;
  if (phone.ext) reading.ext = phone.ext;
  return reading;
}

/** "0044 161 …", "00351 21 …": 00 is the international prefix of most of the world. */
function afterZeroZero(digits: string): PhoneNumber | undefined {
  if (digits.length < 9 || !digits.startsWith('00')) return undefined;
  const phone = parse(`+${digits.slice(2)}`, undefined);
  return phone?.isValid() ? phone : undefined;
}

/** A prefix group and the country code group after it: "011 44 20…", "0011-44-…", "010 81 3…". */
const SEPARATE_PREFIX = /^\s*(\d{2,4})[\s.\-/~]+(\d{1,3})(?=[\s.\-/()~]|$)/;
/**
 * International prefixes that start no national number anywhere when written as a run of digits
 * ("0114 496 0000" is Sheffield, but "011 44…" is not): tried last, when no country reads the
 * number nationally.
 */
const COMMON_IDD = ['0011', '011', '010', '001', '002', '009', '810'];

/**
 * Any country's international prefix (every one the metadata lists), written as a group of its
 * own and followed by the country code as a group of its own, where the rest is a valid number.
 */
function afterSeparatePrefix(folded: string, digits: string): PhoneNumber | undefined {
  const groups = SEPARATE_PREFIX.exec(folded);
  if (!groups) return undefined;
  const [, prefix, code] = groups as unknown as [string, string, string];
  if (!IDD_PATTERNS.some((p) => p.exec(prefix)?.[0] === prefix)) return undefined;
  const phone = parse(`+${digits.slice(prefix.length)}`, undefined);
  return phone?.isValid() && phone.countryCallingCode === code ? phone : undefined;
}

function afterCommonPrefix(digits: string): PhoneNumber | undefined {
  for (const prefix of COMMON_IDD) {
    if (!digits.startsWith(prefix) || digits.length < prefix.length + 7) continue;
    const phone = parse(`+${digits.slice(prefix.length)}`, undefined);
    if (phone?.isValid()) return phone;
  }
  return undefined;
}

function isNanp(region: CountryCode | undefined): boolean {
  return region !== undefined && getCountryCallingCode(region, metadata) === '1';
}

/** The number read in `region`'s national rules; an international one when its own prefix was used. */
function national(
  text: string,
  region: CountryCode,
  source: RegionSource,
  evidence?: RegionEvidence,
): Reading | null {
  const phone = parse(text, region);
  if (!phone?.isValid()) return null;
  if (phone.countryCallingCode !== getCountryCallingCode(region, metadata)) {
    return international(phone);
  }
  const reading: Reading = { e164: phone.number, region, regionSource: source };
  if (evidence) reading.regionEvidence = evidence;
  if (phone.ext) reading.ext = phone.ext;
  return reading;
}

/**
 * Reads `text` (one candidate, cut out of the page) as a phone number, or null. `context` is
 * asked only for numbers written without a country code.
 */
export function readNumber(
  text: string,
  defaultCountry: CountryCode | undefined,
  context?: () => RegionContext | null,
  withAlternate = false,
): Reading | null {
  const folded = foldWidth(text);
  if (PLUS_START.test(folded)) {
    // "++1 650…" and "+ 44…" are written international numbers too.
    const phone = parse(folded.replace(/\+[\s+]*/, '+'), undefined);
    return phone?.isValid() ? international(phone) : null;
  }
  const digits = folded.replace(NON_DIGIT, '');
  if (defaultCountry && ownIdd(defaultCountry)!.test(digits)) {
    // The account country's own international prefix ("0081-650…" in Singapore).
    const own = parse(folded, defaultCountry);
    if (
      own?.isValid() &&
      own.countryCallingCode !== getCountryCallingCode(defaultCountry, metadata)
    ) {
      return international(own);
    }
  }
  // 00 starts no national number; another prefix written as its own group, followed by a
  // country code group ("011 44 20…", "0011 44…"), is one too.
  const viaPrefix = afterZeroZero(digits) ?? afterSeparatePrefix(folded, digits);
  if (viaPrefix) return international(viaPrefix);

  const ctx = context?.() ?? null;
  const region = ctx?.country ?? defaultCountry;

  if (!isNanp(region) && NANP_GROUPING.test(folded)) {
    // "1-888-555-0142": no other country writes its numbers with a leading 1 and 3-3-4 groups,
    // so the North American reading wins; the page country's reading stays one click away.
    const phone = parse(`+${digits}`, undefined);
    if (phone?.isValid()) {
      const reading = international(phone);
      const local =
        withAlternate && region ? national(folded, region, ctx ? 'context' : 'default') : null;
      if (local && local.e164 !== reading.e164 && local.region) {
        reading.alternate = { e164: local.e164, region: local.region };
      }
      return reading;
    }
  }

  let reading: Reading | null = null;
  if (ctx) {
    const inContext = national(folded, ctx.country, 'context', ctx.kind);
    // The default reading decides only when the context's fails, or is asked for as the alternate.
    const inDefault =
      defaultCountry && defaultCountry !== ctx.country && (!inContext || withAlternate)
        ? national(folded, defaultCountry, 'default')
        : null;
    if (inContext) {
      reading = inContext;
      if (inDefault && inDefault.e164 !== inContext.e164 && inContext.regionSource === 'context') {
        reading.alternate = { e164: inDefault.e164, region: defaultCountry! };
      }
    } else if (inDefault && (inDefault.regionSource === 'international' || !ctx.strong)) {
      reading = inDefault;
    }
    // Otherwise the only reading is in a country the page contradicts: not taken.
  } else if (defaultCountry) {
    reading = national(folded, defaultCountry, 'default');
  }
  return reading ?? afterPrefixReading(digits);
}

function afterPrefixReading(digits: string): Reading | null {
  const phone = afterCommonPrefix(digits);
  return phone ? international(phone) : null;
}

/**
 * The other reading the call card offers for a number read from the page context or by its North
 * American grouping: the same digits in the account's default country. Null when that reading is
 * not a valid number or is the same number.
 */
export function alternateReading(
  match: { text: string; region?: CountryCode; regionSource?: RegionSource },
  defaultCountry: CountryCode | undefined,
): { e164: string; region: CountryCode } | null {
  if (!defaultCountry || !match.region || match.region === defaultCountry) return null;
  const folded = foldWidth(match.text);
  const nanp =
    match.regionSource === 'international' && NANP_GROUPING.test(folded.replace(EXT_TAIL, ''));
  if (match.regionSource !== 'context' && !nanp) return null;
  const reading = national(folded, defaultCountry, 'default');
  if (!reading || reading.regionSource !== 'default') return null;
  return { e164: reading.e164, region: defaultCountry };
}

/**
 * Finding a number in a long caller-ID list as the agent types: by label, by its digits written in
 * any format ("(415) 555-01", "+1 415 555", "4155550"), by its country, or by the state or city
 * its area code serves ("California", "CA", "New York").
 *
 * The area code is read from the number's international display ("+1 415 555 0100": the group
 * after the country code), which the page already has, so finding needs no libphonenumber
 * metadata; the state and place come from the generated tables of lib/phone (states.ts,
 * places.ts). A mobile's first group names no state or place in those tables, so it matches none.
 */
import type { CountryCode } from 'libphonenumber-js/min';
import type { AccountNumber } from '../caller-id/types';
import { placeOf } from '../phone/places';
import { subdivisionOf } from '../phone/states';

export interface NumberSearchKeys {
  /** Folded words to find text in: label, display, country, state (name and code), place. */
  text: string;
  /** The number's digits: with the country code, and the national number. */
  digits: [string, string];
}

export interface SearchableNumber {
  number: AccountNumber;
  /** International format: "+1 415 555 0100". */
  display: string;
  country: CountryCode | undefined;
  countryName: string;
}

/** Lower case without accents: "São Paulo" is found by "sao paulo". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function numberSearchKeys({
  number,
  display,
  country,
  countryName,
}: SearchableNumber): NumberSearchKeys {
  const all = number.number.replace(/\D/g, '');
  const groups = display.split(' ');
  const callingCode = groups[0]?.startsWith('+') ? groups[0].slice(1) : '';
  const national = callingCode && all.startsWith(callingCode) ? all.slice(callingCode.length) : all;
  const area = groups[1]?.replace(/\D/g, '');
  const words = [number.label ?? '', number.id, display, countryName, country ?? ''];
  if (callingCode && area) {
    const sub = subdivisionOf(country, callingCode, area, national);
    if (sub) words.push(sub.name, sub.code);
    const place = placeOf(callingCode, area);
    if (place) words.push(place);
  }
  return { text: fold(words.join(' | ')), digits: [all, national] };
}

/** Only what a phone number is written with: digits, spaces, + ( ) . - / */
const PHONE_LIKE = /^[\d\s+().\-/]+$/;

function digitsMatch(keys: NumberSearchKeys, query: string): boolean {
  const digits = query.replace(/\D/g, '');
  if (!digits) return false;
  // A national prefix ("0 20 7946…" in the UK) is not part of the stored number.
  const bare = digits.replace(/^0+/, '');
  return keys.digits.some((d) => d.includes(digits) || (bare !== '' && d.startsWith(bare)));
}

/**
 * Whether a number matches what the agent typed: a query written like a phone number matches by
 * digits; otherwise every word of it must be found (a word of digits in the number's digits or
 * text, any other word in its text). An empty query matches everything.
 */
export function matchesNumberQuery(keys: NumberSearchKeys, query: string): boolean {
  const q = query.trim();
  if (!q) return true;
  if (PHONE_LIKE.test(q) && /\d/.test(q)) return digitsMatch(keys, q);
  return fold(q)
    .split(/\s+/)
    .every(
      (word) =>
        keys.text.includes(word) ||
        (PHONE_LIKE.test(word) && /\d/.test(word) && digitsMatch(keys, word)),
    );
}

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
import { fold, type NumberSearchKeys } from './number-query';

// Matching lives in ./number-query.ts (no tables): the CRM card imports it alone.
export { fold, matchesNumberQuery, type NumberSearchKeys } from './number-query';

export interface SearchableNumber {
  number: AccountNumber;
  /** International format: "+1 415 555 0100". */
  display: string;
  country: CountryCode | undefined;
  countryName: string;
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
  return {
    text: fold(words.join(' | ')),
    digits: [all, national],
    ...(country ? { country } : {}),
  };
}

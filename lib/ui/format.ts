/**
 * How numbers, countries and times read on every surface: international format with the country
 * named, so an agent never has to guess whether "416" is Toronto or a typo.
 */
import type { CountryCode } from 'libphonenumber-js/min';
import metadata from 'libphonenumber-js/min/metadata';
import type { AccountNumber } from '../caller-id/types';
import { phoneDisplay, type PhoneDisplay } from '../phone/format';
import { COUNTRY_NAMES } from './generated/country-names';

// Built on first need only: constructing Intl.DisplayNames costs 10-15 ms in Chromium, so the
// generated table answers for every country libphonenumber knows.
let regionNames: Intl.DisplayNames | undefined;

// One parse per number per page: a dropdown shows each number several times (trigger, option,
// accessible name), and the popup's first paint is measured in milliseconds.
const parsed = new Map<string, PhoneDisplay>();

function facts(e164: string): PhoneDisplay {
  let known = parsed.get(e164);
  if (!known) {
    // The same function the background formats with (lib/phone/format.ts), so the content
    // script's card, which shows the background's strings, reads like these pages.
    known = phoneDisplay(e164, metadata);
    if (parsed.size > 500) parsed.clear();
    parsed.set(e164, known);
  }
  return known;
}

/** "+1 415 555 0100" for "+14155550100"; the input unchanged when it does not parse. */
export function formatPhone(e164: string): string {
  return facts(e164).display;
}

export function countryOf(e164: string): CountryCode | undefined {
  return facts(e164).country;
}

/** "United States" for "US"; the code itself for codes Intl does not know. */
export function countryName(code: string | undefined): string {
  if (!code) return 'Unknown country';
  const known = COUNTRY_NAMES[code];
  if (known) return known;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export type NumberMark = 'Toll-free' | 'Dedicated line' | 'External';

export interface NumberDescription {
  label: string;
  /** International format. */
  display: string;
  country: CountryCode | undefined;
  countryName: string;
  marks: NumberMark[];
}

export function describeNumber(n: AccountNumber): NumberDescription {
  const country = countryOf(n.number);
  const marks: NumberMark[] = [];
  if (n.tollFree) marks.push('Toll-free');
  if (n.dedicatedLine) marks.push('Dedicated line');
  if (n.external) marks.push('External');
  return {
    label: n.label || n.id,
    display: formatPhone(n.number),
    country,
    countryName: countryName(country),
    marks,
  };
}

/** One line for a screen reader or a title: "San Francisco, +1 415 555 0100, United States, Toll-free". */
export function numberSummary(n: AccountNumber): string {
  const d = describeNumber(n);
  return [d.label, d.display, d.countryName, ...d.marks].join(', ');
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 min ago", "3 h ago", "yesterday", or a date: for "last synced" and call times. */
export function timeAgo(at: number, now: number): string {
  const age = now - at;
  if (age < 45_000) return 'just now';
  if (age < HOUR) return `${Math.max(1, Math.round(age / MINUTE))} min ago`;
  if (age < DAY) return `${Math.round(age / HOUR)} h ago`;
  if (age < 2 * DAY) return 'yesterday';
  return new Date(at).toLocaleDateString('en', { month: 'short', day: 'numeric', year: 'numeric' });
}

/** "14:05" today, "Mar 3, 14:05" otherwise: call-log times. */
export function callTime(at: number, now: number): string {
  const date = new Date(at);
  const time = date.toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit' });
  if (new Date(now).toDateString() === date.toDateString()) return time;
  return `${date.toLocaleDateString('en', { month: 'short', day: 'numeric' })}, ${time}`;
}

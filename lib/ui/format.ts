/**
 * How numbers, countries and times read on every surface: international format with the country
 * named, so an agent never has to guess whether "416" is Toronto or a typo.
 *
 * Writing a number needs libphonenumber and its metadata, about 120 kB, which would be most of
 * what the popup loads before its first paint. So this module does not import it: pages install
 * it at start-up (lib/ui/phone-formats.ts), and the popup paints its first frame from the displays
 * the last page saved with the status cache (`rememberPhoneDisplays`), then installs it.
 */
import type { CountryCode } from 'libphonenumber-js/min';
import type { AccountNumber } from '../caller-id/types';
import type { MessageKey } from '../i18n/catalog';
import type { Translator } from '../i18n/translator';
import type { PhoneDisplay } from '../phone/format';
import { englishCommon } from './english';
import { COUNTRY_NAMES } from './generated/country-names';

// Built on first need only: constructing Intl.DisplayNames costs 10-15 ms in Chromium, so the
// generated table answers for every country libphonenumber knows.
let regionNames: Intl.DisplayNames | undefined;

let formatter: ((e164: string) => PhoneDisplay) | undefined;

// One parse per number per page: a dropdown shows each number several times (trigger, option,
// accessible name), and the popup's first paint is measured in milliseconds.
const parsed = new Map<string, PhoneDisplay>();

/** The displays another page saved (`rememberPhoneDisplays`), until the formatter is installed. */
let remembered: Readonly<Record<string, PhoneDisplay>> | undefined;

/** Called once by lib/ui/phone-formats.ts. From then on every number is written afresh. */
export function installPhoneFormatter(format: (e164: string) => PhoneDisplay): void {
  formatter = format;
  remembered = undefined;
  parsed.clear();
}

export function hasPhoneFormatter(): boolean {
  return formatter !== undefined;
}

/**
 * Displays another page wrote with the same formatter, to show until this page installs its own;
 * ignored once it has.
 */
export function rememberPhoneDisplays(displays: Readonly<Record<string, PhoneDisplay>>): void {
  if (formatter) return;
  // Kept as given and read per number when shown: copying 2,000 entries into `parsed` was a
  // visible part of the popup's first frame, which shows one of them.
  remembered = displays;
}

/** The displays of these numbers, for `rememberPhoneDisplays` in a later page. */
export function phoneDisplaysOf(e164s: readonly string[]): Record<string, PhoneDisplay> {
  return Object.fromEntries(e164s.map((e164) => [e164, facts(e164)]));
}

function facts(e164: string): PhoneDisplay {
  let known = parsed.get(e164);
  if (!known) {
    if (!formatter) {
      const saved = remembered && Object.hasOwn(remembered, e164) ? remembered[e164] : undefined;
      if (saved) return saved;
      // A page that shows a number before installing the formatter (a bug): the number as
      // stored, which is still the right number, rather than a broken page.
      console.error(`Ringside: no phone formatter installed to write ${e164}`);
      return { display: e164, country: undefined };
    }
    known = formatter(e164);
    // Bounded, but above any account's size: a list of 2,000 numbers must not evict its own entries.
    if (parsed.size > 20_000) parsed.clear();
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

/**
 * "United States" for "US" ("Estados Unidos" with a Spanish translator); the code itself for codes
 * Intl does not know. English comes from the generated table (no Intl.DisplayNames to build on the
 * popup's first paint); other languages from the translator's Intl.DisplayNames.
 */
export function countryName(code: string | undefined, tr: Translator = englishCommon()): string {
  if (!code) return tr.t('common.country.unknown');
  if (tr.language !== 'en') return tr.country(code);
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

/** The catalog text of each mark (the mark itself stays an English value in code and tests). */
export const MARK_TEXT: Readonly<Record<NumberMark, MessageKey>> = {
  'Toll-free': 'common.mark.tollFree',
  'Dedicated line': 'common.mark.dedicatedLine',
  External: 'common.mark.external',
};

export interface NumberDescription {
  /** The admin's label; the number itself when it has none. */
  label: string;
  /** False when `label` is the number itself (no label): show it once, not twice. */
  labelled: boolean;
  /** International format. */
  display: string;
  country: CountryCode | undefined;
  countryName: string;
  marks: NumberMark[];
}

export function describeNumber(
  n: AccountNumber,
  tr: Translator = englishCommon(),
): NumberDescription {
  const country = countryOf(n.number);
  const marks: NumberMark[] = [];
  if (n.tollFree) marks.push('Toll-free');
  if (n.dedicatedLine) marks.push('Dedicated line');
  if (n.external) marks.push('External');
  const display = formatPhone(n.number);
  return {
    label: n.label || display,
    labelled: Boolean(n.label),
    display,
    country,
    countryName: countryName(country, tr),
    marks,
  };
}

/** One line for a screen reader or a title: "San Francisco, +1 415 555 0100, United States, Toll-free". */
export function numberSummary(n: AccountNumber, tr: Translator = englishCommon()): string {
  const d = describeNumber(n, tr);
  const marks = d.marks.map((m) => tr.t(MARK_TEXT[m]));
  // A list of facts, not a sentence: commas read the same in every language.
  return [...(d.labelled ? [d.label] : []), d.display, d.countryName, ...marks].join(', ');
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "just now", "5 min ago", "3 h ago", "yesterday", or a date ("há 5 min", "ontem" in Portuguese):
 * for "last synced" and call times. Short forms from the catalog rather than
 * Intl.RelativeTimeFormat, whose "5 minutes ago" is too long for the popup's one line.
 */
export function timeAgo(at: number, now: number, tr: Translator = englishCommon()): string {
  const age = now - at;
  if (age < 45_000) return tr.t('common.time.justNow');
  if (age < HOUR) {
    return tr.t('common.time.minutesAgo', { count: Math.max(1, Math.round(age / MINUTE)) });
  }
  if (age < DAY) return tr.t('common.time.hoursAgo', { count: Math.round(age / HOUR) });
  if (age < 2 * DAY) return tr.t('common.time.yesterday');
  return tr.date(at, { month: 'short', day: 'numeric', year: 'numeric' });
}

/** "14:05" today, "Mar 3, 14:05" otherwise: call-log times. */
export function callTime(at: number, now: number, tr: Translator = englishCommon()): string {
  const date = new Date(at);
  const time = tr.date(date, { hour: '2-digit', minute: '2-digit' });
  if (new Date(now).toDateString() === date.toDateString()) return time;
  const day = tr.date(date, { month: 'short', day: 'numeric' });
  return tr.t('common.time.dayAndTime', { day, time });
}

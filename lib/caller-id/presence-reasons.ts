/** The sentences of the local-presence steps (docs/caller-id-rules.md). */
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import type { AccountNumber } from './types';

const zoneNames = new Map<string, string>();
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "28 Nov" (local date): short enough for the card, unambiguous in every English locale. Written
 * by hand: an Intl format per call cost more than the rest of selection.
 */
export function shortDate(at: number): string {
  const d = new Date(at);
  return `${d.getDate()} ${MONTHS[d.getMonth()]}`;
}

/**
 * The contact's date in the translator's language: "28 Nov", "28 de novembro", "28 de noviembre"
 * (the short Portuguese month ends in a period, which ends the sentence twice).
 */
function contactDate(at: number, tr: Translator): string {
  return tr.language === 'en' ? shortDate(at) : tr.date(at, { day: 'numeric', month: 'long' });
}

/**
 * "Pacific Time" for America/Los_Angeles (in the translator's language: "Horário do Pacífico");
 * the zone's city when Intl has no generic name. Names are kept per language and zone.
 */
export function zoneName(zone: string, tr: Translator = english): string {
  const id = `${tr.language}|${zone}`;
  let name = zoneNames.get(id);
  if (name === undefined) {
    try {
      const parts = new Intl.DateTimeFormat(tr.language === 'en' ? 'en-US' : tr.language, {
        timeZone: zone,
        timeZoneName: 'longGeneric',
      }).formatToParts(0);
      name = parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
    } catch {
      name = zone;
    }
    if (/^GMT[+-]/.test(name) || name === zone)
      name = tr.t('reasons.zoneCity', {
        city: zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' '),
      });
    zoneNames.set(id, name);
  }
  return name;
}

/** How the contact reason names a number: its label, else the number. */
const numberWord = (n: AccountNumber) => n.label || n.number;

/** Sentences from the reasons catalog; English unless a translator is given (see reasons.ts). */
export const presenceReasons = {
  contactOutbound: (n: AccountNumber, at: number, tr: Translator = english) =>
    tr.t('reasons.contactOutbound', { number: numberWord(n), date: contactDate(at, tr) }),
  contactInbound: (n: AccountNumber, at: number, tr: Translator = english) =>
    tr.t('reasons.contactInbound', { number: numberWord(n), date: contactDate(at, tr) }),
  samePlace: (place: string, tr: Translator = english) => tr.t('reasons.samePlace', { place }),
  timeZone: (zone: string, tr: Translator = english) =>
    tr.t('reasons.timeZone', { zone: zoneName(zone, tr) }),
  // The note is a sentence of its own after the step's reason.
  leastUsed: (why: string, tr: Translator = english) => `${why} ${tr.t('reasons.leastUsed')}`,
  capped: (why: string, tr: Translator = english) => `${why} ${tr.t('reasons.capped')}`,
  overCap: (why: string, tr: Translator = english) => `${why} ${tr.t('reasons.overCap')}`,
};

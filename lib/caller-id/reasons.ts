/** The sentences that tell an agent why a number was picked. One place, so they read alike. */
import metadata from 'libphonenumber-js/max/metadata';
import type { PhoneFacts } from '../phone/analyze';
import { phoneDisplay } from '../phone/format';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import type { AccountNumber } from './types';

const countryNames = new Map<string, string>();

/**
 * "Canada" for CA, in the translator's language; the calling code for numbers of no country
 * (+800). English names are kept per region: the simulator asks for thousands.
 */
export function countryName(facts: PhoneFacts, tr: Translator = english): string {
  if (!facts.region) return `+${facts.callingCode}`;
  if (tr.language !== 'en') return tr.country(facts.region);
  let name = countryNames.get(facts.region);
  if (name === undefined) {
    name = english.country(facts.region);
    countryNames.set(facts.region, name);
  }
  return name;
}

// Reasons are written for every selection (the simulator makes thousands): format each number once.
const displays = new Map<string, string>();

/** "+1 415 555 0100": the number as every surface writes it (lib/phone/format.ts), not E.164. */
function display(e164: string): string {
  let text = displays.get(e164);
  if (text === undefined) {
    text = phoneDisplay(e164, metadata).display;
    if (displays.size > 50_000) displays.clear();
    displays.set(e164, text);
  }
  return text;
}

/** How a number is named to the agent: its label and number, or the number alone. */
export function numberName(n: AccountNumber): string {
  return n.label ? `${n.label} (${display(n.number)})` : display(n.number);
}

function staleWhat(chosen: AccountNumber | undefined, tr: Translator): string {
  return chosen
    ? tr.t('reasons.staleChosen', { number: numberName(chosen) })
    : tr.t('reasons.staleGone');
}

/**
 * Each reason is one catalog sentence (lib/i18n/messages/<language>/reasons.json), English unless
 * the caller passes a translator: the English text is the DESIGN contract's `reason`.
 * Country names go in parentheses: "in United Kingdom" reads wrong, and names need no article there.
 */
export const reasons = {
  areaCode: (d: PhoneFacts, tr: Translator = english) =>
    tr.t('reasons.areaCode', { areaCode: d.areaCode }),
  state: (d: PhoneFacts, tr: Translator = english) =>
    tr.t('reasons.state', { kind: d.subdivision!.kind, name: d.subdivision!.name }),
  country: (d: PhoneFacts, tr: Translator = english) =>
    tr.t('reasons.country', { country: countryName(d, tr) }),
  anyNumber: (d: PhoneFacts | null, tr: Translator = english) =>
    d?.valid
      ? tr.t('reasons.anyNumber', { country: countryName(d, tr) })
      : tr.t('reasons.anyNumberInvalid'),
  countryTollFree: (d: PhoneFacts, tr: Translator = english) =>
    tr.t('reasons.countryTollFree', { country: countryName(d, tr) }),
  accountTollFree: (tr: Translator = english) => tr.t('reasons.accountTollFree'),
  accountFirst: (tr: Translator = english) => tr.t('reasons.accountFirst'),
  none: (tr: Translator = english) => tr.t('reasons.none'),
  noneAllowed: (tr: Translator = english) => tr.t('reasons.noneAllowed'),
  fixed: (tr: Translator = english) => tr.t('reasons.fixed'),
  chosen: (tr: Translator = english) => tr.t('reasons.chosen'),
  firstAllowed: (tr: Translator = english) => tr.t('reasons.firstAllowed'),
  // What happened to the choice and what is used instead are two sentences, not one run-on.
  staleNoneAllowed: (chosen: AccountNumber | undefined, tr: Translator = english) =>
    `${staleWhat(chosen, tr)} ${tr.t('reasons.staleNoOther')}`,
  stale: (
    chosen: AccountNumber | undefined,
    used: AccountNumber | null,
    why: string,
    tr: Translator = english,
  ) => {
    const what = staleWhat(chosen, tr);
    if (!used) return `${what} ${tr.t('reasons.staleAccountEmpty')}`;
    // The reason follows a colon: lower-case in all three languages ("Calling from …: same …").
    const lowered = `${why.charAt(0).toLowerCase()}${why.slice(1)}`;
    return `${what} ${tr.t('reasons.staleCallingFrom', { number: numberName(used), why: lowered })}`;
  },
};

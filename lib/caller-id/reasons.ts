/** The sentences that tell an agent why a number was picked. One place, so they read alike. */
import metadata from 'libphonenumber-js/max/metadata';
import type { PhoneFacts } from '../phone/analyze';
import { phoneDisplay } from '../phone/format';
import type { AccountNumber } from './types';

let regionNames: Intl.DisplayNames | undefined;
const countryNames = new Map<string, string>();

/** "Canada" for CA; the calling code for numbers of no country (+800). */
export function countryName(facts: PhoneFacts): string {
  if (!facts.region) return `+${facts.callingCode}`;
  let name = countryNames.get(facts.region);
  if (name === undefined) {
    try {
      regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
      name = regionNames.of(facts.region) ?? facts.region;
    } catch {
      name = facts.region; // no Intl region names in this runtime
    }
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

function staleWhat(chosen: AccountNumber | undefined): string {
  return chosen
    ? `Your chosen number ${numberName(chosen)} is no longer available to you`
    : 'The number you chose is no longer in the account';
}

// Country names go in parentheses: "in United Kingdom" reads wrong, and names need no article there.
export const reasons = {
  areaCode: (d: PhoneFacts) => `Same area code (${d.areaCode}) as the number you are calling.`,
  state: (d: PhoneFacts) =>
    `Same ${d.subdivision!.kind} (${d.subdivision!.name}) as the number you are calling.`,
  country: (d: PhoneFacts) => `Same country (${countryName(d)}) as the number you are calling.`,
  anyNumber: (d: PhoneFacts | null) =>
    d?.valid
      ? `None of your numbers is in the country you are calling (${countryName(d)}), so your first number is used.`
      : 'The number you are calling could not be read as a valid phone number, so your first number is used.',
  countryTollFree: (d: PhoneFacts) =>
    `Your toll-free number for the country you are calling (${countryName(d)}).`,
  accountTollFree: () =>
    'None of your numbers fits this call, so the account’s toll-free number is used.',
  accountFirst: () => 'None of your numbers fits this call, so the account’s first number is used.',
  none: () => 'The account has no number to call from.',
  noneAllowed: () =>
    'You have no number to call from: none of your ring groups holds a number and Default is off. Ask your admin to add a number to one of your ring groups.',
  fixed: () => 'Your admin set this number for all your calls.',
  chosen: () => 'You chose this number.',
  firstAllowed: () =>
    'Your admin asks you to pick a number; your first number is selected until you do.',
  // What happened to the choice and what is used instead are two sentences, not one run-on.
  staleNoneAllowed: (chosen: AccountNumber | undefined) =>
    `${staleWhat(chosen)}. You have no other number to call from: none of your ring groups holds a number and Default is off. Ask your admin to add a number to one of your ring groups.`,
  stale: (chosen: AccountNumber | undefined, used: AccountNumber | null, why: string) => {
    const what = staleWhat(chosen);
    if (!used) return `${what}. The account has no other number to call from.`;
    return `${what}. Calling from ${numberName(used)}: ${why.charAt(0).toLowerCase()}${why.slice(1)}`;
  },
};

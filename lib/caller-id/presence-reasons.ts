/** The sentences of the local-presence steps (docs/caller-id-rules.md). */
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

/** "Pacific Time" for America/Los_Angeles; the zone's city when Intl has no generic name. */
export function zoneName(zone: string): string {
  let name = zoneNames.get(zone);
  if (name === undefined) {
    try {
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        timeZoneName: 'longGeneric',
      }).formatToParts(0);
      name = parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
    } catch {
      name = zone;
    }
    if (/^GMT[+-]/.test(name) || name === zone)
      name = zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ') + ' time';
    zoneNames.set(zone, name);
  }
  return name;
}

/** How the contact reason names a number: its label, else the number. */
const numberWord = (n: AccountNumber) => n.label || n.number;

export const presenceReasons = {
  contactOutbound: (n: AccountNumber, at: number) =>
    `You called this contact from ${numberWord(n)} on ${shortDate(at)}.`,
  contactInbound: (n: AccountNumber, at: number) =>
    `This contact called ${numberWord(n)} on ${shortDate(at)}.`,
  samePlace: (place: string) => `Same place (${place}) as the number you are calling.`,
  timeZone: (zone: string) => `Same time zone (${zoneName(zone)}) as the number you are calling.`,
  leastUsed: (why: string) =>
    `${why} Of the numbers that fit equally, this one was used least today.`,
  capped: (why: string) => `${why} Numbers that fit better reached today’s limit of calls.`,
  overCap: (why: string) =>
    `${why} All your numbers reached today’s limit of calls, so it is used anyway.`,
};

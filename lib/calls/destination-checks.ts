/**
 * Checks on the destination of a call, before any caller ID is picked: emergency numbers are
 * refused (Ringside is not a phone for emergencies), destinations the admin does not allow are
 * refused, and costly ones need the agent's explicit confirmation ("Call anyway").
 *
 * Pure functions of data, no browser APIs. The call pipeline (lib/calls/pipeline.ts) runs them for
 * both the preview and the dial, so the card shows exactly what the dial will ask for.
 *
 * Number types are libphonenumber's, from the full (`max`) metadata the whole product uses
 * (lib/phone/analyze.ts). Emergency numbers are short numbers, which libphonenumber-js has no data
 * for: their patterns come from Google libphonenumber's short-number metadata, generated into
 * ./generated/emergency-numbers.ts by scripts/gen-emergency-numbers.mjs.
 */
import type { PhoneNumberType } from 'libphonenumber-js/max';
import type { PhoneFacts } from '../phone/analyze';
import { english } from '../i18n/english';
import type { MessageKey } from '../i18n/catalog';
import type { Translator } from '../i18n/translator';
import type { CallConfirmation } from '../messages';
import { EMERGENCY_PATTERNS } from './generated/emergency-numbers';

/** The admin's rules for destinations (Settings: allowedCountries, blockPremium, confirmInternational). */
export interface DestinationPolicy {
  /** Regions calls may go to; empty means every country. */
  allowedCountries: readonly string[];
  /** Premium-rate numbers are refused instead of confirmed. */
  blockPremium: boolean;
  /** A destination outside the account's country needs a confirmation. */
  confirmInternational: boolean;
}

export const DEFAULT_DESTINATION_POLICY: Readonly<DestinationPolicy> = Object.freeze({
  allowedCountries: [],
  blockPremium: false,
  confirmInternational: false,
});

/**
 * 112 and 911 reach emergency services from any GSM phone whatever the country (3GPP TS 22.101
 * §10.1.1), so they are refused on every account, on top of the account country's own numbers.
 */
const EVERYWHERE = ['112', '911'];

const compiled = new Map<string, RegExp>();
function patternOf(region: string): RegExp | undefined {
  const source = EMERGENCY_PATTERNS[region];
  if (!source) return undefined;
  let re = compiled.get(region);
  if (!re) {
    re = new RegExp(`^(?:${source})$`);
    compiled.set(region, re);
  }
  return re;
}

/**
 * The emergency number `text` is, or null. Only numbers dialled without a country code count
 * (an emergency number cannot be reached as +CC…), read with the account's country. Separators
 * are ignored: "9 1 1", "1-1-2".
 */
export function emergencyNumber(text: string, accountCountry: string): string | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('+') || trimmed.length > 24) return null;
  if (/[^\d\s().\-/]/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  if (!digits || digits.length > 8) return null;
  if (EVERYWHERE.includes(digits)) return digits;
  return patternOf(accountCountry.toUpperCase())?.test(digits) ? digits : null;
}

export function emergencyMessage(digits: string, tr: Translator = english): string {
  return tr.t('calls.emergency', { digits });
}

/** Special-rate kinds: the sentence the agent reads ("… is a premium-rate number: …"). */
const SPECIAL_TYPES: Partial<Record<PhoneNumberType, MessageKey>> = {
  PREMIUM_RATE: 'calls.special.premiumRate',
  SHARED_COST: 'calls.special.sharedCost',
  UAN: 'calls.special.uan',
  VOICEMAIL: 'calls.special.voicemail',
  PERSONAL_NUMBER: 'calls.special.personalNumber',
};

/**
 * Satellite and international-network numbers have no country and a type libphonenumber calls
 * MOBILE, but they cost far more than a mobile call: ITU-T E.164 assigns +870 (Inmarsat) and +881
 * (Global Mobile Satellite Systems) to satellite services, +882 and +883 to international networks.
 */
const SPECIAL_CALLING_CODES: Record<string, MessageKey> = {
  '870': 'calls.special.satellite',
  '881': 'calls.special.satellite',
  '882': 'calls.special.internationalNetwork',
  '883': 'calls.special.internationalNetwork',
};

export type DestinationVerdict =
  | { ok: true; confirm: CallConfirmation[] }
  /** A hard refusal: nothing the agent confirms makes the call go out. */
  | { ok: false; error: string };

export interface DestinationNames {
  /** The destination as the agent reads it: "+1 900 555 0199". */
  display: string;
  /** "Germany" for DE, in the language of the messages. */
  countryName: (region: string) => string;
}

/** The checks for a valid destination, in order: allowed countries, premium block, confirmations. */
export function checkDestination(
  facts: PhoneFacts,
  accountCountry: string,
  policy: DestinationPolicy,
  names: DestinationNames,
  tr: Translator = english,
): DestinationVerdict {
  const allowed = policy.allowedCountries;
  const number = names.display;
  if (allowed.length > 0 && !(facts.region && allowed.includes(facts.region))) {
    const list = allowed.map((r) => names.countryName(r)).join(', ');
    return {
      ok: false,
      error: facts.region
        ? tr.t('calls.notAllowed', {
            place: names.countryName(facts.region),
            allowed: list,
            number,
          })
        : tr.t('calls.notAllowedNoCountry', {
            callingCode: facts.callingCode,
            allowed: list,
            number,
          }),
    };
  }
  const special =
    SPECIAL_CALLING_CODES[facts.callingCode] ?? (facts.type && SPECIAL_TYPES[facts.type]);
  if (facts.type === 'PREMIUM_RATE' && policy.blockPremium) {
    return {
      ok: false,
      error: tr.t('calls.premiumBlocked', { number }),
    };
  }
  const confirm: CallConfirmation[] = [];
  if (special) confirm.push({ kind: 'special-rate', message: tr.t(special, { number }) });
  if (policy.confirmInternational && facts.region !== accountCountry) {
    const country = names.countryName(accountCountry);
    confirm.push({
      kind: 'international',
      message: facts.region
        ? tr.t('calls.international', { number, place: names.countryName(facts.region), country })
        : tr.t('calls.internationalNoCountry', {
            number,
            callingCode: facts.callingCode,
            country,
          }),
    });
  }
  return { ok: true, confirm };
}

/** The confirmations of `required` the agent has not given, in order. */
export function unconfirmed(
  required: readonly CallConfirmation[],
  confirmed: readonly string[] | undefined,
): CallConfirmation[] {
  return required.filter((c) => !confirmed?.includes(c.kind));
}

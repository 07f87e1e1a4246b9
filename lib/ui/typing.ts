/**
 * A phone number as the agent types it: formatted as they go (libphonenumber-js AsYouType) and read
 * back as E.164 once it is complete.
 */
import { AsYouType, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/** "4155550" → "(415) 555-0" for US; "+4420" → "+44 20". Characters other than digits, +, *, # go. */
export function formatTyping(raw: string, defaultCountry: CountryCode | undefined): string {
  const cleaned = raw.replace(/[^\d+*#]/g, '');
  if (cleaned === '') return '';
  // AsYouType formats phone numbers only; star codes (*67) are left as typed.
  if (/[*#]/.test(cleaned)) return cleaned;
  return new AsYouType(defaultCountry).input(cleaned);
}

export interface TypedNumber {
  /** E.164 when the text is a possible number. */
  e164?: string;
  valid: boolean;
  country?: CountryCode;
}

export function readTyped(text: string, defaultCountry: CountryCode | undefined): TypedNumber {
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  if (!parsed) return { valid: false };
  return { e164: parsed.number, valid: parsed.isValid(), country: parsed.country };
}

/**
 * What the agent reads when a number they typed or clicked is not a valid phone number. It quotes
 * the text exactly as given (never a reformatted or E.164 version the agent did not write), and
 * names the country it was read in only when that country came from Ringside: a number written
 * with a country code ("+44 …") was read by its own code, so "read as a United States number"
 * would be false there.
 */
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { countryName } from '../ui/format';

/** "+44 …" or "00 44 …" (the international prefix lib/phone/analyze.ts reads as "+" everywhere). */
const WITH_COUNTRY_CODE = /^\s*(?:\+|00)/;

export function invalidNumberMessage(
  text: string,
  readIn: string,
  tr: Translator = english,
): string {
  if (WITH_COUNTRY_CODE.test(text)) return tr.t('calls.invalidWithCode', { text: text.trim() });
  const country = tr.language === 'en' ? countryName(readIn) : tr.country(readIn);
  // Country names go in parentheses: "in United Kingdom" reads wrong (see caller-id/reasons.ts).
  return tr.t('calls.invalidReadIn', { text: text.trim(), country });
}

/**
 * libphonenumber-js over the detection metadata (min metadata without formats, see
 * scripts/gen-detect-metadata.mjs): parse and validate only. Nothing here formats numbers.
 */
import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import metadataJson from './generated/metadata.json';
import type { CountryCode } from './types';

export const metadata = metadataJson as unknown as MetadataJson;

export interface ParsedPhone {
  e164: string;
  ext?: string;
}

/**
 * The number when `text` is exactly one valid phone number (with an optional extension),
 * else null. `text` is a candidate the caller already cut out of the page text.
 */
export function parseValid(
  text: string,
  defaultCountry: CountryCode | undefined,
): ParsedPhone | null {
  const phone = parsePhoneNumberFromString(text, { defaultCountry, extract: false }, metadata);
  if (!phone || !phone.isValid()) return null;
  return phone.ext ? { e164: phone.number, ext: phone.ext } : { e164: phone.number };
}

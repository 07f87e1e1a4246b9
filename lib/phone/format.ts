/**
 * How Ringside writes a phone number for people, on every surface: libphonenumber's international
 * format ("+1 415 555 0100", "+44 20 7946 0123"). One function, given the metadata its bundle
 * already carries: the background passes the full (max) metadata, extension pages the min
 * metadata, which has the same formats without the number-type patterns
 * (tests/unit/lib/phone/format.test.ts checks that both write every country's numbers alike). The
 * content script has no formats at all; it shows the strings the background sends.
 */
import {
  parsePhoneNumberFromString,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';

export interface PhoneDisplay {
  /** International format; the input unchanged when it does not parse. */
  display: string;
  country: CountryCode | undefined;
}

export function phoneDisplay(e164: string, metadata: MetadataJson): PhoneDisplay {
  const number = parsePhoneNumberFromString(e164, metadata);
  return { display: number?.formatInternational() ?? e164, country: number?.country };
}

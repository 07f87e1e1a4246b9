/**
 * The geographic area code of a number, as libphonenumber (Java) defines it in
 * `PhoneNumberUtil.getLengthOfGeographicalAreaCode`, ported onto libphonenumber-js metadata.
 *
 * - A region without a national prefix has a closed plan and no area codes (unless the number
 *   keeps an Italian leading zero).
 * - Only geographic types have one: fixed line, fixed line or mobile, and mobile in the countries
 *   where mobiles keep a geographic code (Mexico, Argentina, Brazil, Indonesia; China's mobiles
 *   are geographic but have no area code).
 * - The length is that of the national destination code: the first group after the country code
 *   in international format (for Argentine mobiles, the mobile token "9" plus that group).
 */
import type { CountryCode, PhoneNumberType } from 'libphonenumber-js/max';
import { hasNationalPrefix, internationalFormat } from './numbering-plan';

/** libphonenumber's GEO_MOBILE_COUNTRIES (which includes China). */
const GEO_MOBILE_COUNTRIES = new Set(['52', '54', '55', '62', '86']);
/** libphonenumber's GEO_MOBILE_COUNTRIES_WITHOUT_MOBILE_AREA_CODES. */
const GEO_MOBILE_WITHOUT_AREA_CODES = new Set(['86']);
/** libphonenumber's MOBILE_TOKEN_MAPPINGS. */
const MOBILE_TOKENS: Record<string, string> = { '54': '9' };

export interface AreaCodeInput {
  region: CountryCode | undefined;
  callingCode: string;
  nationalNumber: string;
  type: PhoneNumberType | undefined;
}

export function isGeographicType(type: PhoneNumberType | undefined, callingCode: string): boolean {
  return (
    type === 'FIXED_LINE' ||
    type === 'FIXED_LINE_OR_MOBILE' ||
    (type === 'MOBILE' && GEO_MOBILE_COUNTRIES.has(callingCode))
  );
}

/** Port of getLengthOfGeographicalAreaCode: 0 when the number has no geographic area code. */
export function geographicAreaCodeLength(n: AreaCodeInput): number {
  if (!n.region) return 0; // libphonenumber: no metadata for the number's region
  // Italian-style numbers keep their leading zero in the national number.
  if (!hasNationalPrefix(n.region) && !n.nationalNumber.startsWith('0')) return 0;
  if (n.type === 'MOBILE' && GEO_MOBILE_WITHOUT_AREA_CODES.has(n.callingCode)) return 0;
  if (!isGeographicType(n.type, n.callingCode)) return 0;
  return nationalDestinationCodeLength(n);
}

/** Port of getLengthOfNationalDestinationCode. */
function nationalDestinationCodeLength(n: AreaCodeInput): number {
  // "+44 20 7946 0958" -> ["", "44", "20", "7946", "0958"]
  const groups = internationalFormat(n.region, n.callingCode, n.nationalNumber).split(/\D+/);
  if (groups.length <= 3) return 0;
  if (n.type === 'MOBILE' && MOBILE_TOKENS[n.callingCode]) {
    return groups[2]!.length + groups[3]!.length;
  }
  return groups[2]!.length;
}

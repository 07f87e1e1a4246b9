/**
 * Country names and codes as evidence of a number's country: "Brazil", "Brasil", "Brésil",
 * "Deutschland", "USA", "BRA". The table is generated (scripts/gen-detect-countries.mjs, from
 * i18n-iso-countries, in English, Portuguese, Spanish, French and German).
 */
import table from './generated/countries.json' with { type: 'json' };
import type { CountryCode } from './types';

/** Normalised name → alpha-2; alpha-3 → alpha-2; the alpha-2 codes. Unpacked once. */
const NAMES = new Map<string, string>();
const ALPHA3 = new Map<string, string>();
const ALPHA2 = new Set<string>();
for (const entry of table.countries.split(';')) {
  const [code, alpha3, ...names] = entry.split(',') as [string, string, ...string[]];
  ALPHA2.add(code);
  ALPHA3.set(alpha3, code);
  for (const name of names) NAMES.set(name, code);
}

/** Lower case, accents and dots dropped, any other punctuation as one space. */
export function normalizeCountryName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Country names that are also common first names, US states or words: alone in a cell they are
 * no evidence; under a "Country" label they are.
 */
const AMBIGUOUS = new Set([
  'georgia',
  'jordan',
  'chad',
  'jersey',
  'india',
  'israel',
  'kenya',
  'niger',
  'guernsey',
  'turkey',
  'chile',
  'man',
]);

/**
 * The country a piece of text names, or undefined. `labelled`: the text is a country field's value
 * (under a "Country" header or label), so ISO codes in any case and ambiguous names count; unlabelled
 * text must be a whole country name, and names of three letters or fewer ("USA", "UK") count only
 * when written in capitals.
 */
export function countryFromText(text: string, labelled: boolean): CountryCode | undefined {
  const raw = text.trim();
  if (raw.length < 2 || raw.length > 60) return undefined;
  if (labelled) {
    const upper = raw.toUpperCase();
    if (upper.length === 2 && ALPHA2.has(upper)) return upper as CountryCode;
    if (upper.length === 3 && ALPHA3.has(upper)) return ALPHA3.get(upper) as CountryCode;
  }
  const key = normalizeCountryName(raw);
  const code = NAMES.get(key);
  if (code) {
    if (labelled) return code as CountryCode;
    if (AMBIGUOUS.has(key)) return undefined;
    if (key.replace(/ /g, '').length <= 3 && raw !== raw.toUpperCase()) return undefined;
    return code as CountryCode;
  }
  if (!labelled) return undefined;
  // "Brazil (BR)", "BR - Brazil", "Brasil / Brazil": any one part that names a country.
  const parts = raw.split(/\s*[(),/|:–-]\s*/).filter((p) => p && p !== raw);
  for (const part of parts) {
    const found = countryFromText(part, true);
    if (found) return found;
  }
  return undefined;
}

export const COUNTRY_TABLE_SOURCE: string = table.source;

/** Every name the table holds for a country (normalised), for the tests. */
export function countryNames(code: CountryCode): string[] {
  return [...NAMES].filter(([, c]) => c === code).map(([name]) => name);
}

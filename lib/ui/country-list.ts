/**
 * The admin's list of destination countries as typed on the options page ("US, CA, pr"): two-letter
 * codes separated by commas or spaces. Empty means every country. Each code is checked against
 * libphonenumber's countries, so a typo is named instead of silently blocking every call.
 */
import { isSupportedCountry } from 'libphonenumber-js/max';

export type CountryListResult = { ok: true; codes: string[] } | { ok: false; problems: string[] };

export function parseCountryList(text: string): CountryListResult {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean);
  const problems = parts
    .filter((p) => !/^[A-Z]{2}$/.test(p) || !isSupportedCountry(p))
    .map((p) => `"${p}" is not a country code; use two letters such as US, CA or GB.`);
  if (problems.length) return { ok: false, problems };
  return { ok: true, codes: [...new Set(parts)] };
}

export function formatCountryList(codes: readonly string[] | undefined): string {
  return (codes ?? []).join(', ');
}

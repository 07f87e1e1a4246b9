/**
 * The admin's list of destination countries as typed on the options page ("US, CA, pr"): two-letter
 * codes separated by commas or spaces. Empty means every country. Each code is checked against
 * libphonenumber's countries, so a typo is named instead of silently blocking every call.
 */
import { isSupportedCountry } from 'libphonenumber-js/max';
import type { Translator } from '../i18n/translator';
import { englishOptions } from './options-english';

export type CountryListResult = { ok: true; codes: string[] } | { ok: false; problems: string[] };

export function parseCountryList(
  text: string,
  translator: Translator = englishOptions(),
): CountryListResult {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean);
  const problems = parts
    .filter((p) => !/^[A-Z]{2}$/.test(p) || !isSupportedCountry(p))
    .map((p) => translator.t('options.destinations.notCountry', { code: p }));
  if (problems.length) return { ok: false, problems };
  return { ok: true, codes: [...new Set(parts)] };
}

export function formatCountryList(codes: readonly string[] | undefined): string {
  return (codes ?? []).join(', ');
}

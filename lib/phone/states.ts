/**
 * State or province of a geographic number in the US, Canada (and US territories) and Brazil,
 * from the generated area-code tables (see scripts/gen-area-codes.mjs).
 */
import type { CountryCode } from 'libphonenumber-js/max';
import {
  BRAZIL_DDDS,
  BR_STATE_NAMES,
  CA_PROVINCE_NAMES,
  NANP_AREA_CODES,
  NANP_SHARED_AREA_CODES,
  US_STATE_NAMES,
} from './generated/area-codes';

export interface Subdivision {
  /** The country the subdivision belongs to. */
  country: 'US' | 'CA' | 'BR';
  /** USPS, Canada Post or IBGE code: "CA", "ON", "SP". */
  code: string;
  /** English name for sentences: "California", "Ontario", "São Paulo". */
  name: string;
  /** Whether people call it a state, a province or a territory. */
  kind: 'state' | 'province' | 'territory';
  /** Unique across countries ("BR-PA" is Pará, "US-PA" Pennsylvania): compare these. */
  key: string;
}

/** US territories have a libphonenumber region of their own; that region is their "state". */
const US_TERRITORY_NAMES: Record<string, string> = {
  PR: 'Puerto Rico',
  VI: 'U.S. Virgin Islands',
  GU: 'Guam',
  AS: 'American Samoa',
  MP: 'Northern Mariana Islands',
};
const CA_TERRITORIES = new Set(['NT', 'NU', 'YT']);

function subdivision(country: Subdivision['country'], code: string): Subdivision {
  const name =
    country === 'BR'
      ? BR_STATE_NAMES[code]
      : country === 'CA'
        ? CA_PROVINCE_NAMES[code]
        : (US_STATE_NAMES[code] ?? US_TERRITORY_NAMES[code]);
  const kind =
    country === 'CA'
      ? CA_TERRITORIES.has(code)
        ? 'territory'
        : 'province'
      : US_TERRITORY_NAMES[code]
        ? 'territory'
        : 'state';
  return { country, code, name: name ?? code, kind, key: `${country}-${code}` };
}

/** Expands `{ code: "a b c" }` into `Map(a -> sub, b -> sub, …)`. */
function expand(
  table: Record<string, string>,
  make: (code: string) => Subdivision,
): Map<string, Subdivision> {
  const out = new Map<string, Subdivision>();
  for (const [code, list] of Object.entries(table)) {
    const sub = make(code);
    for (const key of list.split(' ')) out.set(key, sub);
  }
  return out;
}

const nanpCountry = (code: string): 'US' | 'CA' => (CA_PROVINCE_NAMES[code] ? 'CA' : 'US');
const NANP = expand(NANP_AREA_CODES, (code) => subdivision(nanpCountry(code), code));
const NANP_SHARED = new Map(
  Object.entries(NANP_SHARED_AREA_CODES).map(([npa, byCode]) => [
    npa,
    expand(byCode, (code) => subdivision(nanpCountry(code), code)),
  ]),
);
const BRAZIL = expand(BRAZIL_DDDS, (code) => subdivision('BR', code));
const TERRITORIES = new Map(
  Object.keys(US_TERRITORY_NAMES).map((code) => [code, subdivision('US', code)]),
);

/**
 * The subdivision of a number with a geographic area code, or undefined (other countries, an
 * area code the source does not place, or one shared by provinces with an unknown exchange).
 */
export function subdivisionOf(
  region: CountryCode | undefined,
  callingCode: string,
  areaCode: string,
  nationalNumber: string,
): Subdivision | undefined {
  if (callingCode === '1') {
    if (region && TERRITORIES.has(region)) return TERRITORIES.get(region);
    if (region !== 'US' && region !== 'CA') return undefined;
    const shared = NANP_SHARED.get(areaCode);
    if (shared) {
      const exchange = nationalNumber.slice(3);
      for (let len = 3; len >= 1; len--) {
        const sub = shared.get(exchange.slice(0, len));
        if (sub) return sub;
      }
      return undefined;
    }
    const sub = NANP.get(areaCode);
    // The region libphonenumber gives must agree with the table (a US number is in a US state).
    return sub && sub.country === region ? sub : undefined;
  }
  if (callingCode === '55' && region === 'BR') return BRAZIL.get(areaCode);
  return undefined;
}

/** Every area code the tables place, for tests and tools: "1-415" → California, "55-11" → SP. */
export function placedAreaCodes(): Map<string, Subdivision> {
  const out = new Map<string, Subdivision>();
  for (const [npa, sub] of NANP) out.set(`1-${npa}`, sub);
  for (const [ddd, sub] of BRAZIL) out.set(`55-${ddd}`, sub);
  return out;
}

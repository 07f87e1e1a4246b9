/**
 * Matching what an agent types against a caller-ID number's search words (built by
 * ./number-search.ts): by label, by its digits written in any format, by its country, state or
 * city. Kept apart from the builder and its state and place tables, so the CRM card's content
 * script, which only matches words the background built, carries none of them.
 *
 * The country matches in English (in the words) and, when the caller names it, in the language the
 * list is shown in ("Alemanha", "Alemania"), accent- and case-insensitively ("mexico" finds
 * "México").
 */

export interface NumberSearchKeys {
  /** Folded words to find text in: label, display, country, state (name and code), place. */
  text: string;
  /** The number's digits: with the country code, and the national number. */
  digits: [string, string];
  /** The number's country (ISO 3166-1 alpha-2), to name it in the list's own language. */
  country?: string;
}

/** Lower case without accents: "São Paulo" is found by "sao paulo". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Only what a phone number is written with: digits, spaces, + ( ) . - / */
const PHONE_LIKE = /^[\d\s+().\-/]+$/;

function digitsMatch(keys: NumberSearchKeys, query: string): boolean {
  const digits = query.replace(/\D/g, '');
  if (!digits) return false;
  // A national prefix ("0 20 7946…" in the UK) is not part of the stored number.
  const bare = digits.replace(/^0+/, '');
  return keys.digits.some((d) => d.includes(digits) || (bare !== '' && d.startsWith(bare)));
}

/**
 * Whether a number matches what the agent typed: a query written like a phone number matches by
 * digits; otherwise every word of it must be found (a word of digits in the number's digits or
 * text, any other word in its text or in `alsoText`, more folded words such as the country's name
 * in the list's language). An empty query matches everything.
 */
export function matchesNumberQuery(keys: NumberSearchKeys, query: string, alsoText = ''): boolean {
  const q = query.trim();
  if (!q) return true;
  if (PHONE_LIKE.test(q) && /\d/.test(q)) return digitsMatch(keys, q);
  return fold(q)
    .split(/\s+/)
    .every(
      (word) =>
        keys.text.includes(word) ||
        (alsoText !== '' && alsoText.includes(word)) ||
        (PHONE_LIKE.test(word) && /\d/.test(word) && digitsMatch(keys, word)),
    );
}

/**
 * A function giving a country's folded name in a language (`name`: e.g. the translator's
 * `country`), each country named once however many numbers it has.
 */
export function foldedCountryNames(name: (code: string) => string): (code?: string) => string {
  const cache = new Map<string, string>();
  return (code) => {
    if (!code) return '';
    let folded = cache.get(code);
    if (folded === undefined) {
      const named = name(code);
      // An unknown code comes back as itself: the words hold the code already.
      folded = named && named !== code ? fold(named) : '';
      cache.set(code, folded);
    }
    return folded;
  };
}

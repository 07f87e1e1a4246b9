/** Types of scripts/gen-detect-countries.mjs, for the unit test that checks its output. */
export const LANGUAGES: string[];
export function normalizeCountryName(text: string): string;
export function buildTable(): {
  source: string;
  names: Record<string, string>;
  alpha3: Record<string, string>;
  dropped: string[];
};
export function packTable(table: ReturnType<typeof buildTable>): {
  source: string;
  countries: string;
};

/**
 * The country of every number of the account, for the numbers table's country filter and sort.
 * Reading 10,000 numbers' countries takes libphonenumber hundreds of milliseconds, so it is only
 * done once a country filter or sort asks for it, in slices that yield to the page, and kept per
 * number text (an edit re-reads only the number edited).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CountryCode } from 'libphonenumber-js/min';
import type { AccountNumber } from '../../../lib/caller-id/types';
import { numberCountry } from '../../../lib/ui/table-rules';

export interface CountryIndex {
  countryOf: (n: AccountNumber) => string | undefined;
  /** Numbers read so far, of `total`; filters and sorts are exact once they are equal. */
  read: number;
  total: number;
}

const SLICE_MS = 8;

export function useCountryIndex(
  numbers: readonly AccountNumber[],
  defaultCountry: CountryCode,
  wanted: boolean,
): CountryIndex {
  const [known] = useState(() => new Map<string, string | undefined>());
  const [read, setRead] = useState(0);
  useEffect(() => {
    if (!wanted) return;
    let stopped = false;
    let i = 0;
    const step = () => {
      if (stopped) return;
      const start = performance.now();
      while (i < numbers.length && performance.now() - start < SLICE_MS) {
        const text = numbers[i]!.number;
        if (!known.has(text)) known.set(text, numberCountry(text, defaultCountry));
        i++;
      }
      setRead(i);
      if (i < numbers.length) setTimeout(step, 0);
    };
    step();
    return () => {
      stopped = true;
    };
  }, [numbers, defaultCountry, wanted, known]);
  const countryOf = useCallback((n: AccountNumber) => known.get(n.number), [known]);
  return {
    countryOf,
    read: wanted ? read : 0,
    total: numbers.length,
  };
}

/**
 * The CRM card's caller-ID dropdown, the parts that are not DOM: its options from the list the
 * background sends (lib/calls/card-choice.ts), which of them a filter text leaves, and where a key
 * moves the active option. The content script draws it (entrypoints/content/card-dropdown.ts);
 * the popup's dropdown (components/shared/ListboxSelect.tsx) follows the same keys.
 */
import type { CardChoiceList } from '../calls/card-choice';
import {
  fold,
  foldedCountryNames,
  matchesNumberQuery,
  type NumberSearchKeys,
} from './number-query';

export interface CardOption {
  /** 'default' or a number id. */
  value: string;
  /** The option's accessible name. */
  text: string;
  /** The number's label and how it is written (absent for Default). */
  label?: string;
  display?: string;
  search?: NumberSearchKeys;
}

/** "Default" (when offered) and then the numbers, in the list's order. */
export function cardOptions(list: CardChoiceList, defaultText: string): CardOption[] {
  const numbers = list.numbers.map((n): CardOption => ({
    value: n.id,
    text: n.label ? `${n.label}, ${n.display}` : n.display,
    ...(n.label ? { label: n.label } : {}),
    display: n.display,
    search: n.search,
  }));
  return list.allowDefault ? [{ value: 'default', text: defaultText }, ...numbers] : numbers;
}

/**
 * Positions (into `options`) of the options a filter text leaves, in order: numbers by label,
 * digits, country, state or city (lib/ui/number-query.ts); Default by its text. The words name
 * the country in English; `countryName` (the card's translator's `country`) names it in the card's
 * language too, so "Alemanha" and "Germany" both find a German number.
 */
export function filterOptions(
  options: readonly CardOption[],
  query: string,
  countryName?: (code: string) => string,
): number[] {
  const q = query.trim();
  const all = options.map((_, i) => i);
  if (!q) return all;
  const folded = fold(q);
  const localName = countryName ? foldedCountryNames(countryName) : () => '';
  return all.filter((i) => {
    const option = options[i]!;
    return option.search
      ? matchesNumberQuery(option.search, q, localName(option.search.country))
      : fold(option.text).includes(folded);
  });
}

/** Rows PageUp and PageDown move by. */
export const PAGE_STEP = 5;

/**
 * Where a key moves the active position in a list of `count` shown options, or null for a key
 * that does not move (the caller handles it, or lets it type into the filter).
 */
export function moveActive(key: string, active: number, count: number): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, active + 1);
    case 'ArrowUp':
      return Math.max(0, active - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(last, active + PAGE_STEP);
    case 'PageUp':
      return Math.max(0, active - PAGE_STEP);
    default:
      return null;
  }
}

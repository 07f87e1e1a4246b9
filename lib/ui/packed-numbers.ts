/**
 * An account's numbers with their displays, written small for the page cache (status-cache.ts).
 * The popup reads that cache synchronously before its first frame, and at 2,000 numbers the plain
 * JSON (every number an object with its three flags, and a second object per display) was about
 * 400 kB: `JSON.parse` of it was a fifth of the popup's start-up script, and the whole of
 * localStorage is loaded into the page on its first read. Packed, it is about a quarter of that.
 *
 * Each number is one row, `[id, number, label, groups, flags, display, country]`:
 * - `groups`: the index of its one ring group in `groups`, or an array of indexes;
 * - `flags`: a bitmap, 1 toll-free, 2 dedicated line, 4 external (0: none, the usual case);
 * - `display`: the index of a pattern in `patterns` when the display is the number's own digits in
 *   order with other characters between ("+1 415 555 0100" is "+# ### ### ####" over 14155550100),
 *   else the display itself; null when no display was known;
 * - `country`: the index of its code in `countries`, or null.
 *
 * A number of another shape (a field this file does not know, a flag that is not a boolean) is kept
 * whole, as `{ n: number, d: display }`, so unpacking always gives back exactly what was packed.
 */
import type { AccountNumber } from '../caller-id/types';
import type { PhoneDisplay } from '../phone/format';

type Row = [
  id: string,
  number: string,
  label: string,
  groups: number | number[],
  flags: number,
  display: number | string | null,
  country: number | null,
];
type Whole = { n: AccountNumber; d: PhoneDisplay | null };

export interface PackedNumbers {
  groups: string[];
  patterns: string[];
  countries: string[];
  rows: (Row | Whole)[];
}

const KEYS = ['id', 'number', 'label', 'ringGroups', 'tollFree', 'dedicatedLine', 'external'];
const DIGIT = /\d/g;

/** Index of `value` in `list`, added at the end when new. */
function indexer(list: string[]): (value: string) => number {
  const at = new Map<string, number>();
  return (value) => {
    let i = at.get(value);
    if (i === undefined) {
      i = list.push(value) - 1;
      at.set(value, i);
    }
    return i;
  };
}

function plainShape(n: AccountNumber): boolean {
  const keys = Object.keys(n);
  return (
    keys.length === KEYS.length &&
    KEYS.every((k) => Object.hasOwn(n, k)) &&
    typeof n.id === 'string' &&
    typeof n.number === 'string' &&
    typeof n.label === 'string' &&
    Array.isArray(n.ringGroups) &&
    n.ringGroups.every((g) => typeof g === 'string') &&
    typeof n.tollFree === 'boolean' &&
    typeof n.dedicatedLine === 'boolean' &&
    typeof n.external === 'boolean'
  );
}

/** The display as a pattern over the number's digits, when it is one. */
function patternOf(number: string, display: string): string | undefined {
  if (display.includes('#')) return undefined;
  const digits = number.match(DIGIT)?.join('') ?? '';
  if ((display.match(DIGIT)?.join('') ?? '') !== digits) return undefined;
  return display.replace(DIGIT, '#');
}

/** `displays` by E.164 number; a number without one is packed with a null display. */
export function packNumbers(
  numbers: readonly AccountNumber[],
  displays: Readonly<Record<string, PhoneDisplay>>,
): PackedNumbers {
  const packed: PackedNumbers = { groups: [], patterns: [], countries: [], rows: [] };
  const group = indexer(packed.groups);
  const pattern = indexer(packed.patterns);
  const country = indexer(packed.countries);
  for (const n of numbers) {
    const d = Object.hasOwn(displays, n.number) ? displays[n.number]! : null;
    const plainDisplay =
      !d ||
      (typeof d.display === 'string' && (typeof d.country === 'string' || d.country === undefined));
    if (!plainShape(n) || !plainDisplay) {
      packed.rows.push({ n, d });
      continue;
    }
    const groups = n.ringGroups.map(group);
    const shape = d ? patternOf(n.number, d.display) : undefined;
    packed.rows.push([
      n.id,
      n.number,
      n.label,
      groups.length === 1 ? groups[0]! : groups,
      (n.tollFree ? 1 : 0) | (n.dedicatedLine ? 2 : 0) | (n.external ? 4 : 0),
      !d ? null : shape !== undefined ? pattern(shape) : d.display,
      d?.country === undefined ? null : country(d.country),
    ]);
  }
  return packed;
}

export interface UnpackedNumbers {
  numbers: AccountNumber[];
  /** By E.164 number, for every number packed with a display. */
  displays: Record<string, PhoneDisplay>;
}

const isIndex = (list: readonly unknown[], i: unknown): i is number =>
  Number.isInteger(i) && (i as number) >= 0 && (i as number) < list.length;

/** The numbers and displays packed, or undefined when `value` is not a packing of them. */
export function unpackNumbers(value: unknown): UnpackedNumbers | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { groups, patterns, countries, rows } = value as Partial<PackedNumbers>;
  const strings = (list: unknown): list is string[] =>
    Array.isArray(list) && list.every((s) => typeof s === 'string');
  if (!strings(groups) || !strings(patterns) || !strings(countries) || !Array.isArray(rows))
    return undefined;
  const numbers: AccountNumber[] = [];
  const displays: Record<string, PhoneDisplay> = {};
  for (const row of rows as unknown[]) {
    if (!Array.isArray(row)) {
      const whole = row as Partial<Whole> | null;
      if (!whole || typeof whole.n !== 'object' || whole.n === null) return undefined;
      numbers.push(whole.n);
      if (whole.d) displays[whole.n.number] = whole.d;
      continue;
    }
    if (row.length !== 7) return undefined;
    const [id, number, label, g, flags, display, country] = row as unknown[];
    if (typeof id !== 'string' || typeof number !== 'string' || typeof label !== 'string')
      return undefined;
    const groupIds = typeof g === 'number' ? [g] : g;
    if (!Array.isArray(groupIds) || !groupIds.every((i) => isIndex(groups, i))) return undefined;
    if (!Number.isInteger(flags)) return undefined;
    const bits = flags as number;
    numbers.push({
      id,
      number,
      label,
      ringGroups: groupIds.map((i) => groups[i]!),
      tollFree: (bits & 1) !== 0,
      dedicatedLine: (bits & 2) !== 0,
      external: (bits & 4) !== 0,
    });
    if (display === null) continue;
    let text: string;
    if (typeof display === 'string') text = display;
    else if (isIndex(patterns, display)) {
      const digits = number.match(DIGIT) ?? [];
      let next = 0;
      text = patterns[display]!.replace(/#/g, () => digits[next++] ?? '');
    } else return undefined;
    if (country !== null && !isIndex(countries, country)) return undefined;
    displays[number] = {
      display: text,
      country: country === null ? undefined : (countries[country] as PhoneDisplay['country']),
    };
  }
  return { numbers, displays };
}

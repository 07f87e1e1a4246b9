/** Numbers that an element carries whole: a `tel:`/`callto:` link's target, a read-only input's value. */
import { readNumber, type Reading, type RegionContext } from './reading';
import { findNumbersInText } from './text';
import type { CountryCode } from './types';

/** A number an element carries, and how its country was read. */
export type FieldReading = Reading;

const SCHEME = /^\s*(?:tel|callto):(?:\/\/)?/i;
const EXT_PARAM = /^\s*ext\s*=\s*(\d{1,7})\s*$/i;

/**
 * The number of a `tel:` or `callto:` URI (RFC 3966: `tel:+1-415-555-0100;ext=12`), or null
 * when it is not one valid number.
 */
export function parseTelHref(
  href: string,
  defaultCountry: CountryCode | undefined,
  context?: () => RegionContext | null,
): FieldReading | null {
  let rest = href.replace(SCHEME, '');
  try {
    rest = decodeURIComponent(rest);
  } catch {
    // A stray "%" is not an escape; read the text as it is.
  }
  const [number = '', ...params] = rest.split('?')[0]!.split(';');
  let ext: string | undefined;
  for (const param of params) ext ??= EXT_PARAM.exec(param)?.[1];
  if (number.trim().length === 0 || number.length > 64) return null;
  const parsed = readNumber(number.trim(), defaultCountry, context);
  if (!parsed) return null;
  const finalExt = ext ?? parsed.ext;
  const { ext: _ext, ...reading } = parsed;
  return finalExt ? { ...reading, ext: finalExt } : reading;
}

/** The number shown in an input's value ("+1 415 555 0100 ext. 2"), or null. */
export function parseInputValue(
  value: string,
  defaultCountry: CountryCode | undefined,
  context?: () => RegionContext | null,
): FieldReading | null {
  if (value.length > 200) return null;
  const hit = findNumbersInText(value, defaultCountry, [], undefined, context)[0];
  if (!hit) return null;
  const { start: _start, end: _end, ...reading } = hit;
  return reading;
}

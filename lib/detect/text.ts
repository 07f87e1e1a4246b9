/**
 * Phone numbers in a run of page text. A cheap scan finds runs of digits and phone punctuation
 * with at least 7 digits; context and shape rules drop identifiers, dates and amounts; only what
 * is left goes to libphonenumber, which parses and validates it. Most page text never reaches
 * libphonenumber, which is why this beats running its text matcher over the whole page.
 */
import {
  distractorBefore,
  hasDistractorAfter,
  hasDistractorShape,
  isBarcode,
  isBracketed,
} from './distractors';
import { readNumber, type Reading, type RegionContext } from './reading';
import type { CountryCode } from './types';

/** A number found in a run of text: offsets into the text, end exclusive, extension included. */
export interface TextHit extends Omit<Reading, 'ext'> {
  start: number;
  end: number;
  ext?: string;
}

const DIGIT = '0-9\\uFF10-\\uFF19\\u0660-\\u0669\\u06F0-\\u06F9';
/** libphonenumber's VALID_PUNCTUATION plus whitespace: what may sit between digit groups. */
const SEPARATOR =
  '\\s\\-\\u2010-\\u2015\\u2212\\u30FC\\uFF0D./\\uFF0F()\\uFF08\\uFF09\\[\\]\\uFF3B\\uFF3D~\\u2053\\u223C\\uFF5E';
/** A run that starts like a number ("+", "(" or a digit) and ends on a digit. */
export const CANDIDATE = new RegExp(
  `[+\\uFF0B]{0,2}[(\\uFF08]?[${DIGIT}](?:[${SEPARATOR}]*[${DIGIT}])*`,
  'g',
);
const DIGIT_GROUP = new RegExp(`[${DIGIT}]+`, 'g');
const HAS_DIGIT = new RegExp(`[${DIGIT}]`);
/** "ext. 12", "x12", "#12", ";ext=12" and a few languages' words for extension. */
export const EXTENSION =
  /[ \t\u00a0]*[,;]?[ \t\u00a0]*(?:ext(?:ension|n)?\.?(?:\s*no\.?)?|x|#|доб\.?|durchwahl|poste|anexo|interno)[ \t\u00a0]*[:.=#]?[ \t\u00a0]*([0-9]{1,7})(?![0-9])/iy;
/**
 * Characters that glue an identifier to digits ("ORD2024…", "0100abc"). As in libphonenumber's
 * matcher, only Latin letters do: a number right after Chinese or Japanese text ("电话0101234567")
 * is a number.
 */
const WORD_CHAR = /[\p{L}\p{N}_\p{M}]/u;
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20]/u;
function isWordChar(c: string): boolean {
  return WORD_CHAR.test(c) && !CJK.test(c);
}
/** A lower-case word of three letters or more, then the hyphen: "number-". */
const LOWER_WORD_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Ll}{3,}-$/u;
/** A single digit group this long is an identifier, a card or account number: never a phone. */
const LONG_RUN = 16;
const WHITESPACE = /\s+/g;
const SPACE_GAP = /^\s+[(\uFF08]?$/;

/** Fewer digits than this is no phone number of any country, written with its country code. */
export const MIN_DIGITS = 7;
/** 15 digits of E.164 plus a two-digit international prefix ("00"). */
export const MAX_DIGITS = 17;

export function hasDigit(text: string): boolean {
  return HAS_DIGIT.test(text);
}

/**
 * Offsets where the page had an element boundary (`<span>(415)</span><span>555-0100</span>`):
 * two characters on either side of one were not written next to each other, so "Phone" and
 * "+1…" in two spans are not glued the way "ORD-2024…" is. Sorted ascending.
 */
export type Boundaries = readonly number[];

function isBoundary(boundaries: Boundaries, offset: number): boolean {
  let lo = 0;
  let hi = boundaries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = boundaries[mid]!;
    if (value === offset) return true;
    if (value < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Characters directly adjacent across `offset` (no element boundary between them). */
function glued(text: string, offset: number, boundaries: Boundaries): boolean {
  return offset > 0 && offset < text.length && !isBoundary(boundaries, offset);
}

type LeftGlue = 'none' | 'identifier' | 'time';

/** What is glued to the left of a candidate: "ORD-", "v", "#" make an identifier; "10:" a time. */
function leftGlue(text: string, start: number, boundaries: Boundaries): LeftGlue {
  if (!glued(text, start, boundaries)) return 'none';
  const prev = text[start - 1]!;
  // "abc+14156667777", "É(415)6667777": a number that opens with punctuation stands apart.
  if (text[start] === '+' || text[start] === '(' || text[start] === '\uFF0B') {
    return prev === '#' || prev === '@' || prev === '&' ? 'identifier' : 'none';
  }
  if (isWordChar(prev) || prev === '#' || prev === '@' || prev === '&') return 'identifier';
  if ('-_/\\'.includes(prev) && glued(text, start - 1, boundaries)) {
    // "My number-415…" is a sentence; "ORD-415…", "case_415…" are identifiers.
    if (prev === '-' && LOWER_WORD_BEFORE.test(text.slice(Math.max(0, start - 12), start))) {
      return 'none';
    }
    if (isWordChar(text[start - 2]!)) return 'identifier';
  }
  if (prev === ':' && glued(text, start - 1, boundaries) && /\d/.test(text[start - 2]!)) {
    return 'time';
  }
  return 'none';
}

/** True when the character after `end` is glued on: "0100abc", "15T10", "…@example", "10:30". */
function rightGlued(text: string, end: number, boundaries: Boundaries): boolean {
  if (!glued(text, end, boundaries)) return false;
  const next = text[end]!;
  if (isWordChar(next) || next === '@' || next === '%') return true;
  // "4155550163-A", "…0100_b": an identifier goes on after a joiner.
  if ('-_/\\'.includes(next) && glued(text, end + 1, boundaries)) {
    return isWordChar(text[end + 1] ?? '');
  }
  return next === ':' && /\d/.test(text[end + 1] ?? '');
}

interface Group {
  start: number;
  end: number;
}

/** Finds the valid phone numbers in `text`, in order. */
export function findNumbersInText(
  text: string,
  defaultCountry: CountryCode | undefined,
  boundaries: Boundaries = [],
  labels?: () => readonly string[],
  context?: () => RegionContext | null,
): TextHit[] {
  const hits: TextHit[] = [];
  const candidates = new RegExp(CANDIDATE.source, 'g');
  let match: RegExpExecArray | null;
  const read = (span: string) => readNumber(span, defaultCountry, context);
  while ((match = candidates.exec(text))) {
    const start = match.index;
    const end = start + match[0].length;
    const resumeAt = scanCandidate(text, start, end, read, boundaries, hits, labels);
    if (resumeAt > candidates.lastIndex) candidates.lastIndex = resumeAt;
  }
  return hits;
}

/** Checks one candidate run and pushes its numbers; returns where scanning resumes. */
function scanCandidate(
  text: string,
  start: number,
  end: number,
  read: (span: string) => Reading | null,
  boundaries: Boundaries,
  hits: TextHit[],
  labels: (() => readonly string[]) | undefined,
): number {
  const groups: Group[] = [];
  let digits = 0;
  let longest = 0;
  const groupRe = new RegExp(DIGIT_GROUP.source, 'g');
  groupRe.lastIndex = start;
  let g: RegExpExecArray | null;
  while ((g = groupRe.exec(text)) && g.index < end) {
    groups.push({ start: g.index, end: g.index + g[0].length });
    digits += g[0].length;
    longest = Math.max(longest, g[0].length);
  }
  if (digits < MIN_DIGITS || longest >= LONG_RUN) return end;
  // "4006381333931": an EAN/UPC barcode (its check digit holds), not a phone number.
  if (groups.length === 1 && isBarcode(text, start, end)) return end;

  let first = 0;
  let last = groups.length;
  const glue = leftGlue(text, start, boundaries);
  if (glue === 'time') first = 1;
  if (glue === 'identifier') {
    // "ORD-415-555-0100" is one identifier; in "#4155550123 (415) 555-0100" a number follows it.
    if (!startsAfterSpace(text, groups, 0, last)) return end;
    first = 1;
  }

  EXTENSION.lastIndex = end;
  const trailingExt = EXTENSION.exec(text);
  if (!trailingExt) {
    if (hasDistractorAfter(text, end)) {
      // "415-666-7777 100$": only the amount, after a space, is dropped.
      if (last < 2 || !/^\s+$/.test(text.slice(groups[last - 2]!.end, groups[last - 1]!.start))) {
        return end;
      }
      last -= 1;
    } else if (rightGlued(text, end, boundaries)) last -= 1;
  }

  // A whole run shaped like a date, an amount or an address is not searched for numbers inside.
  if (hasDistractorShape(text.slice(start, end))) return end;

  let resumeAt = end;
  let i = first;
  while (i < last) {
    let accepted = false;
    let count = 0;
    for (let k = i; k < last; k++) count += groups[k]!.end - groups[k]!.start;
    const spanStart = i === 0 ? start : openingBefore(text, groups, i);
    // "Order #", "IBAN GB29 NWBK", "$" or a "Tax number" label right before this span.
    const context = count >= MIN_DIGITS ? distractorBefore(text, spanStart, labels) : null;
    if (context) {
      if (i > first) {
        i += 1;
        continue;
      }
      // Opening the candidate: a label covers the whole value; in text ("Row 12 (415) 555…") the
      // first group is the identifier and a number may follow a plain space.
      if (context === 'label' || !startsAfterSpace(text, groups, i, last)) return end;
      i += 1;
      continue;
    }
    for (let j = last; j > i && count >= MIN_DIGITS; j--) {
      if (count <= MAX_DIGITS) {
        const spanEnd = groups[j - 1]!.end;
        const spanText = text.slice(spanStart, spanEnd);
        if (!hasDistractorShape(spanText) && isWhole(text, spanStart, spanEnd, spanText)) {
          // Line breaks from the page's source layout read as spaces (libphonenumber refuses them).
          const parsed = read(spanText.replace(WHITESPACE, ' '));
          if (parsed) {
            const { ext: _ext, ...reading } = parsed;
            const hit: TextHit = { ...reading, start: spanStart, end: spanEnd };
            if (j === groups.length && trailingExt) {
              const extEnd = end + trailingExt[0].length;
              if (!rightGlued(text, extEnd, boundaries)) {
                hit.end = extEnd;
                hit.ext = trailingExt[1]!;
                resumeAt = extEnd;
              }
            }
            hits.push(hit);
            i = j;
            accepted = true;
            break;
          }
        }
      }
      count -= groups[j - 1]!.end - groups[j - 1]!.start;
    }
    if (!accepted) {
      // A "+…" number that does not read whole is not searched for national numbers inside it.
      if (i === 0 && INTERNATIONAL_START.test(text.slice(start, groups[0]!.start))) return end;
      i += 1;
    }
  }
  return resumeAt;
}

const DOUBLE_HYPHEN = /-\s*-/;
const INTERNATIONAL_START = /[+\uFF0B]/;

/**
 * A span is one number only if it is not cut out of a bigger figure: no square brackets,
 * balanced round ones, no double hyphen inside or glued to either end ("650-253-4561--455…").
 */
function isWhole(text: string, start: number, end: number, span: string): boolean {
  // "(415 555 0100)": the span stops before its closing bracket.
  if (isBracketed(text[end] === ')' ? span + ')' : span)) return false;
  if (DOUBLE_HYPHEN.test(span)) return false;
  if (text.startsWith('--', end) || (start >= 2 && text.startsWith('--', start - 2))) return false;
  return true;
}

/** True when group `i + 1` exists and only a space (and an opening "(") separates it from `i`. */
function startsAfterSpace(text: string, groups: Group[], i: number, last: number): boolean {
  if (i + 1 >= last) return false;
  return SPACE_GAP.test(text.slice(groups[i]!.end, groups[i + 1]!.start));
}

/** Start of group `i` of a candidate, moved back over an opening "(" right before it. */
function openingBefore(text: string, groups: Group[], i: number): number {
  const floor = groups[i - 1]!.end;
  let k = groups[i]!.start - 1;
  while (k >= floor && /\s/.test(text[k]!)) k--;
  return k >= floor && (text[k] === '(' || text[k] === '\uFF08') ? k : groups[i]!.start;
}

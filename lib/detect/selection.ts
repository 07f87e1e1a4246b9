/** Reading a number out of text the agent selected (the "Call … with Ringside" context menu). */
import { CANDIDATE, EXTENSION, MIN_DIGITS } from './text';

const DIGITS = /[0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/g;
/** The background accepts at most this many characters as a number to dial. */
const MAX_LENGTH = 64;

/**
 * The first part of `selection` that looks like a phone number (7 or more digits with phone
 * punctuation), with its extension: "Ana: +1 (415) 555-0100 ext. 12, mobile" gives
 * "+1 (415) 555-0100 ext. 12". Null when there is none. It is not validated here: the
 * background parses it with the account's country.
 */
export function firstPhoneLikeText(selection: string): string | null {
  const candidates = new RegExp(CANDIDATE.source, 'g');
  for (const match of selection.slice(0, 1000).matchAll(candidates)) {
    if ((match[0].match(DIGITS)?.length ?? 0) < MIN_DIGITS) continue;
    const end = match.index + match[0].length;
    const ext = new RegExp(EXTENSION.source, 'iy');
    ext.lastIndex = end;
    const extMatch = ext.exec(selection);
    const text = (match[0] + (extMatch ? extMatch[0] : '')).replace(/\s+/g, ' ').trim();
    return text.length <= MAX_LENGTH ? text : null;
  }
  return null;
}

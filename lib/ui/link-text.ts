/**
 * Whether a tel: link's text names the number the link dials. `<a href="tel:+19005550199">(415)
 * 555-0100</a>` reads as one number and calls another; the card then shows the link's target
 * (what a call would dial) and says the text differs.
 *
 * Compared by digits, without phone metadata (the content script has none): the text agrees when
 * its digits, without leading zeros (trunk prefix, IDD "00"), are the end of the target's digits
 * and miss at most a country code's 3 digits (national format), or the target's digits are the
 * end of the text's (an IDD like "011" before the country code). Text with too few digits to be a number ("Call", "Mobile") names no number
 * and so does not disagree.
 */

/** Fewer digits than this and the text is a label, not a number. */
const MIN_DIGITS = 7;

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** True when `text` reads as a phone number other than `e164` (with `ext`, if any). */
export function linkTextDiffers(text: string, e164: string, ext?: string): boolean {
  const shown = digitsOf(text);
  if (shown.length < MIN_DIGITS) return false;
  const target = digitsOf(e164);
  const candidates = ext ? [target + ext, target] : [target];
  const trimmed = shown.replace(/^0+/, '');
  return !candidates.some(
    (t) =>
      t === shown ||
      // The text must hold the whole national number: "555-0100" does not name +1 900 555 0100.
      (trimmed.length >= Math.max(MIN_DIGITS, t.length - 3) && t.endsWith(trimmed)) ||
      (shown.length > t.length && shown.endsWith(t) && shown.length - t.length <= 4),
  );
}

/**
 * Text from a page or a config shown next to a phone number must not be able to reorder it. The
 * Unicode bidirectional controls (embeddings, overrides, isolates, marks) change the visual order
 * of what follows them: "\u202E0010 555 514" is displayed as "415 555 0100". Shown text is
 * stripped of them here, and each piece is also rendered in its own isolate (`<bdi>` or
 * `unicode-bidi: isolate`), so right-to-left names stay readable without touching the numbers.
 */

/** LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI; LRM, RLM, ALM. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

export function hasBidiControls(text: string): boolean {
  BIDI_CONTROLS.lastIndex = 0;
  const found = BIDI_CONTROLS.test(text);
  BIDI_CONTROLS.lastIndex = 0;
  return found;
}

/**
 * Text for display: no bidi controls, whitespace collapsed, at most `max` characters (an
 * ellipsis marks the cut). Cutting by code points, so no surrogate pair is split.
 */
export function displayText(text: string, max = 120): string {
  const clean = stripBidiControls(text).replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

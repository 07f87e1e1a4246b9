/**
 * Where the CRM call card goes next to its number: under it, or over it near the bottom of the
 * viewport, always inside the viewport. Used by the content script's overlay
 * (entrypoints/content/overlay.ts) with the number's client rect and the card's measured size.
 */

/** Space between the number and the card, in CSS pixels. */
const GAP = 6;
/** The card keeps this far from the viewport's edges. */
const MARGIN = 8;

export function cardPosition(
  anchor: { left: number; top: number; bottom: number },
  card: { width: number; height: number },
  viewWidth: number,
  viewHeight: number,
): { left: number; top: number } {
  const left = Math.max(MARGIN, Math.min(anchor.left, viewWidth - card.width - MARGIN));
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - card.height;
  const fitsBelow = below + card.height <= viewHeight - MARGIN;
  const preferred = fitsBelow || above < MARGIN ? below : above;
  // Never off screen, even when the number itself has scrolled to an edge.
  const top = Math.max(MARGIN, Math.min(preferred, viewHeight - card.height - MARGIN));
  return { left: Math.round(left), top: Math.round(top) };
}

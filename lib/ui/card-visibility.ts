/**
 * Whether Ringside's call card is really on screen when its Call button is clicked. A page cannot
 * reach into the card (a closed shadow root), but it can restyle what contains it: make the host
 * or <html> transparent, filter, clip, mask, shrink or cover it, so that a click aimed at the
 * page lands on an invisible Call button. A click only calls when the card was visibly rendered:
 * every layer above it is opaque and unfiltered, the click point hits the card, and (where the
 * browser can tell, Chromium's IntersectionObserver `trackVisibility`) nothing covers it. A card
 * that the page hid or covered and then showed again, or that moved or changed its number under
 * the pointer, must then stay put and visible for a moment, long enough to be read, so that it
 * cannot be flashed in under a click. A card that simply opened on the agent's hover, focus or
 * shortcut needs no wait: a page cannot open it (it takes only real events).
 *
 * Pure: entrypoints/content/visibility.ts gathers the facts from the page.
 */

/** Computed styles of one layer: the card's host, then each ancestor up to <html>. */
export interface LayerStyle {
  opacity: string;
  visibility: string;
  filter: string;
  clipPath: string;
  mask: string;
  transform: string;
  mixBlendMode: string;
  zoom: string;
}

export interface CardVisibilityFacts {
  now: number;
  /** The host is still where Ringside put it (a child of <html>). */
  attached: boolean;
  layers: readonly LayerStyle[];
  /** `checkVisibility({opacityProperty, visibilityProperty, contentVisibilityAuto})` of the card. */
  checkVisibility: boolean;
  /** The element at the click point (or the button's centre, for a key press) is the card's host. */
  hit: boolean;
  /**
   * The browser's own verdict, where it gives one: since when (same clock as `now`) the card has
   * been continuously visible and uncovered, or null when it is not. Undefined when unsupported.
   */
  visibleSince?: number | null;
  /** The browser has not yet reported on the card since it was shown (a frame or two). */
  pending?: boolean;
  /** The browser reported the card hidden or covered at some point after it was shown. */
  reappeared?: boolean;
  /** When the card last moved or changed its number while on screen (null: not since shown). */
  changedAt?: number | null;
}

/** How long a card that reappeared, moved or changed must stay put before its button calls. */
export const MIN_VISIBLE_MS = 400;

/** Opacity below this, on any layer or in product, counts as hidden. */
const MIN_OPACITY = 0.95;
const MIN_ZOOM = 0.5;

export const HIDDEN_MESSAGE =
  'The page hid or covered this card, so Ringside did not call. Call from the side panel instead.';
export const TOO_SOON_MESSAGE = 'The card had only just appeared: click Call again to call.';

/** A transform that only moves (or does not change) what it applies to. */
function isMoveOnly(transform: string): boolean {
  if (!transform || transform === 'none') return true;
  const m = /^matrix\(([^)]*)\)$/.exec(transform.trim());
  if (!m) return false;
  const [a, b, c, d] = m[1]!.split(',').map((n) => Number(n.trim()));
  return a === 1 && b === 0 && c === 0 && d === 1;
}

/** What hides a layer, or null when it shows its content as it is. */
export function layerProblem(layer: LayerStyle): string | null {
  const opacity = Number(layer.opacity);
  if (!(opacity >= MIN_OPACITY)) return `opacity ${layer.opacity}`;
  if (layer.visibility !== 'visible') return `visibility ${layer.visibility}`;
  if (layer.filter && layer.filter !== 'none') return `filter ${layer.filter}`;
  if (layer.clipPath && layer.clipPath !== 'none') return `clip-path ${layer.clipPath}`;
  if (layer.mask && layer.mask !== 'none') return `mask ${layer.mask}`;
  if (!isMoveOnly(layer.transform)) return `transform ${layer.transform}`;
  if (layer.mixBlendMode && layer.mixBlendMode !== 'normal')
    return `mix-blend-mode ${layer.mixBlendMode}`;
  const zoom = Number(layer.zoom || '1');
  if (!(zoom >= MIN_ZOOM)) return `zoom ${layer.zoom}`;
  return null;
}

export type CardVisibility =
  { ok: true } | { ok: false; reason: 'hidden' | 'too-soon'; detail: string; message: string };

export function judgeCardVisibility(facts: CardVisibilityFacts): CardVisibility {
  const hidden = (detail: string): CardVisibility => ({
    ok: false,
    reason: 'hidden',
    detail,
    message: HIDDEN_MESSAGE,
  });
  if (!facts.attached) return hidden('the card was moved by the page');
  if (!facts.checkVisibility) return hidden('the card is not rendered');
  let product = 1;
  for (const layer of facts.layers) {
    const problem = layerProblem(layer);
    if (problem) return hidden(problem);
    product *= Number(layer.opacity);
  }
  if (product < MIN_OPACITY) return hidden(`combined opacity ${product}`);
  if (!facts.hit) return hidden('something else is at the click point');
  if (facts.pending) {
    return { ok: false, reason: 'too-soon', detail: 'not yet reported', message: TOO_SOON_MESSAGE };
  }
  if (facts.visibleSince === null) return hidden('the browser reports the card covered or faded');
  const settling = [
    facts.reappeared && facts.visibleSince !== undefined ? facts.visibleSince : null,
    facts.changedAt ?? null,
  ].filter((t): t is number => t !== null);
  const since = settling.length ? Math.max(...settling) : null;
  if (since !== null && facts.now - since < MIN_VISIBLE_MS) {
    return {
      ok: false,
      reason: 'too-soon',
      detail: `settled for ${Math.round(facts.now - since)} ms`,
      message: TOO_SOON_MESSAGE,
    };
  }
  return { ok: true };
}

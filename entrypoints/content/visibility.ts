/**
 * The facts lib/ui/card-visibility.ts judges, read from the page at the moment of a click: the
 * computed styles of the card's host and its ancestors, `checkVisibility`, what is at the click
 * point, and Chromium's IntersectionObserver v2 (`trackVisibility`), which reports a target as
 * not visible when anything paints over it or an ancestor (or a parent frame) fades, filters or
 * distorts it. Firefox has no `trackVisibility`; there the style and hit checks stand alone.
 */
import type { CardVisibilityFacts, LayerStyle } from '../../lib/ui/card-visibility';

/** IntersectionObserver v2 fields, not yet in TypeScript's DOM types. */
type TrackingInit = IntersectionObserverInit & { trackVisibility: boolean; delay: number };
type TrackedEntry = IntersectionObserverEntry & { isVisible?: boolean };

const supportsTracking =
  typeof IntersectionObserverEntry !== 'undefined' &&
  'isVisible' in IntersectionObserverEntry.prototype;

function layerStyle(el: Element): LayerStyle {
  const s = getComputedStyle(el);
  return {
    opacity: s.opacity,
    visibility: s.visibility,
    filter: s.filter,
    clipPath: s.clipPath,
    mask: s.getPropertyValue('mask') || s.getPropertyValue('mask-image'),
    transform: s.transform,
    mixBlendMode: s.mixBlendMode,
    zoom: s.getPropertyValue('zoom') || '1',
  };
}

export class CardVisibilityWatch {
  private observer: IntersectionObserver | null = null;
  /** performance.now() when the card last became visible and uncovered; null when it is not. */
  private since: number | null = null;
  /** Reported hidden or covered since it was last shown. */
  private reappeared = false;
  /** performance.now() when the card last moved or changed number while shown. */
  private changedAt: number | null = null;
  private shownNow = false;
  /** The browser has reported on the card since it was last shown. */
  private reported = false;

  constructor(private readonly card: Element) {
    if (!supportsTracking) return;
    const init: TrackingInit = { trackVisibility: true, delay: 100, threshold: [0, 1] };
    this.observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1] as TrackedEntry | undefined;
      if (!entry) return;
      const visible = entry.isIntersecting && entry.isVisible === true;
      if (this.shownNow) this.reported = true;
      if (!visible) {
        this.since = null;
        if (this.shownNow) this.reappeared = true;
      } else this.since ??= entry.time;
    }, init);
    this.observer.observe(card);
  }

  /** The card was just shown (it was hidden). */
  shown(): void {
    this.shownNow = true;
    this.reported = false;
    this.reappeared = false;
    this.changedAt = null;
  }

  /** The card, on screen, moved or now shows another number. */
  changed(): void {
    this.changedAt = performance.now();
  }

  /** The card was hidden. */
  hidden(): void {
    this.shownNow = false;
    this.since = null;
  }

  /** `point`: where the click was, in viewport coordinates (a key press: the button's centre). */
  facts(host: Element, point: { x: number; y: number }): CardVisibilityFacts {
    const doc = host.ownerDocument;
    const layers: LayerStyle[] = [];
    for (let el: Element | null = host; el; el = el.parentElement) layers.push(layerStyle(el));
    const checkVisibility =
      typeof this.card.checkVisibility !== 'function' ||
      this.card.checkVisibility({
        opacityProperty: true,
        visibilityProperty: true,
        contentVisibilityAuto: true,
      });
    return {
      now: performance.now(),
      attached: host.parentNode === doc.documentElement,
      layers,
      checkVisibility,
      hit: doc.elementFromPoint(point.x, point.y) === host,
      ...(this.observer
        ? { visibleSince: this.since, reappeared: this.reappeared, pending: !this.reported }
        : {}),
      changedAt: this.changedAt,
    };
  }

  dispose(): void {
    this.observer?.disconnect();
  }
}

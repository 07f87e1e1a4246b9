/**
 * The numbers on the page and how they are marked: a live Range per number, painted through one
 * CSS Custom Highlight (`ringside-phone`), kept in step with the page by the registry. Nothing is
 * written into the page's nodes.
 *
 * Only numbers near the viewport are in the highlight. Chromium re-applies every range of the
 * registry on any change to it, so a highlight of 4,000 ranges costs ~15 ms of paint work per
 * changed frame (and ~50 ms at worst while a big page is scanned), where one of the ~100 ranges
 * on screen costs under 1 ms. An IntersectionObserver on the containers of the marks (a cell, a
 * field) adds their ranges as they come within half a screen of the viewport and takes them out
 * when they leave. Ranges exist for every mark regardless: hover and the keyboard use them.
 */
import { MatchRegistry } from '../../lib/detect';
import type { Detected } from '../../lib/detect';

export const HIGHLIGHT = 'ringside-phone';
export const ACTIVE_HIGHLIGHT = 'ringside-phone-active';
/** How far outside the viewport numbers are already painted, so scrolling shows them marked. */
const PAINT_MARGIN = '50% 0px';

export interface Mark {
  match: Detected;
  /** The marked text (a link's whole content); null for an input, whose text no range reaches. */
  range: Range | null;
  /** The link or input carrying the number; null for text. */
  element: Element | null;
  container: Node;
}

type HighlightLike = {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
};

function createHighlight(name: string, priority: number): HighlightLike | null {
  if (typeof Highlight !== 'function' || typeof CSS === 'undefined' || !CSS.highlights) return null;
  const highlight = new Highlight();
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
  return highlight;
}

interface Area {
  marks: Set<Mark>;
  /** Near the viewport: its marks are in the highlight. */
  near: boolean;
}

export class Marks {
  readonly registry: MatchRegistry<Mark>;
  private readonly highlight = createHighlight(HIGHLIGHT, 0);
  private readonly activeHighlight = createHighlight(ACTIVE_HIGHLIGHT, 1);
  private readonly areas = new Map<Node, Area>();
  private readonly observer: IntersectionObserver | null;
  private active: Mark | null = null;
  /** Called when a mark leaves the page (its container was rescanned or removed). */
  readonly onReleaseHooks: Array<(mark: Mark) => void> = [];

  constructor() {
    this.registry = new MatchRegistry<Mark>(
      (match, container) => this.make(match, container),
      (mark) => this.release(mark),
    );
    this.observer =
      this.highlight && typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => this.onIntersection(entries), {
            rootMargin: PAINT_MARGIN,
          })
        : null;
  }

  private make(match: Detected, container: Node): Mark {
    const place = match.place;
    let mark: Mark;
    if (place.kind === 'text') {
      const range = new Range();
      range.setStart(place.startNode, place.startOffset);
      range.setEnd(place.endNode, place.endOffset);
      mark = { match, range, element: null, container };
    } else if (match.source === 'input') {
      mark = { match, range: null, element: place.element, container };
    } else {
      const range = new Range();
      range.selectNodeContents(place.element);
      mark = { match, range, element: place.element, container };
    }
    if (mark.range) this.track(mark);
    return mark;
  }

  private track(mark: Mark): void {
    let area = this.areas.get(mark.container);
    if (!area) {
      // Shadow roots and documents have no box to observe: always painted.
      const observable = this.observer && mark.container instanceof Element;
      area = { marks: new Set(), near: !observable };
      this.areas.set(mark.container, area);
      if (observable) this.observer!.observe(mark.container as Element);
    }
    area.marks.add(mark);
    if (area.near) this.highlight?.add(mark.range!);
  }

  private onIntersection(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const area = this.areas.get(entry.target);
      if (!area || area.near === entry.isIntersecting) continue;
      area.near = entry.isIntersecting;
      for (const mark of area.marks) {
        if (area.near) this.highlight?.add(mark.range!);
        else this.highlight?.delete(mark.range!);
      }
    }
  }

  private release(mark: Mark): void {
    if (mark.range) {
      this.highlight?.delete(mark.range);
      const area = this.areas.get(mark.container);
      if (area) {
        area.marks.delete(mark);
        if (area.marks.size === 0) {
          this.areas.delete(mark.container);
          if (mark.container instanceof Element) this.observer?.unobserve(mark.container);
        }
      }
    }
    if (this.active === mark) this.setActive(null);
    for (const hook of this.onReleaseHooks) hook(mark);
  }

  /** Shows one mark as the one the card is about. */
  setActive(mark: Mark | null): void {
    if (this.active === mark) return;
    this.activeHighlight?.clear();
    this.active = mark;
    if (mark?.range) this.activeHighlight?.add(mark.range);
  }

  /** Removes the highlights from the page (the content script is shutting down). */
  dispose(): void {
    this.registry.clear();
    this.observer?.disconnect();
    if (typeof CSS !== 'undefined' && CSS.highlights) {
      CSS.highlights.delete(HIGHLIGHT);
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    }
  }

  /** Where a mark is on screen (viewport coordinates). */
  static rects(mark: Mark): DOMRect[] {
    if (mark.range) {
      const rects = Array.from(mark.range.getClientRects()).filter(
        (r) => r.width > 0 || r.height > 0,
      );
      if (rects.length) return rects;
    }
    return mark.element ? [mark.element.getBoundingClientRect()] : [];
  }

  /** The mark's node that stands for it in document order and focus. */
  static node(mark: Mark): Node {
    if (mark.element) return mark.element;
    const place = mark.match.place;
    return place.kind === 'text' ? place.startNode : place.element;
  }
}

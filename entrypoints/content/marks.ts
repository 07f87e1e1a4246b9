/**
 * The numbers on the page and how they are marked: a Range per number in one CSS Custom
 * Highlight (`ringside-phone`), kept in step with the page by the registry. Ranges are live, so
 * they follow the page's edits; nothing is written into the page's nodes.
 */
import { MatchRegistry } from '../../lib/detect';
import type { Detected } from '../../lib/detect';

export const HIGHLIGHT = 'ringside-phone';
export const ACTIVE_HIGHLIGHT = 'ringside-phone-active';

export interface Mark {
  match: Detected;
  /** The marked text (a link's whole content); null for an input, whose text no range reaches. */
  range: Range | null;
  /** The link or input carrying the number; null for text. */
  element: Element | null;
}

type HighlightLike = {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
};

function createHighlight(name: string, priority: number): HighlightLike | null {
  if (typeof Highlight !== 'function' || !CSS.highlights) return null;
  const highlight = new Highlight();
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
  return highlight;
}

export class Marks {
  readonly registry: MatchRegistry<Mark>;
  private readonly highlight = createHighlight(HIGHLIGHT, 0);
  private readonly activeHighlight = createHighlight(ACTIVE_HIGHLIGHT, 1);
  private active: Mark | null = null;
  /** Called when a mark leaves the page (its container was rescanned or removed). */
  readonly onReleaseHooks: Array<(mark: Mark) => void> = [];

  constructor() {
    this.registry = new MatchRegistry<Mark>(
      (match) => this.make(match),
      (mark) => this.release(mark),
    );
  }

  private make(match: Detected): Mark {
    const place = match.place;
    if (place.kind === 'text') {
      const range = new Range();
      range.setStart(place.startNode, place.startOffset);
      range.setEnd(place.endNode, place.endOffset);
      this.highlight?.add(range);
      return { match, range, element: null };
    }
    const element = place.element;
    if (match.source === 'input') return { match, range: null, element };
    const range = new Range();
    range.selectNodeContents(element);
    this.highlight?.add(range);
    return { match, range, element };
  }

  private release(mark: Mark): void {
    if (mark.range) this.highlight?.delete(mark.range);
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

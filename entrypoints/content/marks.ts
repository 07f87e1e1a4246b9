/**
 * The numbers on the page and how they are marked: a live Range per number, painted through one
 * CSS Custom Highlight (`ringside-phone`), kept in step with the page by the registry. Nothing is
 * written into the page's nodes.
 *
 * Only numbers near the viewport are in the highlight: Chromium re-applies every range of a
 * highlight on any change to it, so one of 4,000 ranges costs ~15 ms of paint work per changed
 * frame where one of the ~100 on screen costs under 1 ms. lib/detect/paint-runs.ts decides which
 * are near with one IntersectionObserver watching two elements per run of containers (not one
 * per container) of the groups of runs that a second, wider observer finds near the viewport, and
 * its changes are applied once per animation frame, a run that left the viewport being unpainted
 * with the next one painted (each change repaints the page's visible area). Ranges exist for every
 * mark regardless: hover and the keyboard use them.
 */
import { MatchRegistry } from '../../lib/detect';
import { boxOf } from '../../lib/detect/dom';
import type { Detected } from '../../lib/detect';
import { LazyRange } from '../../lib/detect/lazy-range';
import {
  edgeStateOf,
  GROUP_RUNS,
  inOneFlow,
  KEEP_RUNS,
  PaintRuns,
} from '../../lib/detect/paint-runs';
import { ScrollPace } from '../../lib/detect/scroll-pace';

export const HIGHLIGHT = 'ringside-phone';
export const ACTIVE_HIGHLIGHT = 'ringside-phone-active';
/** How far outside the viewport numbers are already painted, so scrolling shows them marked. */
const PAINT_MARGIN = '50% 0px';
/**
 * How far outside the viewport a group of runs has its runs' edges watched (PaintRuns' outer
 * observer): well beyond PAINT_MARGIN, so a group is watched a few frames before any of its
 * numbers has to be painted.
 */
const GROUP_MARGIN = '200% 0px';

export class Mark {
  /**
   * Its Range, made while painted or asked for, else let go (lib/detect/lazy-range.ts); null for
   * an input, whose text no range reaches.
   */
  readonly lazy: LazyRange | null;
  /** Its Range is in the page's highlight now. */
  lit = false;

  constructor(
    readonly match: Detected,
    /** The link or input carrying the number; null for text. */
    readonly element: Element | null,
    readonly container: Node,
  ) {
    this.lazy = match.source === 'input' ? null : new LazyRange(match.place);
  }

  /**
   * The marked text (a link's whole content) as a live Range, made when first asked for; null
   * for an input or a place the page has changed since the scan.
   */
  get range(): Range | null {
    return this.lazy?.get() ?? null;
  }
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

export class Marks {
  readonly registry: MatchRegistry<Mark>;
  private readonly highlight = createHighlight(HIGHLIGHT, 0);
  private readonly activeHighlight = createHighlight(ACTIVE_HIGHLIGHT, 1);
  private readonly observer: IntersectionObserver | null;
  private readonly groupObserver: IntersectionObserver | null;
  private readonly painted: PaintRuns<Mark>;
  private frame = 0;
  /** A timer while changes wait for a fast scroll to slow down (lib/detect/scroll-pace.ts). */
  private held = 0;
  private readonly pace = new ScrollPace();
  private active: Mark | null = null;
  /** Called when a mark leaves the page (its container was rescanned or removed). */
  readonly onReleaseHooks: Array<(mark: Mark) => void> = [];

  constructor() {
    this.registry = new MatchRegistry<Mark>(
      (match, container) => this.make(match, container),
      (mark) => this.release(mark),
    );
    const highlight = this.highlight;
    this.observer =
      highlight && typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(
            (entries) => {
              for (const entry of entries) this.painted.report(entry.target, edgeStateOf(entry));
            },
            { rootMargin: PAINT_MARGIN },
          )
        : null;
    this.groupObserver = this.observer
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) this.painted.reportOuter(entry.target, edgeStateOf(entry));
          },
          { rootMargin: GROUP_MARGIN },
        )
      : null;
    const observer = this.observer;
    const groupObserver = this.groupObserver;
    this.painted = new PaintRuns<Mark>(
      {
        // Only called with a highlight (marks are painted only then).
        add: (mark) => {
          const range = mark.range;
          if (range) highlight!.add(range);
          mark.lit = !!range;
        },
        delete: (mark) => {
          const range = mark.lazy?.current;
          if (range && mark.lit) highlight!.delete(range);
          mark.lit = false;
          // The card's number keeps its Range (the card's own highlight and position use it).
          if (mark !== this.active) mark.lazy?.drop();
        },
      },
      observer && {
        watch: (element) => observer.observe(element),
        unwatch: (element) => observer.unobserve(element),
      },
      { follows, box: boxOf },
      () => this.schedule(),
      groupObserver && {
        watch: (element) => groupObserver.observe(element),
        unwatch: (element) => groupObserver.unobserve(element),
      },
      GROUP_RUNS,
      // Every change to the highlight repaints the page's visible area: a run that left waits
      // to be unpainted with the next one painted (one change per run scrolled past, not two).
      KEEP_RUNS,
    );
  }

  private make(match: Detected, container: Node): Mark {
    const place = match.place;
    const mark = new Mark(match, place.kind === 'text' ? null : place.element, container);
    if (mark.lazy && this.highlight) this.painted.add(container, mark);
    return mark;
  }

  /**
   * Highlight changes wait for the next frame, and go in as one batch; while the page is scrolled
   * fast they wait until it slows down (each change repaints the page).
   */
  private schedule(): void {
    if (this.frame || this.held || !this.highlight) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const wait = this.pace.wait(performance.now());
      if (wait > 0) {
        this.held = window.setTimeout(() => {
          this.held = 0;
          this.schedule();
        }, wait);
        return;
      }
      this.painted.flush();
    });
  }

  /** A scroller moved by `screens` of its own size (see ScrollJumps' `step`). */
  scrolled(screens: number): void {
    this.pace.add(performance.now(), screens);
  }

  /** The page or a scroller jumped by more than a screen: every run's place is asked again. */
  jumped(): void {
    this.painted.refreshAll();
  }

  /** Elements the observers watch now (two per group, two per run near the viewport). */
  get watched(): number {
    return this.painted.watched;
  }

  private release(mark: Mark): void {
    if (mark.lazy && this.highlight) this.painted.delete(mark.container, mark);
    if (this.active === mark) this.setActive(null);
    // A painted one leaves the highlight with the next flush, which lets its Range go.
    if (!mark.lit) mark.lazy?.drop();
    for (const hook of this.onReleaseHooks) hook(mark);
  }

  /** Shows one mark as the one the card is about. */
  setActive(mark: Mark | null): void {
    if (this.active === mark) return;
    this.activeHighlight?.clear();
    // The card's number before this one keeps its Range only while it is painted.
    const previous = this.active;
    this.active = mark;
    if (previous && !previous.lit) previous.lazy?.drop();
    const range = mark?.range;
    if (range) this.activeHighlight?.add(range);
  }

  /** Removes the highlights from the page (the content script is shutting down). */
  dispose(): void {
    this.registry.clear();
    this.painted.clear();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.held);
    this.observer?.disconnect();
    this.groupObserver?.disconnect();
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

/** Elements positioned on their own, looked up once each (an element's style rarely changes). */
const positionedCache = new WeakMap<Element, boolean>();
function positioned(element: Element): boolean {
  let known = positionedCache.get(element);
  if (known === undefined) {
    const position = getComputedStyle(element).position;
    known = position === 'sticky' || position === 'fixed' || position === 'absolute';
    positionedCache.set(element, known);
  }
  return known;
}

/** `b` comes after `a` in the page and in the same flow (a run never spans shadow roots). */
function follows(a: Element, b: Element): boolean {
  return inOneFlow(a, b, positioned);
}

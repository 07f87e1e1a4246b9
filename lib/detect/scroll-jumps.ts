/**
 * Tells when a scroller (the page, or an element that scrolls) jumped: moved by more than its own
 * visible size between two frames. An IntersectionObserver reports only crossings, so an element
 * that jumped from below the viewport to above it without ever crossing it still reads "below";
 * after a jump, the paint runs (paint-runs.ts) ask the observer where each of their edges is.
 */
export interface ScrollPosition {
  x: number;
  y: number;
  /** The scroller's visible size. */
  width: number;
  height: number;
}

export class ScrollJumps<K extends object> {
  private readonly at = new WeakMap<K, { x: number; y: number }>();

  /**
   * Records where `scroller` is now; true when it moved by more than its visible width or height
   * since it was last recorded (a scroller seen for the first time is compared with 0, 0, where
   * scrollers start).
   */
  moved(scroller: K, now: ScrollPosition): boolean {
    const before = this.at.get(scroller) ?? { x: 0, y: 0 };
    this.at.set(scroller, { x: now.x, y: now.y });
    return Math.abs(now.y - before.y) > now.height || Math.abs(now.x - before.x) > now.width;
  }
}

/**
 * How far a scroller (the page, or an element that scrolls) moved between two of its scroll
 * events, in screens of its own size, which tells when it jumped: moved by more than its own
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
   * Records where `scroller` is now; how far it moved since it was last recorded, in screens of
   * its own visible size (the larger of the two directions). A scroller seen for the first time
   * is compared with 0, 0, where scrollers start; one with no size moved 0 or infinitely far.
   */
  step(scroller: K, now: ScrollPosition): number {
    const before = this.at.get(scroller) ?? { x: 0, y: 0 };
    this.at.set(scroller, { x: now.x, y: now.y });
    const screens = (d: number, size: number) => (d === 0 ? 0 : d / size);
    return Math.max(
      screens(Math.abs(now.y - before.y), now.height),
      screens(Math.abs(now.x - before.x), now.width),
    );
  }
}

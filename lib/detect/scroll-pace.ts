/**
 * Tells when the page is being scrolled fast, so the paint runs (paint-runs.ts) can hold their
 * changes to the highlight until it slows down or stops.
 *
 * Every change to the page's CSS highlight makes Chromium repaint the page (~15–25 ms of CPU on a
 * 10,000-row list, a dropped frame; more on longer pages), and a steady scroll brings a new run
 * of numbers near the viewport every few screens. At reading speed that is one dropped frame
 * every few seconds. In a fast scroll (a fling, a dragged scrollbar: several screens a second)
 * it is one every fraction of a second, while nobody can read a number going by: there the
 * changes wait, and the numbers on screen are painted in one change once the scroll is slower
 * than `FAST_SCREENS_PER_SECOND` or has stopped for `SETTLE_MS`.
 *
 * A jump (more than a screen at once: End, a search, a restored position) is not a fast scroll:
 * it is over when it is seen, and what it shows is painted at once.
 */

/** Faster than this (screens of the scroller's own height per second) counts as fast. */
export const FAST_SCREENS_PER_SECOND = 1.5;
/** The scroll's speed is measured over this much of its recent past (ms). */
export const PACE_WINDOW_MS = 200;
/** How long after the last fast scroll event changes wait (ms): a frame or six. */
export const SETTLE_MS = 100;

export class ScrollPace {
  private steps: Array<{ at: number; screens: number }> = [];
  private fastUntil = -Infinity;

  /**
   * A scroll event at `at` (ms) that moved a scroller by `screens` of its own size (ScrollJumps'
   * `step`). Steps of more than a screen are jumps and do not count.
   */
  add(at: number, screens: number): void {
    if (!(screens > 0) || screens > 1) return;
    const from = at - PACE_WINDOW_MS;
    this.steps = this.steps.filter((s) => s.at > from);
    this.steps.push({ at, screens });
    const moved = this.steps.reduce((n, s) => n + s.screens, 0);
    if (moved / (PACE_WINDOW_MS / 1000) > FAST_SCREENS_PER_SECOND) this.fastUntil = at + SETTLE_MS;
  }

  /** How long (ms) changes to the highlight should still wait at `now`; 0 to apply them. */
  wait(now: number): number {
    return Math.max(0, this.fastUntil - now);
  }
}

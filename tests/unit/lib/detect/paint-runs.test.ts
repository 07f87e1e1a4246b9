import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeStateOf, PaintRuns, RUN_SIZE } from '../../../../lib/detect/paint-runs';

/**
 * A page of `n` containers stacked top to bottom (container i at y = i * 20, 20 px high), in
 * document order, and a viewport [top, top + height). The observer behaves as an
 * IntersectionObserver does: it reports an element once when first watched (watching it again
 * does nothing), then only when it crosses into or out of the viewport.
 */
class FakePage {
  readonly containers: Element[];
  readonly watched = new Set<Element>();
  private readonly fresh = new Set<Element>();
  private readonly inside = new Map<Element, boolean>();
  readonly painted = new Set<string>();
  private top = 0;
  private height = 700;
  constructor(n: number) {
    this.containers = Array.from(
      { length: n },
      (_, i) => ({ id: i, nodeType: 1 }) as unknown as Element,
    );
  }
  index(el: Element): number {
    return (el as unknown as { id: number }).id;
  }
  runs(): PaintRuns<string> {
    return new PaintRuns<string>(
      { add: (m) => this.painted.add(m), delete: (m) => this.painted.delete(m) },
      {
        watch: (el) => {
          if (this.watched.has(el)) return;
          this.watched.add(el);
          this.fresh.add(el);
        },
        unwatch: (el) => {
          this.watched.delete(el);
          this.fresh.delete(el);
          this.inside.delete(el);
        },
      },
      (a, b) => this.index(b) > this.index(a),
    );
  }
  private entry(el: Element) {
    const y = this.index(el) * 20 - this.top;
    return {
      isIntersecting: y + 20 > 0 && y < this.height,
      boundingClientRect: { top: y, bottom: y + 20, width: 100, height: 20 },
      rootBounds: { top: 0, bottom: this.height },
    };
  }
  /** Delivers what the observer would report now, then applies the frame's changes. */
  deliver(runs: PaintRuns<string>): void {
    for (let round = 0; round < 3; round++) {
      for (const el of [...this.watched]) {
        const entry = this.entry(el);
        if (!this.fresh.has(el) && this.inside.get(el) === entry.isIntersecting) continue;
        this.fresh.delete(el);
        this.inside.set(el, entry.isIntersecting);
        runs.report(el, edgeStateOf(entry));
      }
      runs.flush();
    }
  }
  /** Scrolls as the content script sees it: a jump of more than a screen refreshes the runs. */
  scrollTo(runs: PaintRuns<string>, top: number, height: number): void {
    if (Math.abs(top - this.top) > height) runs.refreshAll();
    this.top = top;
    this.height = height;
    this.deliver(runs);
  }
}

const markOf = (i: number) => `m${i}`;

describe('PaintRuns', () => {
  it('watches two elements per run, not one per container', () => {
    const page = new FakePage(10_000);
    const runs = page.runs();
    page.containers.forEach((c, i) => runs.add(c, markOf(i)));
    runs.flush();
    expect(runs.runCount).toBe(Math.ceil(10_000 / RUN_SIZE));
    expect(page.watched.size).toBeLessThanOrEqual(2 * runs.runCount);
    expect(page.watched.size).toBeLessThan(10_000 / 20);
  });

  it('paints every number on screen and few others, wherever the page is scrolled', () => {
    const page = new FakePage(3_000);
    const runs = page.runs();
    page.containers.forEach((c, i) => runs.add(c, markOf(i)));
    runs.flush();
    // Nothing is painted before the observer has said where anything is.
    expect(page.painted.size).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000 * 20 }), (top) => {
        const height = 700;
        page.scrollTo(runs, top, height);
        for (let i = 0; i < 3_000; i++) {
          const onScreen = i * 20 + 20 > top && i * 20 < top + height;
          if (onScreen) expect(page.painted.has(markOf(i)), `row ${i} at ${top}`).toBe(true);
        }
        // Bounded by what is on screen: the visible rows plus at most two runs around them.
        expect(page.painted.size).toBeLessThanOrEqual(height / 20 + 2 + 2 * RUN_SIZE);
      }),
      { numRuns: 60, interruptAfterTimeLimit: 4000 },
    );
  });

  it('a container out of document order starts its own run and is painted when on screen', () => {
    const page = new FakePage(200);
    const runs = page.runs();
    for (let i = 100; i < 200; i++) runs.add(page.containers[i]!, markOf(i));
    // A later change in the middle of the page (a row rescanned after the first scan).
    runs.add(page.containers[5]!, markOf(5));
    runs.flush();
    page.scrollTo(runs, 0, 200);
    page.deliver(runs);
    expect(page.painted.has(markOf(5))).toBe(true);
    expect(page.painted.has(markOf(150))).toBe(false);
    page.scrollTo(runs, 150 * 20, 200);
    expect(page.painted.has(markOf(5))).toBe(false);
    expect(page.painted.has(markOf(150))).toBe(true);
  });

  it('takes a released number out of the highlight and re-picks a released edge', () => {
    const page = new FakePage(RUN_SIZE);
    const runs = page.runs();
    page.containers.forEach((c, i) => runs.add(c, markOf(i)));
    runs.flush();
    page.scrollTo(runs, 0, 400);
    expect(page.painted.has(markOf(0))).toBe(true);
    const first = page.containers[0]!;
    expect(page.watched.has(first)).toBe(true);
    runs.delete(first, markOf(0));
    runs.flush();
    expect(page.painted.has(markOf(0))).toBe(false);
    expect(page.watched.has(first)).toBe(false);
    expect(page.watched.has(page.containers[1]!)).toBe(true);
    // Every container gone: nothing watched, nothing painted.
    for (let i = 1; i < RUN_SIZE; i++) runs.delete(page.containers[i]!, markOf(i));
    runs.flush();
    expect(page.watched.size).toBe(0);
    expect(page.painted.size).toBe(0);
  });

  it('paints a run it cannot place (clipped by an inner scroller, detached)', () => {
    expect(
      edgeStateOf({
        isIntersecting: false,
        boundingClientRect: { top: 100, bottom: 120, width: 50, height: 20 },
        rootBounds: { top: 0, bottom: 700 },
      }),
    ).toBe('unknown');
    expect(
      edgeStateOf({
        isIntersecting: false,
        boundingClientRect: { top: 0, bottom: 0, width: 0, height: 0 },
        rootBounds: { top: 0, bottom: 700 },
      }),
    ).toBe('unknown');
    const page = new FakePage(10);
    const runs = page.runs();
    page.containers.forEach((c, i) => runs.add(c, markOf(i)));
    runs.flush();
    for (const el of page.watched) runs.report(el, 'unknown');
    runs.flush();
    expect(page.painted.size).toBe(10);
  });

  it('a container rescanned into another run is reported to that run', () => {
    const page = new FakePage(300);
    const runs = page.runs();
    // Rows 0-99 at first, in one scan; then row 50's container is rescanned (removed, found
    // again) while a later scan's run is open: it lands in a run of its own, still watched.
    for (let i = 0; i < 100; i++) runs.add(page.containers[i]!, markOf(i));
    runs.flush();
    page.scrollTo(runs, 0, 700);
    runs.closeRun();
    for (let i = 200; i < 210; i++) runs.add(page.containers[i]!, markOf(i));
    const row = page.containers[RUN_SIZE]!;
    runs.delete(row, markOf(RUN_SIZE));
    runs.add(row, markOf(RUN_SIZE));
    runs.flush();
    page.scrollTo(runs, RUN_SIZE * 20 - 100, 700);
    page.deliver(runs);
    expect(page.painted.has(markOf(RUN_SIZE))).toBe(true);
  });

  it('applies changes only on flush (once per frame)', () => {
    const page = new FakePage(10);
    const painted: string[] = [];
    const runs = new PaintRuns<string>(
      { add: (m) => painted.push(m), delete: () => {} },
      null,
      () => true,
    );
    page.containers.forEach((c, i) => runs.add(c, markOf(i)));
    expect(painted).toHaveLength(0);
    expect(runs.pending).toBe(true);
    runs.flush();
    // Without an observer everything is painted, once.
    expect(painted).toHaveLength(10);
    expect(runs.pending).toBe(false);
  });
});

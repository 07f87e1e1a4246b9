// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  edgeStateOf,
  inOneFlow,
  KEEP_RUNS,
  PaintRuns,
  RUN_SIZE,
} from '../../../../lib/detect/paint-runs';

/**
 * A page of `n` containers stacked top to bottom (container i at y = i * 20, 20 px high), in
 * document order, and a viewport [top, top + height). Containers listed in `sticky` stay at a
 * fixed place in the viewport whatever the scroll (a sticky side rail, a fixed bar); those in
 * `boxless` have no box (display: contents). The observer behaves as an IntersectionObserver
 * does: it reports an element once when first watched (watching it again does nothing), then only
 * when it crosses into or out of the viewport.
 */
class FakePage {
  readonly containers: Element[];
  readonly watched = new Set<Element>();
  private readonly fresh = new Set<Element>();
  private readonly inside = new Map<Element, boolean>();
  readonly painted = new Set<string>();
  /** Marks added to or deleted from the highlight so far. */
  paintOps = 0;
  private top = 0;
  private height = 700;
  /** Container index → its top in the viewport, whatever the scroll. */
  readonly sticky = new Map<number, number>();
  readonly boxless = new Set<number>();
  /** The outer observer (groups of runs): watched elements, and its band beyond the viewport. */
  readonly outerWatched = new Set<Element>();
  private readonly outerFresh = new Set<Element>();
  private readonly outerInside = new Map<Element, boolean>();
  outerMargin = 300;
  constructor(n: number) {
    this.containers = Array.from(
      { length: n },
      (_, i) => ({ id: i, nodeType: 1 }) as unknown as Element,
    );
  }
  index(el: Element): number {
    return (el as unknown as { id: number }).id;
  }
  /**
   * `groupRuns`: with an outer observer, groups of that many runs. `keepRuns`: runs that left the
   * viewport stay painted until the next run is painted, at most that many (the content script's
   * `KEEP_RUNS`).
   */
  runs(groupRuns?: number, keepRuns = 0): PaintRuns<string> {
    const outer =
      groupRuns === undefined
        ? null
        : {
            watch: (el: Element) => {
              if (this.outerWatched.has(el)) return;
              this.outerWatched.add(el);
              this.outerFresh.add(el);
            },
            unwatch: (el: Element) => {
              this.outerWatched.delete(el);
              this.outerFresh.delete(el);
              this.outerInside.delete(el);
            },
          };
    return new PaintRuns<string>(
      {
        add: (m) => (this.paintOps++, this.painted.add(m)),
        delete: (m) => (this.paintOps++, this.painted.delete(m)),
      },
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
      {
        // A sticky container is in a flow of its own (inOneFlow sees its position).
        follows: (a, b) =>
          this.index(b) > this.index(a) &&
          !this.sticky.has(this.index(a)) &&
          !this.sticky.has(this.index(b)),
        box: (el) => {
          if (this.boxless.has(this.index(el))) return null;
          const y = this.y(el);
          return { top: y, bottom: y + 20 };
        },
      },
      undefined,
      outer,
      groupRuns,
      keepRuns,
    );
  }
  /** Where a container is in the viewport now. */
  y(el: Element): number {
    return this.sticky.get(this.index(el)) ?? this.index(el) * 20 - this.top;
  }
  /** True when a container is (partly) in the viewport. */
  onScreen(i: number): boolean {
    const y = this.y(this.containers[i]!);
    return !this.boxless.has(i) && y + 20 > 0 && y < this.height;
  }
  private entry(el: Element, margin = 0) {
    if (this.boxless.has(this.index(el))) {
      return {
        isIntersecting: false,
        boundingClientRect: { top: 0, bottom: 0, width: 0, height: 0 },
        rootBounds: { top: -margin, bottom: this.height + margin },
      };
    }
    const y = this.y(el);
    return {
      isIntersecting: y + 20 > -margin && y < this.height + margin,
      boundingClientRect: { top: y, bottom: y + 20, width: 100, height: 20 },
      rootBounds: { top: -margin, bottom: this.height + margin },
    };
  }
  /** Delivers what the observer would report now, then applies the frame's changes. */
  deliver(runs: PaintRuns<string>): void {
    for (let round = 0; round < 3; round++) {
      for (const el of [...this.outerWatched]) {
        const entry = this.entry(el, this.outerMargin);
        if (!this.outerFresh.has(el) && this.outerInside.get(el) === entry.isIntersecting) continue;
        this.outerFresh.delete(el);
        this.outerInside.set(el, entry.isIntersecting);
        runs.reportOuter(el, edgeStateOf(entry));
      }
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

  it('with groups, watches run edges only near the viewport: bounded by the screen, not the page', () => {
    for (const n of [10_000, 50_000]) {
      const page = new FakePage(n);
      const runs = page.runs(32);
      page.containers.forEach((c, i) => runs.add(c, markOf(i)));
      page.scrollTo(runs, (n * 20) / 2, 700);
      expect(runs.groupCount).toBe(Math.ceil(n / (32 * RUN_SIZE)));
      expect(page.outerWatched.size).toBeLessThanOrEqual(2 * runs.groupCount);
      // The runs of at most the two groups around the viewport.
      expect(page.watched.size).toBeLessThanOrEqual(2 * 2 * 32);
      for (let i = 0; i < n; i++) {
        if (page.onScreen(i)) expect(page.painted.has(markOf(i))).toBe(true);
      }
    }
  });

  it('with groups, paints every number on screen wherever the page is scrolled or jumps', () => {
    const page = new FakePage(3_000);
    const runs = page.runs(3);
    page.containers.forEach((c, i) => runs.add(c, markOf(i)));
    runs.flush();
    expect(page.painted.size).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000 * 20 }), (top) => {
        page.scrollTo(runs, top, 700);
        for (let i = 0; i < 3_000; i++) {
          if (page.onScreen(i))
            expect(page.painted.has(markOf(i)), `row ${i} at ${top}`).toBe(true);
        }
        expect(page.painted.size).toBeLessThanOrEqual(700 / 20 + 2 + 2 * RUN_SIZE);
        // Watched: two per group, and the edges of runs in groups near the viewport.
        expect(page.watched.size).toBeLessThanOrEqual(2 * 3 * 3);
      }),
      { numRuns: 60, interruptAfterTimeLimit: 4000 },
    );
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
    for (let i = 200; i < 210; i++) runs.add(page.containers[i]!, markOf(i));
    const row = page.containers[RUN_SIZE]!;
    runs.delete(row, markOf(RUN_SIZE));
    runs.add(row, markOf(RUN_SIZE));
    runs.flush();
    page.scrollTo(runs, RUN_SIZE * 20 - 100, 700);
    page.deliver(runs);
    expect(page.painted.has(markOf(RUN_SIZE))).toBe(true);
  });

  it('a sticky element found after the rows (a side rail) is painted wherever the page is', () => {
    // The demo CRM's activity rail: after the list in document order, sticky at the top of the
    // viewport, so on screen while the rows found just before it are far below.
    const page = new FakePage(301);
    page.sticky.set(300, 120);
    const runs = page.runs();
    page.containers.forEach((c, i) => runs.add(c, markOf(i)));
    runs.flush();
    for (const top of [0, 2_000, 5_990, 3_000, 0]) {
      page.scrollTo(runs, top, 700);
      expect(page.painted.has(markOf(300)), `rail at scroll ${top}`).toBe(true);
    }
  });

  it('paints a run whose ends disagree with its order (first below, last on screen)', () => {
    const page = new FakePage(10);
    const runs = page.runs();
    page.containers.forEach((c, i) => runs.add(c, markOf(i)));
    runs.flush();
    const [first, last] = [page.containers[0]!, page.containers[9]!];
    runs.report(first, 'below');
    runs.report(last, 'near');
    runs.flush();
    expect(page.painted.size).toBe(10);
    runs.report(last, 'below');
    runs.flush();
    expect(page.painted.size).toBe(0);
    runs.report(first, 'above');
    runs.report(last, 'above');
    runs.flush();
    expect(page.painted.size).toBe(0);
  });

  it('a container without a box runs alone and is painted (it cannot be placed)', () => {
    const page = new FakePage(100);
    page.boxless.add(50);
    const runs = page.runs();
    page.containers.forEach((c, i) => runs.add(c, markOf(i)));
    runs.flush();
    page.scrollTo(runs, 0, 200);
    expect(page.painted.has(markOf(50))).toBe(true);
    // Rows 51 and on still form runs (two, not one per row), not painted so far from the screen.
    expect(runs.runCount).toBeLessThanOrEqual(4);
    expect(page.painted.has(markOf(99))).toBe(false);
  });

  it('after the first scan: a number added is painted, one removed is not, one changed swaps', () => {
    const page = new FakePage(400);
    const runs = page.runs();
    // The first scan found rows 0-399 except 10 and 300.
    page.containers.forEach((c, i) => i !== 10 && i !== 300 && runs.add(c, markOf(i)));
    runs.flush();
    page.scrollTo(runs, 0, 700);
    // Added by the page later in one frame (a rescan of each new row): one on screen, one far
    // below it, too far apart to share a run.
    runs.add(page.containers[10]!, markOf(10));
    runs.add(page.containers[300]!, markOf(300));
    page.deliver(runs);
    expect(page.painted.has(markOf(10))).toBe(true);
    expect(page.painted.has(markOf(300))).toBe(false);
    // Removed: row 5 leaves the page.
    runs.delete(page.containers[5]!, markOf(5));
    // Changed text: row 6's container is rescanned, its old number released, the new one found.
    runs.delete(page.containers[6]!, markOf(6));
    runs.add(page.containers[6]!, 'm6-new');
    page.deliver(runs);
    expect(page.painted.has(markOf(5))).toBe(false);
    expect(page.painted.has(markOf(6))).toBe(false);
    expect(page.painted.has('m6-new')).toBe(true);
    // The added row far below is painted once scrolled to.
    page.scrollTo(runs, 300 * 20 - 100, 700);
    expect(page.painted.has(markOf(300))).toBe(true);
    expect(page.painted.has(markOf(10))).toBe(false);
  });

  it.each([
    ['every run watched', undefined, 0],
    ['groups of two runs behind a wider observer', 2, 0],
    ['runs that left kept painted until the next is painted', 2, KEEP_RUNS],
  ])(
    'whatever is added, removed and scrolled, every number on screen is painted (%s)',
    (_, groupRuns, keepRuns) => {
      const n = 600;
      fc.assert(
        fc.property(
          fc.array(
            fc.oneof(
              fc.record({ kind: fc.constant('add' as const), i: fc.nat(n - 1) }),
              fc.record({ kind: fc.constant('delete' as const), i: fc.nat(n - 1) }),
              fc.record({ kind: fc.constant('scroll' as const), top: fc.nat(n * 20) }),
            ),
            { maxLength: 60 },
          ),
          fc.array(fc.nat(n - 1), { maxLength: 5 }),
          (steps, stickies) => {
            const page = new FakePage(n);
            for (const i of stickies) page.sticky.set(i, (i * 7) % 600);
            const runs = page.runs(groupRuns, keepRuns);
            const present = new Set<number>();
            for (let i = 0; i < n; i += 2) {
              runs.add(page.containers[i]!, markOf(i));
              present.add(i);
            }
            page.deliver(runs);
            for (const step of steps) {
              if (step.kind === 'scroll') page.scrollTo(runs, step.top, 700);
              else if (step.kind === 'add' && !present.has(step.i)) {
                runs.add(page.containers[step.i]!, markOf(step.i));
                present.add(step.i);
              } else if (step.kind === 'delete' && present.delete(step.i)) {
                runs.delete(page.containers[step.i]!, markOf(step.i));
              }
              page.deliver(runs);
              for (const i of present) {
                if (page.onScreen(i)) expect(page.painted.has(markOf(i)), `row ${i}`).toBe(true);
              }
              for (const mark of page.painted)
                expect(present.has(Number(mark.slice(1)))).toBe(true);
            }
            expect(page.watched.size).toBeLessThanOrEqual(2 * runs.runCount);
            expect(page.outerWatched.size).toBeLessThanOrEqual(2 * runs.groupCount);
          },
        ),
        { numRuns: 150, interruptAfterTimeLimit: 4000 },
      );
    },
  );

  it('containers found a few per frame (as the scan finds them) go on in the last run', () => {
    const n = 10 * RUN_SIZE;
    const page = new FakePage(n);
    const runs = page.runs(32, KEEP_RUNS);
    // 20 containers per frame, the page scrolled to where the scan is now.
    for (let from = 0; from < n; from += 20) {
      for (let i = from; i < from + 20; i++) runs.add(page.containers[i]!, markOf(i));
      page.scrollTo(runs, Math.max(0, from * 20 - 300), 700);
      for (let i = 0; i < from + 20; i++)
        if (page.onScreen(i)) expect(page.painted.has(markOf(i)), `row ${i}`).toBe(true);
    }
    expect(runs.runCount).toBe(n / RUN_SIZE);
    // Scrolled back up: what is on screen is painted, what is far is not.
    page.scrollTo(runs, 0, 700);
    for (let i = 0; i < n; i++)
      if (page.onScreen(i)) expect(page.painted.has(markOf(i))).toBe(true);
    expect(page.painted.has(markOf(n - 1))).toBe(false);
  });

  it('a container that does not go on down the page from the last run starts its own', () => {
    const page = new FakePage(300);
    const runs = page.runs();
    for (let i = 100; i < 110; i++) runs.add(page.containers[i]!, markOf(i));
    page.scrollTo(runs, 0, 700);
    // Found in a later frame: above the last run (a row the page inserted at the top).
    runs.add(page.containers[2]!, markOf(2));
    page.deliver(runs);
    expect(runs.runCount).toBe(2);
    expect(page.painted.has(markOf(2))).toBe(true);
    expect(page.painted.has(markOf(105))).toBe(false);
  });

  describe('runs that left the viewport wait to be unpainted (keepRuns)', () => {
    /**
     * Scrolls a page of `n` 20 px rows down 60 px a frame; returns in how many frames the
     * highlight changed.
     */
    function steadyScroll(n: number, keepRuns: number, check?: (page: FakePage) => void) {
      const page = new FakePage(n);
      const runs = page.runs(32, keepRuns);
      page.containers.forEach((c, i) => runs.add(c, markOf(i)));
      page.scrollTo(runs, 0, 700);
      let changes = 0;
      for (let top = 60; top <= (n - 40) * 20; top += 60) {
        const before = page.paintOps;
        page.scrollTo(runs, top, 700);
        if (page.paintOps !== before) changes++;
        check?.(page);
      }
      return { changes, page };
    }

    it('a steady scroll changes the highlight once per run that comes near, not twice', () => {
      const n = 40 * RUN_SIZE;
      // Runs that came near after the first screen: every run but the first.
      const passed = Math.ceil(n / RUN_SIZE) - 1;
      const kept = steadyScroll(n, KEEP_RUNS).changes;
      const immediate = steadyScroll(n, 0).changes;
      expect(kept).toBeLessThanOrEqual(passed + 1);
      // Without waiting, each run is painted in one frame and unpainted in another.
      expect(immediate).toBeGreaterThanOrEqual(2 * passed - 1);
    });

    it('keeps every number on screen painted and at most KEEP_RUNS runs that left', () => {
      const visible = 700 / 20 + 2;
      steadyScroll(20 * RUN_SIZE, KEEP_RUNS, (page) => {
        for (let i = 0; i < page.containers.length; i++)
          if (page.onScreen(i)) expect(page.painted.has(markOf(i)), `row ${i}`).toBe(true);
        // The runs the viewport overlaps (two at most: a run is taller than the screen), and
        // those waiting.
        expect(page.painted.size).toBeLessThanOrEqual(visible + (2 + KEEP_RUNS) * RUN_SIZE);
      });
    });

    it('a jump far away unpaints the runs left behind once more than KEEP_RUNS wait', () => {
      const page = new FakePage(20 * RUN_SIZE);
      const runs = page.runs(32, KEEP_RUNS);
      page.containers.forEach((c, i) => runs.add(c, markOf(i)));
      page.scrollTo(runs, 0, 700);
      expect(page.painted.has(markOf(0))).toBe(true);
      // Far down and back up, then far down again: the first run is painted again only when
      // near, and never more than the runs near plus KEEP_RUNS stay painted.
      for (const top of [10 * RUN_SIZE * 20, 0, 15 * RUN_SIZE * 20]) {
        page.scrollTo(runs, top, 700);
        expect(page.painted.size).toBeLessThanOrEqual(700 / 20 + 2 + (2 + KEEP_RUNS) * RUN_SIZE);
      }
      expect(page.painted.has(markOf(15 * RUN_SIZE + 1))).toBe(true);
    });

    it('a run waiting to be unpainted goes once too many have left', () => {
      const page = new FakePage(KEEP_RUNS + 2);
      const runs = page.runs(undefined, KEEP_RUNS);
      // One container per run: each one is out of order with the one before, so runs alone.
      for (let i = page.containers.length - 1; i >= 0; i--)
        runs.add(page.containers[i]!, markOf(i));
      runs.flush();
      for (const c of page.containers) runs.report(c, 'near');
      runs.flush();
      expect(page.painted.size).toBe(KEEP_RUNS + 2);
      // They leave one by one: KEEP_RUNS of them wait, one more unpaints all that left.
      for (let i = 0; i < KEEP_RUNS; i++) {
        runs.report(page.containers[i]!, 'above');
        runs.flush();
        expect(page.painted.size).toBe(KEEP_RUNS + 2);
      }
      runs.report(page.containers[KEEP_RUNS]!, 'above');
      runs.flush();
      expect(page.painted.size).toBe(1);
      expect(page.painted.has(markOf(KEEP_RUNS + 1))).toBe(true);
    });

    it('a number that leaves the page leaves the highlight at once, waiting run or not', () => {
      const page = new FakePage(2);
      const runs = page.runs(undefined, KEEP_RUNS);
      runs.add(page.containers[1]!, markOf(1));
      runs.add(page.containers[0]!, markOf(0));
      runs.flush();
      for (const c of page.containers) runs.report(c, 'near');
      runs.flush();
      runs.report(page.containers[0]!, 'above');
      runs.flush();
      // Left the viewport, still painted (waiting).
      expect(page.painted.has(markOf(0))).toBe(true);
      runs.delete(page.containers[0]!, markOf(0));
      runs.flush();
      expect(page.painted.has(markOf(0))).toBe(false);
      expect(page.painted.has(markOf(1))).toBe(true);
    });
  });

  it('applies changes only on flush (once per frame)', () => {
    const page = new FakePage(10);
    const painted: string[] = [];
    const runs = new PaintRuns<string>({ add: (m) => painted.push(m), delete: () => {} }, null, {
      follows: () => true,
      box: () => ({ top: 0, bottom: 20 }),
    });
    page.containers.forEach((c, i) => runs.add(c, markOf(i)));
    expect(painted).toHaveLength(0);
    expect(runs.pending).toBe(true);
    runs.flush();
    // Without an observer everything is painted, once.
    expect(painted).toHaveLength(10);
    expect(runs.pending).toBe(false);
  });
});

describe('inOneFlow', () => {
  /** Rows of a list, a sticky panel among them, and a panel holding two numbers. */
  function page() {
    document.body.innerHTML = `
      <table><tbody>
        <tr><td id="a1">1</td><td><a id="a2" href="tel:1">2</a></td></tr>
        <tr><td id="b1">3</td></tr>
      </tbody></table>
      <aside class="pinned"><div><p id="p1">4</p><p id="p2">5</p></div></aside>
      <div class="pinned-bar" id="bar">6</div>
      <p id="after">7</p>`;
    const $ = (id: string) => document.getElementById(id)!;
    const positioned = (el: Element) => /pinned/.test(el.className);
    return { $, positioned };
  }

  it.each([
    ['a cell and the link in the next cell', 'a1', 'a2', true],
    ['a row and the next row', 'a2', 'b1', true],
    ['two numbers inside one sticky panel', 'p1', 'p2', true],
    ['a row and a sticky panel after it', 'b1', 'p1', false],
    ['a sticky panel and what follows it', 'p2', 'after', false],
    ['a pinned bar itself and what follows it', 'bar', 'after', false],
    ['backwards in document order', 'b1', 'a1', false],
  ])('%s: %s', (_what, a, b, expected) => {
    const { $, positioned } = page();
    expect(inOneFlow($(a), $(b), positioned)).toBe(expected);
  });

  it('a cell and the link inside it (nested containers) are in one flow', () => {
    document.body.innerHTML =
      '<table><tr><td id="c">x <a id="l" href="tel:1">1</a></td></tr></table>';
    const c = document.getElementById('c')!;
    const l = document.getElementById('l')!;
    expect(inOneFlow(c, l, () => false)).toBe(true);
  });

  it('never across a shadow root', () => {
    document.body.innerHTML = '<p id="x">1</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="y">2</p>';
    expect(inOneFlow(document.getElementById('x')!, shadow.getElementById('y')!, () => false)).toBe(
      false,
    );
  });
});

/**
 * The rows of very long lists (more than LONG_LIST element children), scanned near the viewport
 * only: why, and the window arithmetic, are in lib/detect/long-lists.ts. The scanner hands such a
 * list over (`take`); after the page has laid out a frame, the rows within SCAN_SCREENS screens
 * are found by a binary search on their boxes and scanned, more as the page scrolls, and rows
 * farther than KEEP_SCREENS screens are let go. A list whose rows do not go down the page in
 * order is handed back to the scanner whole, as before.
 *
 * Boxes are read in a task after a frame, when the page's layout is clean, so reading them costs
 * no layout of ours (a forced layout of a 50,000-row table takes ~200 ms); while the page scrolls,
 * in a timer (scrolling lays nothing out). An IntersectionObserver on each list tells when it
 * comes near or shows (an app's tab opened), which no scroll event or watched mutation may say;
 * a list with no box (hidden) is left until then.
 */
import type { ScanUnit } from '../../lib/detect';
import { boxOf } from '../../lib/detect/dom';
import {
  bandAround,
  KEEP_SCREENS,
  meets,
  SCAN_SCREENS,
  spanInBand,
  type Band,
} from '../../lib/detect/long-lists';

/** At most one look at the lists per this many ms while the page scrolls. */
const EVERY_MS = 100;

export interface LongListHooks {
  /** Scan these rows (the scan loop's `add`). */
  scan(units: ScanUnit[]): void;
  /** Let go of what was found in a row and everything in it. */
  forget(row: Element): void;
}

export class LongLists {
  /** Each list taken, with its rows scanned and not let go since. */
  private readonly lists = new Map<Element, Set<Element>>();
  /** Lists whose rows do not go down the page: scanned whole, never taken again. */
  private readonly whole = new WeakSet<Element>();
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = -Infinity;
  /**
   * Tells when a list comes near the viewport or shows (a tab of the app opened), which neither
   * a scroll event nor a watched mutation may say.
   */
  private readonly near: IntersectionObserver | null;

  constructor(
    private readonly view: Window,
    private readonly hooks: LongListHooks,
  ) {
    this.near =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(() => this.schedule(), {
            rootMargin: `${SCAN_SCREENS * 100}% 0px`,
          })
        : null;
  }

  /** Lists taken now. */
  get size(): number {
    return this.lists.size;
  }

  /** The scanner met a long list: take its rows over (false: scan it whole). */
  take(list: Element): boolean {
    if (this.whole.has(list)) return false;
    // Met again (a change to the list element itself): its rows near the viewport stand.
    if (!this.lists.has(list)) {
      this.lists.set(list, new Set());
      this.near?.observe(list);
    }
    this.schedule();
    return true;
  }

  /**
   * A unit from the page's mutations: true when it lies in a row of a taken list that is not
   * scanned now (it is left to the window, which scans the whole row if it comes near); false
   * when it should be scanned as usual.
   */
  claims(unit: ScanUnit): boolean {
    if (this.lists.size === 0) return false;
    for (let node: Node | null = unit.root; node; node = node.parentNode) {
      const rows = node.parentNode && this.lists.get(node.parentNode as Element);
      if (!rows) continue;
      if (rows.has(node as Element)) return false;
      this.schedule();
      return true;
    }
    return false;
  }

  /** The page changed (or a list was taken): look at the lists once it has laid out a frame. */
  schedule(): void {
    if (this.frame || this.timer !== undefined || this.lists.size === 0) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      this.soon();
    });
  }

  /**
   * The page scrolled or resized: look again soon, at most every EVERY_MS. No frame callback:
   * scrolling lays nothing out, and a scroll that schedules none keeps every frame the page's.
   */
  scrolled(): void {
    if (this.frame || this.timer !== undefined || this.lists.size === 0) return;
    this.soon();
  }

  private soon(): void {
    const wait = Math.max(0, this.last + EVERY_MS - performance.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.last = performance.now();
      this.update();
    }, wait);
  }

  private update(): void {
    const height = this.view.innerHeight;
    const scanBand = bandAround(height, SCAN_SCREENS);
    const keepBand = bandAround(height, KEEP_SCREENS);
    const units: ScanUnit[] = [];
    for (const [list, rows] of this.lists) {
      if (!list.isConnected) {
        this.lists.delete(list);
        this.near?.unobserve(list);
        continue;
      }
      for (const row of rows) {
        // A row the page removed: the registry sweeps what was found in it.
        if (row.parentNode !== list) rows.delete(row);
        else if (!meetsBand(row, keepBand)) {
          this.hooks.forget(row);
          rows.delete(row);
        }
      }
      // Hidden (a closed tab of the app): nothing to scan until it shows.
      if (!boxOf(list)) continue;
      const children = list.children;
      const span = spanInBand(children.length, (i) => boxOf(children[i]!), scanBand);
      if (span === null) {
        this.lists.delete(list);
        this.near?.unobserve(list);
        this.whole.add(list);
        units.push({ root: list, deep: true });
        continue;
      }
      if (span === 'none') continue;
      for (let i = span.first; i <= span.last; i++) {
        const row = children[i]!;
        if (rows.has(row)) continue;
        rows.add(row);
        units.push({ root: row, deep: true });
      }
    }
    if (units.length) this.hooks.scan(units);
  }

  /** Stops looking (the content script is stopping, or starting over). */
  clear(): void {
    this.view.cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.lists.clear();
    this.near?.disconnect();
  }
}

function meetsBand(row: Element, band: Band): boolean {
  const box = boxOf(row);
  return !!box && meets(box, band);
}

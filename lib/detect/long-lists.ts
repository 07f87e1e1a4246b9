/**
 * Where a very long list's rows meet the screen. An eager scan of a 50,000-row list visits every
 * node of it, and in a content script's isolated world every node read makes a wrapper of that
 * world: on such a page a script of the scan's shape pauses up to ~200 ms by itself, however it
 * slices its work (docs/detection.md, "What 50,000 rows cost any script"). So an element with more
 * than `LONG_LIST` element children has its children scanned only near the viewport: the rows
 * within `SCAN_SCREENS` screens of it, found by a binary search on the children's boxes, more as
 * the page scrolls, and the records of rows farther than `KEEP_SCREENS` let go.
 *
 * The search needs the children's boxes to go down the page in the children's order (a table's
 * rows, a list, a grid of cards). When they do not (a reversed flex column, rows positioned on
 * their own, every row hidden) it says so, and the caller scans the list eagerly as before.
 */

/** Element children above which a list is scanned near the viewport only. 10,000-row lists stay eager. */
export const LONG_LIST = 20_000;
/** Rows within this many screens above and below the viewport are scanned. */
export const SCAN_SCREENS = 2;
/** Scanned rows farther than this many screens from the viewport are let go. */
export const KEEP_SCREENS = 5;
/**
 * More children than this in the scan band means the rows do not stack down the page (a
 * horizontal strip, rows of no height): the window would not bound anything, so scan eagerly.
 */
export const MAX_SPAN = 3_000;
/** Children without a box (hidden rows) looked past to find one with a box. */
const LOOK_PAST = 32;

/** A vertical band in viewport coordinates. */
export interface Band {
  top: number;
  bottom: number;
}

/** A child's box, or null when it has none (display: none or contents). */
export type BoxOf = (index: number) => Band | null;

/** The children from `first` to `last` (inclusive) meet the band. */
export interface Span {
  first: number;
  last: number;
}

/**
 * The band `screens` viewport heights above and below a viewport of height `height`: where rows
 * are scanned (`SCAN_SCREENS`) or kept (`KEEP_SCREENS`).
 */
export function bandAround(height: number, screens: number): Band {
  return { top: -height * screens, bottom: height * (1 + screens) };
}

/** The box and the band overlap (touching edges do not). */
export function meets(box: Band, band: Band): boolean {
  return box.bottom > band.top && box.top < band.bottom;
}

/**
 * The children of a list of `count` that meet `band`: a span, 'none' when none does, or null
 * when their boxes do not go down the page in order (then only an eager scan finds the numbers).
 * Reads O(log count) boxes; a child without a box is looked past, up to `LOOK_PAST` of them.
 * Every box read is checked against the order of the ones read before it, so a list out of order
 * is caught wherever the search's probes land in it.
 */
export function spanInBand(count: number, boxOf: BoxOf, band: Band): Span | 'none' | null {
  if (count === 0) return 'none';
  const probes: Array<[number, number]> = [];
  let disordered = false;
  const record = (index: number, top: number) => {
    let at = probes.length;
    while (at > 0 && probes[at - 1]![0] > index) at--;
    const before = probes[at - 1];
    const after = probes[at];
    if ((before && before[1] > top) || (after && after[1] < top)) disordered = true;
    probes.splice(at, 0, [index, top]);
  };
  /**
   * The first child at or after `index` with a box, before `end`: its index and box; 'hidden'
   * when every child up to `end` has none; null when more than LOOK_PAST in a row have none.
   */
  const boxFrom = (index: number, end: number): [number, Band] | 'hidden' | null => {
    for (let i = index; i < end; i++) {
      if (i >= index + LOOK_PAST) return null;
      const box = boxOf(i);
      if (!box) continue;
      record(i, box.top);
      return [i, box];
    }
    return 'hidden';
  };

  const head = boxFrom(0, count);
  let tailIndex = count - 1;
  let tail: Band | null = null;
  for (; tailIndex >= Math.max(0, count - LOOK_PAST); tailIndex--) {
    tail = boxOf(tailIndex);
    if (tail) break;
  }
  if (!Array.isArray(head) || !tail) return null;
  record(tailIndex, tail.top);
  if (disordered) return null;
  if (tail.bottom <= band.top || head[1].top >= band.bottom) return 'none';

  // The first child whose bottom is below the band's top (hidden children just before it may
  // come along: they show nothing).
  let lo = head[0];
  let hi = tailIndex;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const found = boxFrom(mid, hi + 1);
    if (found === null || disordered) return null;
    if (found !== 'hidden' && found[1].bottom <= band.top) lo = found[0] + 1;
    else hi = mid;
  }
  const first = lo;
  // The last child whose top is above the band's bottom.
  lo = first;
  hi = tailIndex;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const found = boxFrom(mid, hi + 1);
    if (found === null || disordered) return null;
    if (found !== 'hidden' && found[1].top < band.bottom) lo = found[0];
    else hi = mid - 1;
  }
  const last = lo;
  // A band that falls in a gap between two rows (margins of a grid) meets none of them.
  const lastBox = boxOf(last);
  if (last < first || (lastBox && !meets(lastBox, band))) return 'none';
  if (last - first + 1 > MAX_SPAN) return null;
  return { first, last };
}

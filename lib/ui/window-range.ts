/**
 * Windowed rendering of a long list of rows of one fixed height: which rows to draw for a scroll
 * position, and where to scroll so a row is in view. A caller-ID list of 2,000 numbers then draws
 * about 15 rows, whatever its length. Rows have one height (the list's CSS fixes it), so this is
 * arithmetic; a virtual-list library's measuring of rows of unknown height is not needed.
 */

export interface WindowRange {
  /** First row drawn. */
  start: number;
  /** One past the last row drawn. */
  end: number;
}

/**
 * The rows to draw: those in the viewport, plus `overscan` rows each side so a key press or a
 * short scroll shows rows already drawn.
 */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 4,
): WindowRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight);
  const start = Math.max(0, Math.min(count - 1, first - overscan));
  const end = Math.min(count, Math.max(start + 1, last + overscan));
  return { start, end };
}

/** The scroll position that shows row `index` whole, moving as little as possible. */
export function revealScrollTop(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  index: number,
): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

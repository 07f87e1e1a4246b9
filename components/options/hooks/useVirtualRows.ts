/**
 * A thin Preact binding of @tanstack/virtual-core (what its React adapter does, without
 * preact/compat): which of `count` rows of a scrolling element are on screen, re-rendering the
 * caller when that changes. Row heights vary (errors, pickers), so rendered rows are measured.
 */
import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualItem,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

export interface VirtualRows {
  items: VirtualItem[];
  /** Empty space to leave before the first rendered row and after the last, in pixels. */
  before: number;
  after: number;
  /** Give each rendered row's element (with `data-index`) so its real height is known. */
  measure: (el: Element | null) => void;
  scrollToIndex: (index: number) => void;
}

/**
 * Rows drawn beyond each edge of the view once the list is still: a quarter of a view's worth (3
 * rows of 76 px in a 720 px box), at least one, so Tab and the arrow keys always have a drawn row
 * to move to. Every row drawn costs script, style, layout and paint each time the range moves,
 * and a far scroll replaces all of them.
 */
export function overscanFor(viewport: number, rowHeight: number): number {
  return Math.max(1, Math.ceil(viewport / rowHeight / 4));
}

/**
 * Rows drawn beyond each edge while the list is scrolling. A frame of a scroll then draws only the
 * rows coming into view and one more on each side (as react-window does behind the scroll): with
 * the quarter-view margins every jump of the numbers table drew 16 rows for 10 on screen, and its
 * task came within a few milliseconds of 50. The margins are drawn once the scroll ends (the
 * virtualizer reports the end ~150 ms after the last scroll event), a task of their rows alone.
 */
export const SCROLLING_OVERSCAN = 1;

export function useVirtualRows(opts: {
  count: number;
  scrollElement: () => HTMLElement | null;
  estimateSize: number;
  overscan?: number;
}): VirtualRows {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [virtualizer] = useState(() => new Virtualizer<HTMLElement, Element>(options(800, false)));
  function options(viewport: number, scrolling: boolean) {
    return {
      count: opts.count,
      getScrollElement: opts.scrollElement,
      estimateSize: () => opts.estimateSize,
      overscan:
        opts.overscan ??
        (scrolling ? SCROLLING_OVERSCAN : overscanFor(viewport, opts.estimateSize)),
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      // Before the first measure (and where layout is not real), assume a window's worth.
      initialRect: { width: 1000, height: 800 },
      // Called when the drawn range changes and when scrolling starts or stops (the margins).
      onChange: () => rerender(0),
    };
  }
  virtualizer.setOptions(options(virtualizer.scrollRect?.height ?? 800, virtualizer.isScrolling));
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    items,
    before: first ? first.start : 0,
    after: last ? Math.max(0, total - last.end) : 0,
    measure: virtualizer.measureElement,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'center' }),
  };
}

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
 * Rows drawn beyond each edge of the view: a quarter of a view's worth (3 rows of 76 px in a
 * 720 px box), at least one, so Tab and the arrow keys always have a drawn row to move to. Every
 * row drawn costs script, style, layout and paint each time the range moves.
 */
export function overscanFor(viewport: number, rowHeight: number): number {
  return Math.max(1, Math.ceil(viewport / rowHeight / 4));
}

/**
 * Rows drawn beyond each edge right after a far jump (a scroll to a range that shares no row with
 * the one drawn): every row is new then, so the rows in view and this one on each side are drawn
 * first, and the margins in a task of their own just after. With the margins in the same task a
 * jump of the numbers table drew 16 rows for 10 on screen and came within a few milliseconds of
 * 50 ms. (Reducing the margins for as long as the virtualizer reports scrolling made the table
 * flicker between the two: drawing the margins back measured rows above the view, the
 * virtualizer moved the scroll position to keep the view still, and that scroll started it over.)
 */
export const JUMP_OVERSCAN = 1;

export function useVirtualRows(opts: {
  count: number;
  scrollElement: () => HTMLElement | null;
  estimateSize: number;
  overscan?: number;
}): VirtualRows {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // Mutable state of this list, not rendered from: the range last drawn and whether the margins
  // wait for the task after a jump.
  const [state] = useState(() => ({
    drawn: null as { first: number; last: number } | null,
    marginsLater: false,
    timer: 0 as ReturnType<typeof setTimeout> | 0,
  }));
  const [virtualizer] = useState(() => new Virtualizer<HTMLElement, Element>(options(800)));
  function options(viewport: number) {
    return {
      count: opts.count,
      getScrollElement: opts.scrollElement,
      estimateSize: () => opts.estimateSize,
      overscan:
        opts.overscan ??
        (state.marginsLater ? JUMP_OVERSCAN : overscanFor(viewport, opts.estimateSize)),
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      // Before the first measure (and where layout is not real), assume a window's worth.
      initialRect: { width: 1000, height: 800 },
      onChange: (instance: Virtualizer<HTMLElement, Element>) => {
        const range = instance.range;
        const drawn = state.drawn;
        if (range && drawn && (range.startIndex > drawn.last || range.endIndex < drawn.first)) {
          state.marginsLater = true;
          clearTimeout(state.timer);
          state.timer = setTimeout(() => {
            state.marginsLater = false;
            rerender(0);
          }, 0);
        }
        rerender(0);
      },
    };
  }
  virtualizer.setOptions(options(virtualizer.scrollRect?.height ?? 800));
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const first = items[0];
  const last = items[items.length - 1];
  state.drawn = first && last ? { first: first.index, last: last.index } : null;
  useLayoutEffect(() => () => clearTimeout(state.timer), [state]);
  return {
    items,
    before: first ? first.start : 0,
    after: last ? Math.max(0, total - last.end) : 0,
    measure: virtualizer.measureElement,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'center' }),
  };
}

/**
 * A number's Range, made only while something needs it: painted in the highlight (near the
 * viewport), the card's number, or asked for its place on screen. A live Range is not free: the
 * browser keeps every live Range of a document up to date on every change to the page (each node
 * inserted or removed, each text edit walks them all), holds it in its own heap, and its script
 * wrapper is traced by every major GC. A 50,000-row list has 100,000 numbers; painted at any
 * moment are a few hundred. So marks keep the place the scan found (nodes and offsets) and make
 * the Range from it on demand, and drop it when it is no longer painted.
 *
 * The place was right when the scan found it; a page that edits a number's text after that is
 * rescanned (a MutationObserver), which releases the mark. In between, a place that no longer fits
 * its text (an offset past its end, a node out of the page) gives no Range rather than a wrong one.
 */
import type { Detected } from './types';

export class LazyRange {
  /** The Range if one was made and not dropped (reading it makes none). */
  current: Range | null = null;

  constructor(private readonly place: Detected['place']) {}

  /** The Range now (made if needed), or null when the place no longer fits the page. */
  get(): Range | null {
    if (this.current) return this.current;
    const place = this.place;
    const range = new Range();
    if (place.kind === 'element') {
      if (!place.element.isConnected) return null;
      range.selectNodeContents(place.element);
    } else {
      const { startNode: a, startOffset, endNode: b, endOffset } = place;
      if (!a.isConnected || !b.isConnected || startOffset > a.length || endOffset > b.length)
        return null;
      range.setStart(a, startOffset);
      range.setEnd(b, endOffset);
      if (range.collapsed) return null;
    }
    return (this.current = range);
  }

  /** Lets the Range go; the next `get` makes a new one. */
  drop(): void {
    this.current = null;
  }
}

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LazyRange } from '../../../../lib/detect/lazy-range';
import type { Detected } from '../../../../lib/detect/types';

/** A cell with a number in the middle of its text, as the scan finds it. */
function cell() {
  document.body.innerHTML = '<table><tr><td id="c">Call 415-555-0100 now</td></tr></table>';
  const text = document.getElementById('c')!.firstChild as Text;
  const place: Detected['place'] = {
    kind: 'text',
    startNode: text,
    startOffset: 5,
    endNode: text,
    endOffset: 17,
  };
  return { text, place };
}

describe('LazyRange', () => {
  it('makes no Range until asked, then the Range over the place, the same one each time', () => {
    const { place } = cell();
    const lazy = new LazyRange(place);
    expect(lazy.current).toBeNull();
    const range = lazy.get()!;
    expect(range.toString()).toBe('415-555-0100');
    expect(lazy.get()).toBe(range);
    expect(lazy.current).toBe(range);
  });

  it('a link or input place covers the whole element', () => {
    document.body.innerHTML = '<a id="l" href="tel:+14155550100">+1 <b>415</b> 555 0100</a>';
    const lazy = new LazyRange({ kind: 'element', element: document.getElementById('l')! });
    expect(lazy.get()!.toString()).toBe('+1 415 555 0100');
  });

  it('drop lets the Range go; the next get makes a new one over the same text', () => {
    const { place } = cell();
    const lazy = new LazyRange(place);
    const first = lazy.get();
    lazy.drop();
    expect(lazy.current).toBeNull();
    const second = lazy.get()!;
    expect(second).not.toBe(first);
    expect(second.toString()).toBe('415-555-0100');
  });

  it.each([
    [
      'the text was shortened past the number',
      (t: Text) => {
        t.data = 'Call';
      },
    ],
    ['the text left the page', (t: Text) => t.remove()],
    ['the whole table left the page', () => document.querySelector('table')!.remove()],
  ])('gives no Range when the place no longer fits the page: %s', (_what, change) => {
    const { text, place } = cell();
    const lazy = new LazyRange(place);
    change(text);
    expect(lazy.get()).toBeNull();
    expect(lazy.current).toBeNull();
  });
});

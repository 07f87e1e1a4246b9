import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandAround,
  MAX_SPAN,
  meets,
  spanInBand,
  type Band,
} from '../../../../lib/detect/long-lists';

/** Rows stacked down the page from `top`, of the given heights (0: hidden, no box). */
function stacked(heights: number[], top = 0): Array<Band | null> {
  let y = top;
  return heights.map((h) => {
    if (h === 0) return null;
    const box = { top: y, bottom: y + h };
    y += h;
    return box;
  });
}

/** spanInBand over `boxes`, counting the boxes it reads. */
function search(boxes: Array<Band | null>, band: Band) {
  let reads = 0;
  const span = spanInBand(
    boxes.length,
    (i) => {
      reads++;
      return boxes[i] ?? null;
    },
    band,
  );
  return { span, reads };
}

const rows = (n: number, h = 20) => Array<number>(n).fill(h);

describe('spanInBand', () => {
  it.each([
    [
      'the first screen of a list at the top',
      stacked(rows(50_000)),
      { top: 0, bottom: 719 },
      { first: 0, last: 35 },
    ],
    [
      'the middle of the list',
      stacked(rows(50_000), -500_000),
      { top: 0, bottom: 719 },
      { first: 25_000, last: 25_035 },
    ],
    [
      'a band that ends inside the last row',
      stacked(rows(100)),
      { top: 1_990, bottom: 5_000 },
      { first: 99, last: 99 },
    ],
    ['the list below the band', stacked(rows(100), 800), { top: 0, bottom: 720 }, 'none'],
    ['the list above the band', stacked(rows(100), -3_000), { top: 0, bottom: 720 }, 'none'],
    ['no rows', [], { top: 0, bottom: 720 }, 'none'],
    ['one row', stacked([30]), { top: 0, bottom: 720 }, { first: 0, last: 0 }],
    [
      'hidden rows inside the span are in it, the ones around it are looked past',
      stacked([20, 0, 0, 20, 0, 20, 0, 0, 20, 20]),
      { top: 20, bottom: 59 },
      { first: 1, last: 5 },
    ],
    // A grid of cards: three to a line, each line's cards share a top.
    [
      'a grid of cards',
      Array.from({ length: 30 }, (_, i) => ({
        top: Math.floor(i / 3) * 100,
        bottom: Math.floor(i / 3) * 100 + 90,
      })),
      { top: 250, bottom: 450 },
      { first: 6, last: 14 },
    ],
    [
      'a run of hidden rows shorter than what it looks past',
      stacked([20, ...rows(30, 0), 20, 20]),
      { top: 0, bottom: 720 },
      { first: 0, last: 32 },
    ],
  ])('%s', (_what, boxes, band, expected) => {
    expect(search(boxes as Array<Band | null>, band).span).toEqual(expected);
  });

  it.each([
    ['a reversed column (rows go up the page)', stacked(rows(1_000)).reverse()],
    ['every row hidden', Array<null>(1_000).fill(null)],
    [
      'more hidden rows in a row than it looks past, where the search looks (a filtered table)',
      stacked(rows(1_000).map((h, i) => (i >= 400 && i < 600 ? 0 : h))),
    ],
    [
      'a row positioned on its own where the search looks',
      stacked(rows(1_000)).map((b, i) => (i === 500 ? { top: -9_000, bottom: -8_980 } : b)),
    ],
    [
      'rows of no height stacked on each other (a horizontal strip)',
      Array.from({ length: 5_000 }, () => ({ top: 10, bottom: 40 })),
    ],
  ])('cannot tell, so the list is scanned whole: %s', (_what, boxes) => {
    expect(search(boxes as Array<Band | null>, { top: 0, bottom: 720 }).span).toBeNull();
  });

  it('a span wider than MAX_SPAN rows is no window', () => {
    const boxes = stacked(rows(MAX_SPAN + 1, 1));
    expect(search(boxes, { top: 0, bottom: MAX_SPAN + 1 }).span).toBeNull();
    expect(search(boxes, { top: 0, bottom: MAX_SPAN }).span).toEqual({
      first: 0,
      last: MAX_SPAN - 1,
    });
  });

  it('every row with a box that meets the band is in the span, and no other (any heights, hidden rows, band)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 1, max: 80 }), fc.constant(0)), {
          minLength: 1,
          maxLength: 400,
        }),
        fc.integer({ min: -20_000, max: 2_000 }),
        fc.integer({ min: -2_000, max: 20_000 }),
        fc.integer({ min: 0, max: 3_000 }),
        (heights, offset, bandTop, bandHeight) => {
          // Hidden runs shorter than what the search looks past, and a visible first and last row.
          const clean = heights.map((h, i) => (i % 20 === 0 ? Math.max(h, 1) : h));
          clean[clean.length - 1] ||= 1;
          const boxes = stacked(clean, offset);
          const band = { top: bandTop, bottom: bandTop + bandHeight };
          const { span } = search(boxes, band);
          const meeting = boxes.flatMap((b, i) => (b && meets(b, band) ? [i] : []));
          if (meeting.length === 0) {
            expect(span).toBe('none');
            return;
          }
          expect(span).not.toBeNull();
          expect(span).not.toBe('none');
          const { first, last } = span as { first: number; last: number };
          const inSpan = boxes.flatMap((b, i) => (b && i >= first && i <= last ? [i] : []));
          expect(inSpan).toEqual(meeting);
        },
      ),
    );
  });

  it('reads a number of boxes that grows with the log of the list', () => {
    for (const n of [100, 10_000, 1_000_000]) {
      const boxes = stacked(rows(n), -n * 10);
      const { span, reads } = search(boxes, { top: 0, bottom: 719 });
      expect(span).toEqual({ first: n / 2, last: n / 2 + 35 });
      expect(reads).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(n)) + 4);
    }
  });
});

describe('bandAround', () => {
  it('reaches the given screens above and below the viewport', () => {
    expect(bandAround(720, 2)).toEqual({ top: -1_440, bottom: 2_160 });
  });
});

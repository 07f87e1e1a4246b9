import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { revealScrollTop, visibleRange } from '../../../../lib/ui/window-range';

const ROW = 50;
const VIEW = 300;
const BOUNDS = { numRuns: 300, interruptAfterTimeLimit: 4000 };

describe('visibleRange', () => {
  it.each([
    { scrollTop: 0, count: 2001, start: 0, end: 10 },
    { scrollTop: 0, count: 3, start: 0, end: 3 },
    { scrollTop: 1000, count: 2001, start: 16, end: 30 },
    { scrollTop: 1025, count: 2001, start: 16, end: 31 },
    { scrollTop: 2000 * ROW - VIEW + ROW, count: 2001, start: 1991, end: 2001 },
    { scrollTop: 0, count: 0, start: 0, end: 0 },
    { scrollTop: -40, count: 10, start: 0, end: 10 },
  ])(
    'scrollTop $scrollTop of $count rows draws [$start, $end)',
    ({ scrollTop, count, start, end }) => {
      expect(visibleRange(scrollTop, VIEW, ROW, count)).toEqual({ start, end });
    },
  );

  it('draws every row the viewport shows, and a bounded number of rows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.nat(2_000_000),
        fc.integer({ min: 10, max: 80 }),
        fc.integer({ min: 20, max: 900 }),
        (count, rawTop, row, view) => {
          const maxTop = Math.max(0, count * row - view);
          const top = Math.min(rawTop, maxTop);
          const { start, end } = visibleRange(top, view, row, count);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(count);
          expect(end).toBeGreaterThan(start);
          // Every row with a pixel in the viewport is drawn.
          const firstSeen = Math.floor(top / row);
          const lastSeen = Math.min(count - 1, Math.ceil((top + view) / row) - 1);
          expect(start).toBeLessThanOrEqual(firstSeen);
          expect(end).toBeGreaterThan(lastSeen);
          // Never more than the viewport's rows plus the overscan on each side.
          expect(end - start).toBeLessThanOrEqual(Math.ceil(view / row) + 1 + 8);
        },
      ),
      BOUNDS,
    );
  });
});

describe('revealScrollTop', () => {
  it.each([
    { scrollTop: 0, index: 0, expected: 0 },
    { scrollTop: 0, index: 5, expected: 0 },
    { scrollTop: 0, index: 6, expected: 50 },
    { scrollTop: 500, index: 3, expected: 150 },
    { scrollTop: 0, index: 2000, expected: 2001 * ROW - VIEW },
  ])('from $scrollTop, row $index → $expected', ({ scrollTop, index, expected }) => {
    expect(revealScrollTop(scrollTop, VIEW, ROW, index)).toBe(expected);
  });

  it('shows the row whole, and does not move when it already is', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(2_000), (top, index) => {
        const next = revealScrollTop(top, VIEW, ROW, index);
        expect(index * ROW).toBeGreaterThanOrEqual(next);
        expect((index + 1) * ROW).toBeLessThanOrEqual(next + VIEW);
        const seen = index * ROW >= top && (index + 1) * ROW <= top + VIEW;
        if (seen) expect(next).toBe(top);
        // And the row is among those drawn at the new position.
        const { start, end } = visibleRange(next, VIEW, ROW, 2_001);
        expect(index >= start && index < end).toBe(true);
      }),
      BOUNDS,
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardPosition } from '../../../../lib/ui/card-position';

describe('cardPosition', () => {
  const card = { width: 300, height: 120 };
  it('goes under the number, inside the viewport', () => {
    expect(cardPosition({ left: 100, top: 50, bottom: 70 }, card, 1280, 720)).toEqual({
      left: 100,
      top: 76,
    });
    expect(cardPosition({ left: 1200, top: 50, bottom: 70 }, card, 1280, 720)).toEqual({
      left: 972,
      top: 76,
    });
    expect(cardPosition({ left: -40, top: 50, bottom: 70 }, card, 1280, 720)).toEqual({
      left: 8,
      top: 76,
    });
  });
  it('goes above the number near the bottom of the viewport', () => {
    expect(cardPosition({ left: 100, top: 650, bottom: 670 }, card, 1280, 720)).toEqual({
      left: 100,
      top: 524,
    });
  });
  it('always stays on screen when it fits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200, max: 1500 }),
        fc.integer({ min: -100, max: 800 }),
        fc.integer({ min: 5, max: 40 }),
        (left, top, height) => {
          const p = cardPosition({ left, top, bottom: top + height }, card, 1280, 720);
          return (
            p.left >= 8 && p.left + card.width <= 1272 && p.top >= 8 && p.top + card.height <= 712
          );
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 4000 },
    );
  });
});

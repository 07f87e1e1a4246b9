import { describe, expect, it } from 'vitest';
import { ScrollJumps } from '../../../../lib/detect/scroll-jumps';

describe('ScrollJumps', () => {
  const view = { width: 1280, height: 720 };

  it.each([
    ['a frame of ordinary scrolling', [0, 60], false],
    ['exactly one screen', [0, 720], false],
    ['more than a screen down (End, a search jump)', [0, 721], true],
    ['more than a screen back up', [5_000, 100], true],
    ['a first scroll far from the top (restored position)', [2_000], true],
    ['a first small scroll', [300], false],
  ])('%s', (_what, ys, jumped) => {
    const jumps = new ScrollJumps<object>();
    const scroller = {};
    let last = false;
    for (const y of ys as number[]) last = jumps.step(scroller, { x: 0, y, ...view }) > 1;
    expect(last).toBe(jumped);
  });

  it('compares each scroller with itself, sideways too', () => {
    const jumps = new ScrollJumps<object>();
    const page = {};
    const list = {};
    expect(jumps.step(page, { x: 0, y: 600, ...view })).toBeCloseTo(600 / 720);
    expect(jumps.step(list, { x: 0, y: 250, width: 300, height: 200 })).toBe(1.25);
    expect(jumps.step(page, { x: 0, y: 1_200, ...view })).toBeCloseTo(600 / 720);
    expect(jumps.step(list, { x: 400, y: 250, width: 300, height: 200 })).toBeCloseTo(4 / 3);
  });

  it('a scroller with no size: no move is 0, any move a jump', () => {
    const jumps = new ScrollJumps<object>();
    const hidden = {};
    expect(jumps.step(hidden, { x: 0, y: 0, width: 0, height: 0 })).toBe(0);
    expect(jumps.step(hidden, { x: 0, y: 10, width: 0, height: 0 })).toBe(Infinity);
  });
});

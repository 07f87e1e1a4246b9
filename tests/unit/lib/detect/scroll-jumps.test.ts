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
    for (const y of ys as number[]) last = jumps.moved(scroller, { x: 0, y, ...view });
    expect(last).toBe(jumped);
  });

  it('compares each scroller with itself, sideways too', () => {
    const jumps = new ScrollJumps<object>();
    const page = {};
    const list = {};
    expect(jumps.moved(page, { x: 0, y: 600, ...view })).toBe(false);
    expect(jumps.moved(list, { x: 0, y: 250, width: 300, height: 200 })).toBe(true);
    expect(jumps.moved(page, { x: 0, y: 1_200, ...view })).toBe(false);
    expect(jumps.moved(list, { x: 400, y: 250, width: 300, height: 200 })).toBe(true);
  });
});

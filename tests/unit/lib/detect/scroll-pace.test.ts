import { describe, expect, it } from 'vitest';
import {
  FAST_SCREENS_PER_SECOND,
  PACE_WINDOW_MS,
  ScrollPace,
  SETTLE_MS,
} from '../../../../lib/detect/scroll-pace';

/** A scroll of `screens` per event, one event per 16 ms frame, for `frames` frames from `from`. */
function scroll(pace: ScrollPace, from: number, frames: number, screens: number): number {
  let at = from;
  for (let i = 0; i < frames; i++) pace.add((at += 16), screens);
  return at;
}

describe('ScrollPace', () => {
  it('nothing waits before any scroll', () => {
    expect(new ScrollPace().wait(0)).toBe(0);
  });

  it.each([
    // 60 px a frame in a 720 px view: ~5 screens a second (the CRM bench's scroll).
    ['a fling of 60 px a frame', 60 / 720, true],
    // A wheel's smooth scroll: ~100 px per notch, five notches a second.
    ['reading speed (500 px a second)', 500 / 60 / 720, false],
    ['just under the line', FAST_SCREENS_PER_SECOND * 0.9 * 0.016, false],
    ['just over the line', FAST_SCREENS_PER_SECOND * 1.1 * 0.016, true],
  ])('%s: fast is %s', (_what, perFrame, fast) => {
    const pace = new ScrollPace();
    const end = scroll(pace, 1_000, 30, perFrame);
    expect(pace.wait(end) > 0).toBe(fast);
  });

  it('a fast scroll holds changes until SETTLE_MS after its last event', () => {
    const pace = new ScrollPace();
    const end = scroll(pace, 0, 20, 0.1);
    expect(pace.wait(end)).toBe(SETTLE_MS);
    expect(pace.wait(end + SETTLE_MS / 2)).toBe(SETTLE_MS / 2);
    expect(pace.wait(end + SETTLE_MS)).toBe(0);
  });

  it('a scroll that slows down stops holding once its fast part is out of the window', () => {
    const pace = new ScrollPace();
    let at = scroll(pace, 0, 20, 0.1);
    expect(pace.wait(at)).toBe(SETTLE_MS);
    // A slow tail, one small step every half window: it holds only while the fast steps are
    // within the last PACE_WINDOW_MS.
    const gap = PACE_WINDOW_MS / 2;
    pace.add((at += gap), 0.01);
    expect(pace.wait(at)).toBe(SETTLE_MS);
    for (let i = 0; i < 9; i++) pace.add((at += gap), 0.01);
    expect(pace.wait(at)).toBe(0);
  });

  it('a jump (more than a screen at once) does not count as a fast scroll', () => {
    const pace = new ScrollPace();
    pace.add(100, 3);
    pace.add(116, 40);
    pace.add(132, Infinity);
    expect(pace.wait(132)).toBe(0);
  });

  it('steps of no distance do not count', () => {
    const pace = new ScrollPace();
    scroll(pace, 0, 50, 0);
    expect(pace.wait(800)).toBe(0);
  });
});

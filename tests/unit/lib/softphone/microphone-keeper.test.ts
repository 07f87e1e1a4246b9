/**
 * The microphone kept between calls: reused within the keep time, closed after it, never closed
 * under a call, and never more than one stream open.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMicKeeper } from '../../../../lib/softphone/microphone-keeper';

function setup(keepMs = 1000) {
  let now = 0;
  const timers: { fn: () => void; at: number; id: number }[] = [];
  let nextId = 0;
  const streams: {
    deviceId: string;
    track: { enabled: boolean; readyState: string; stop(): void };
  }[] = [];
  const keeper = createMicKeeper({
    async open(deviceId) {
      const track = {
        enabled: true,
        readyState: 'live',
        stop() {
          this.readyState = 'ended';
        },
      };
      streams.push({ deviceId, track });
      return { getTracks: () => [track] };
    },
    setTimer(fn, ms) {
      const t = { fn, at: now + ms, id: ++nextId };
      timers.push(t);
      return t.id;
    },
    clearTimer(id) {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    keepMs,
  });
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
  };
  const live = () => streams.filter((s) => s.track.readyState === 'live');
  return { keeper, streams, advance, live };
}

describe('microphone keeper', () => {
  it.each<[string, number, number]>([
    ['reused just before the keep time ends', 999, 1],
    ['opened again once it has passed', 1000, 2],
  ])('%s', async (_name, wait, opened) => {
    const t = setup();
    await t.keeper.acquire('');
    t.keeper.release();
    t.advance(wait);
    await t.keeper.acquire('');
    expect(t.streams).toHaveLength(opened);
    expect(t.live()).toHaveLength(1);
  });

  it('a release with nothing open does nothing; close is idempotent', async () => {
    const t = setup();
    t.keeper.release();
    t.keeper.close();
    expect(t.keeper.open).toBe(false);
    await t.keeper.acquire('a');
    t.keeper.close();
    t.keeper.close();
    expect(t.live()).toEqual([]);
  });

  it('never closes a stream in use, never has two open, and closes what is released (property)', async () => {
    type Step =
      | { kind: 'call'; device: string }
      | { kind: 'hangup' }
      | { kind: 'wait'; ms: number }
      | { kind: 'close' };
    const step = fc.oneof(
      fc.record({ kind: fc.constant('call' as const), device: fc.constantFrom('', 'headset') }),
      fc.record({ kind: fc.constant('hangup' as const) }),
      fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 2500 }) }),
      fc.record({ kind: fc.constant('close' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps: Step[]) => {
        const t = setup(1000);
        let inUse: { track: { readyState: string } } | null = null;
        let idleFor = 0;
        for (const s of steps) {
          if (s.kind === 'call' && !inUse) {
            const stream = await t.keeper.acquire(s.device);
            inUse = t.streams.find((x) => x.track === stream.getTracks()[0])!;
            expect(stream.getTracks()[0]!.enabled).toBe(true);
          } else if (s.kind === 'hangup' && inUse) {
            t.keeper.release();
            inUse = null;
            idleFor = 0;
          } else if (s.kind === 'wait') {
            t.advance(s.ms);
            idleFor += s.ms;
          } else if (s.kind === 'close' && !inUse) {
            t.keeper.close();
          }
          expect(t.live().length).toBeLessThanOrEqual(1);
          if (inUse) expect(inUse.track.readyState).toBe('live');
          if (!inUse && idleFor >= 1000) expect(t.live()).toEqual([]);
        }
      }),
      { numRuns: 200, interruptAfterTimeLimit: 4000 },
    );
  });
});

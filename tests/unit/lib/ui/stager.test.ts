import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStager } from '../../../../lib/ui/stager';

/** A manual clock: `after` queues the step, `tick` runs one. */
function manual() {
  const steps: (() => void)[] = [];
  return {
    after: (next: () => void) => steps.push(next),
    tick: () => steps.shift()?.(),
    pending: () => steps.length,
  };
}

describe('createStager', () => {
  it('reveals one part per step, lowest order first, whatever the order they were queued in', () => {
    const clock = manual();
    const shown: string[] = [];
    const stager = createStager(clock.after);
    stager.wait(3, () => shown.push('agents'));
    stager.wait(1, () => shown.push('numbers'));
    stager.wait(2, () => shown.push('groups'));
    expect(shown).toEqual([]);
    clock.tick();
    expect(shown).toEqual(['numbers']);
    clock.tick();
    expect(shown).toEqual(['numbers', 'groups']);
    clock.tick();
    expect(shown).toEqual(['numbers', 'groups', 'agents']);
    expect(clock.pending()).toBe(0);
  });

  it('asks for one step at a time', () => {
    const clock = manual();
    const stager = createStager(clock.after);
    for (let i = 0; i < 5; i++) stager.wait(i, () => {});
    expect(clock.pending()).toBe(1);
    clock.tick();
    expect(clock.pending()).toBe(1);
  });

  it('skips a part taken out before its turn', () => {
    const clock = manual();
    const shown: number[] = [];
    const stager = createStager(clock.after);
    stager.wait(1, () => shown.push(1));
    const cancel = stager.wait(2, () => shown.push(2));
    stager.wait(3, () => shown.push(3));
    cancel();
    clock.tick();
    clock.tick();
    expect(shown).toEqual([1, 3]);
  });

  it('calls onDone once, when the queue first empties', () => {
    const clock = manual();
    let done = 0;
    const stager = createStager(clock.after, () => done++);
    stager.wait(1, () => {});
    stager.wait(2, () => {});
    clock.tick();
    expect(done).toBe(0);
    clock.tick();
    expect(done).toBe(1);
    stager.wait(3, () => {});
    clock.tick();
    expect(done).toBe(1);
  });

  it('reveals every queued part exactly once, in order, one per step', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 30 }), (orders) => {
        const clock = manual();
        const shown: number[] = [];
        const stager = createStager(clock.after);
        orders.forEach((o) => stager.wait(o, () => shown.push(o)));
        for (let i = 0; i < orders.length; i++) {
          expect(shown).toHaveLength(i);
          clock.tick();
        }
        expect(shown).toEqual([...orders].sort((a, b) => a - b));
        expect(clock.pending()).toBe(0);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 4000 },
    );
  });

  it('holds the next part back while a part is still loading, then goes on in order', async () => {
    const clock = manual();
    const shown: string[] = [];
    let loaded!: () => void;
    const loading = new Promise<void>((resolve) => (loaded = resolve));
    const stager = createStager(clock.after);
    stager.wait(1, () => loading.then(() => shown.push('simulator')));
    stager.wait(2, () => shown.push('numbers'));
    clock.tick();
    expect(shown).toEqual([]);
    // Nothing else is asked for until the part's code is there.
    expect(clock.pending()).toBe(0);
    stager.wait(3, () => shown.push('agents'));
    expect(clock.pending()).toBe(0);
    loaded();
    await loading;
    await Promise.resolve();
    expect(shown).toEqual(['simulator']);
    expect(clock.pending()).toBe(1);
    clock.tick();
    clock.tick();
    expect(shown).toEqual(['simulator', 'numbers', 'agents']);
  });

  it('goes on after a part whose loading failed', async () => {
    const clock = manual();
    const shown: number[] = [];
    let done = 0;
    const stager = createStager(clock.after, () => done++);
    const failed = Promise.reject(new Error('chunk missing'));
    stager.wait(1, () => failed);
    stager.wait(2, () => shown.push(2));
    clock.tick();
    await failed.catch(() => {});
    await Promise.resolve();
    clock.tick();
    expect(shown).toEqual([2]);
    expect(done).toBe(1);
  });

  it('reveals every part once and in order when any of them load for a while', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ order: fc.integer({ min: 0, max: 20 }), slow: fc.boolean() }), {
          maxLength: 20,
        }),
        async (parts) => {
          const clock = manual();
          const shown: number[] = [];
          const stager = createStager(clock.after);
          parts.forEach(({ order, slow }) =>
            stager.wait(order, () =>
              slow ? Promise.resolve().then(() => void shown.push(order)) : void shown.push(order),
            ),
          );
          for (let i = 0; i < parts.length * 4 && clock.pending(); i++) {
            clock.tick();
            await new Promise((r) => setTimeout(r, 0));
          }
          expect(shown).toEqual(parts.map((p) => p.order).sort((a, b) => a - b));
        },
      ),
      { numRuns: 100, interruptAfterTimeLimit: 4000 },
    );
  });
});

/**
 * Reveals the parts of a long page one at a time, in page order, each after the previous one has
 * been drawn. A page that renders all its sections in one go pays for their script, style and
 * layout in one main-thread task (hundreds of milliseconds for the options page at 10,000
 * numbers); staged, each part is its own task and its own frame, and the page answers input
 * between them.
 *
 * `after` decides when the next part may come (the options page waits for the next paint); it is
 * passed in, so this module stays free of browser APIs and is tested with a manual clock.
 */
export interface Stager {
  /**
   * Queues a part: `reveal` is called when every part with a lower `order` was revealed and the
   * page has drawn since the last one. Returns a function that takes the part out of the queue
   * (a part unmounted before its turn).
   *
   * A `reveal` that returns a promise (a part whose code is still loading) holds the next part
   * back until it settles, so parts still appear in page order.
   */
  wait(order: number, reveal: Reveal): () => void;
}

export type Reveal = () => unknown;

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/** `onDone` runs once, the first time every queued part has been revealed. */
export function createStager(
  after: (next: () => void) => void,
  onDone: () => void = () => {},
): Stager {
  const waiting: { order: number; reveal: Reveal }[] = [];
  let scheduled = false;
  let finished = false;
  const step = () => {
    scheduled = false;
    let first = 0;
    for (let i = 1; i < waiting.length; i++)
      if (waiting[i]!.order < waiting[first]!.order) first = i;
    const [next] = waiting.splice(first, 1);
    const revealed = next?.reveal();
    if (isPromiseLike(revealed)) {
      // Still loading: hold the queue (a part queued meanwhile waits too) until it settles.
      scheduled = true;
      const go = () => {
        scheduled = false;
        proceed();
      };
      revealed.then(go, go);
    } else proceed();
  };
  const proceed = () => {
    if (waiting.length) schedule();
    else if (!finished) {
      finished = true;
      onDone();
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    after(step);
  };
  return {
    wait(order, reveal) {
      const entry = { order, reveal };
      waiting.push(entry);
      schedule();
      return () => {
        const i = waiting.indexOf(entry);
        if (i >= 0) waiting.splice(i, 1);
      };
    },
  };
}

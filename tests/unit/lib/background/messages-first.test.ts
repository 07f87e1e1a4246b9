/**
 * lib/background/messages-first.ts: the pause between slices of a big sync or import waits while
 * a quick message (a preview, a page load) is being answered, never for other messages, and never
 * longer than its bound.
 */
import { describe, expect, it } from 'vitest';
import { createMessagesFirst, QUICK_MESSAGES } from '../../../../lib/background/messages-first';
import type { MessageType } from '../../../../lib/messages';

const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A handler that runs until `finish()` is called. */
function held() {
  let finish!: () => void;
  const done = new Promise<string>((resolve) => (finish = () => resolve('answered')));
  return { work: () => done, finish };
}

describe('messages first', () => {
  it('a pause with nothing in flight is one macrotask', async () => {
    const first = createMessagesFirst();
    const order: string[] = [];
    // A task queued before the pause runs before it ends (a microtask would not let it).
    setTimeout(() => order.push('task queued before'), 0);
    await first.pause().then(() => order.push('pause'));
    expect(order).toEqual(['task queued before', 'pause']);
  });

  it.each([...QUICK_MESSAGES])(
    'waits while a %s is answered, and resumes once it is',
    async (type) => {
      const first = createMessagesFirst({ maxWaitMs: 10_000 });
      const message = held();
      const reply = first.handle(type, message.work);
      expect(first.inFlight).toBe(1);
      let resumed = false;
      const pausing = first.pause().then(() => (resumed = true));
      await later(30);
      expect(resumed).toBe(false);
      message.finish();
      expect(await reply).toBe('answered');
      await pausing;
      expect(resumed).toBe(true);
      expect(first.inFlight).toBe(0);
    },
  );

  it.each<MessageType>(['syncNow', 'importConfig', 'updateSettings', 'restoreSnapshot', 'dial'])(
    'does not wait for %s (it may itself wait for the sync, or the network)',
    async (type) => {
      const first = createMessagesFirst({ maxWaitMs: 10_000 });
      const message = held();
      void first.handle(type, message.work);
      expect(first.inFlight).toBe(0);
      await first.pause();
      message.finish();
    },
  );

  it('waits for every quick message in flight, not only the first to end', async () => {
    const first = createMessagesFirst({ maxWaitMs: 10_000 });
    const a = held();
    const b = held();
    void first.handle('previewCallerId', a.work);
    void first.handle('getPageContext', b.work);
    let resumed = false;
    const pausing = first.pause().then(() => (resumed = true));
    a.finish();
    await later(30);
    expect(resumed).toBe(false);
    b.finish();
    await pausing;
    expect(resumed).toBe(true);
  });

  it('never waits longer than its bound for a message that does not end', async () => {
    const first = createMessagesFirst({ maxWaitMs: 40 });
    const stuck = held();
    void first.handle('previewCallerId', stuck.work);
    const started = performance.now();
    await first.pause();
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    expect(first.inFlight).toBe(1);
    stuck.finish();
  });

  it('a handler that throws is no longer in flight', async () => {
    const first = createMessagesFirst({ maxWaitMs: 10_000 });
    await expect(
      first.handle('previewCallerId', () => Promise.reject(new Error('broken'))),
    ).rejects.toThrow('broken');
    expect(first.inFlight).toBe(0);
    await first.pause();
  });
});

/**
 * The reply breakdown of the background bench (bench/browser/reply-breakdown.ts): trace events on
 * the epoch clock, the hop and the rest of each reply, the GC totals, and what overlapped the
 * slowest replies.
 */
import { describe, expect, it } from 'vitest';
import {
  explainSlowest,
  gcSummary,
  hopSummary,
  traceSpans,
  type LoggedTx,
  type TimedReply,
} from '../../../bench/browser/reply-breakdown';
import type { TraceEvent } from '../../../bench/browser/trace';

const WORKER = '2:7';
const reply = (id: number, askedAt: number, ms: number): TimedReply => ({
  id,
  askedAt,
  repliedAt: askedAt + ms,
  ms,
});

/** A complete event at `ms` (trace ms = epoch ms + 1,000 here) lasting `dur` ms. */
const event = (
  name: string,
  ms: number,
  dur: number,
  thread = WORKER,
  extra: Partial<TraceEvent> & { tdur?: number } = {},
): TraceEvent => {
  const [pid, tid] = thread.split(':').map(Number);
  return { name, ph: 'X', ts: (ms + 1000) * 1000, dur: dur * 1000, pid: pid!, tid: tid!, ...extra };
};

describe('the reply breakdown', () => {
  it('puts the worker’s tasks and GCs, the browser’s tasks and the backend’s work on the epoch clock', () => {
    const events: TraceEvent[] = [
      {
        name: 'thread_name',
        ph: 'M',
        ts: 0,
        pid: 1,
        tid: 1,
        args: { name: 'CrBrowserMain' },
      } as TraceEvent,
      event('RunTask', 10, 5),
      event('MinorGC', 11, 3, WORKER, { tdur: 1000 }),
      event('RunTask', 12, 1, '1:1'),
      event('Transaction::RunTasks', 13, 1, '1:9', { cat: 'IndexedDB' }),
      event('RunTask', 14, 1, '3:3'),
      event('MinorGC', 14, 1, '3:3'),
    ];
    const spans = traceSpans(events, WORKER, 1000);
    expect(spans.map((s) => [s.kind, s.from, s.to])).toEqual([
      ['worker-task', 10, 15],
      ['gc', 11, 14],
      ['browser-task', 12, 13],
      ['idb', 13, 14],
    ]);
    expect(spans[1]!.cpu).toBe(1);
  });

  it('splits each reply into the hop to the worker and the rest', () => {
    const replies = [reply(1, 0, 10), reply(2, 100, 50), reply(3, 200, 300), reply(4, 600, 5)];
    const messages = [
      { type: 'previewCallerId', id: 1, at: 2 },
      { type: 'previewCallerId', id: 2, at: 140 },
      { type: 'previewCallerId', id: 3, at: 201 },
      // Reply 4's message was never logged: left out, not counted as zero.
    ];
    expect(hopSummary(replies, { messages })).toEqual({ hop: [2, 40], rest: [10, 299] });
  });

  it('totals the GCs inside the window only', () => {
    const spans = traceSpans(
      [
        event('MinorGC', 10, 20, WORKER, { tdur: 2000 }),
        event('MajorGC', 50, 100, WORKER, { tdur: 5000 }),
        event('MinorGC', 400, 10, WORKER, { tdur: 1000 }),
      ],
      WORKER,
      1000,
    );
    expect(gcSummary(spans, 0, 300)).toBe(
      '2 GCs, wall 120 ms, cpu 7 ms; longest 100 ms wall (5.0 cpu)',
    );
  });

  it('lists, for the slowest replies first, what overlapped each', () => {
    const txs: LoggedTx[] = [
      { where: 'worker', stores: 'policy+settings', mode: 'readonly', created: 105, done: 180 },
      { where: 'popup', stores: 'sync', mode: 'readwrite', created: 0, done: 50 },
      { where: 'worker', stores: 'choices', mode: 'readonly', created: 181 },
    ];
    const spans = traceSpans(
      [event('RunTask', 90, 10), event('MinorGC', 120, 40, WORKER, { tdur: 2000 })],
      WORKER,
      1000,
    );
    const lines = explainSlowest(
      [reply(1, 0, 20), reply(2, 80, 120)],
      { txs, messages: [{ type: 'previewCallerId', id: 2, at: 100 }] },
      spans,
      1,
    );
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).toMatch(/^reply 120 ms; message reached the worker at 20; /);
    expect(line).toContain('until then: worker worker-tasks: 1, wall 10, cpu 10');
    expect(line).toContain('after: worker worker-tasks: none; browser browser-tasks: none');
    expect(line).toContain('MinorGC 40→80 (cpu 2.0)');
    expect(line).toContain('worker r policy+settings 25→100');
    expect(line).toContain('worker r choices 101→?');
    // The popup's write ended before this reply was asked.
    expect(line).not.toContain('popup');
  });
});

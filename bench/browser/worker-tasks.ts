/**
 * The extension service worker's tasks in a DevTools trace (see trace.ts; a trace started from any
 * page's CDP session records every process, the service worker's thread included), with what each
 * long one spent its CPU on, from the V8 sampling profiler's samples in the same trace
 * (`disabled-by-default-v8.cpu_profiler`). Build with `RINGSIDE_NO_MINIFY=1` for readable names.
 */
import type { CDPSession } from '@playwright/test';
import { trace, type TraceEvent } from './trace';

interface Traced extends TraceEvent {
  tdur?: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      functionName?: string;
      startTime?: number;
      cpuProfile?: {
        nodes?: { id: number; parent?: number; callFrame: { functionName: string; url: string } }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

/** The categories a worker trace needs: tasks, their CPU time, and the profiler's samples. */
export const WORKER_TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  '__metadata',
  // The sampling profiler slows the worker (and starts with a long task of its own): only on demand.
  ...(process.env.RINGSIDE_BENCH_PROFILE === '1' ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

/** The measured part of a trace: between the `TimeStamp`s `start` and `end` (see traceWith). */
export function traceWindow(events: TraceEvent[]): { from: number; to: number } {
  const stamp = (label: string) =>
    (events as (TraceEvent & { args?: { data?: { message?: string } } })[]).find(
      (e) => e.name === 'TimeStamp' && e.args?.data?.message === label,
    )?.ts;
  const from = stamp('start');
  const to = stamp('end');
  if (from === undefined || to === undefined) throw new Error('the trace has no start/end stamp');
  return { from, to };
}

export interface WorkerTask {
  /** From the start of the window (ms). */
  atMs: number;
  wallMs: number;
  cpuMs: number;
  /** Functions with the most samples inside the task (self time), "name ms". */
  what: string;
}

/** The service worker's thread: the one that runs the extension's background.js. */
export function workerThread(events: TraceEvent[], extensionId: string): string {
  const url = `chrome-extension://${extensionId}/background.js`;
  const counts = new Map<string, number>();
  for (const e of events as Traced[])
    if ((e.args?.data?.url ?? '').startsWith(url)) {
      const k = `${e.pid}:${e.tid}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error('the service worker ran nothing in the trace');
  return best[0];
}

/** Every profiler sample of `thread`: its time (µs, trace clock) and leaf function. */
function samplesOf(events: Traced[], thread: string): { ts: number; fn: string }[] {
  const out: { ts: number; fn: string }[] = [];
  const profiles = new Map<string, { ts: number; names: Map<number, string> }>();
  for (const e of events) {
    // Profile ids are per process: a chunk is matched by process and id.
    if (e.name === 'Profile' && `${e.pid}:${e.tid}` === thread && e.id)
      profiles.set(`${e.pid}:${e.id}`, { ts: e.args?.data?.startTime ?? e.ts, names: new Map() });
  }
  const chunks = events
    .filter((e) => e.name === 'ProfileChunk' && e.id && profiles.has(`${e.pid}:${e.id}`))
    .sort((a, b) => a.ts - b.ts);
  for (const c of chunks) {
    const p = profiles.get(`${c.pid}:${c.id}`)!;
    const profile = c.args?.data?.cpuProfile;
    for (const n of profile?.nodes ?? []) {
      const { functionName, url } = n.callFrame;
      p.names.set(n.id, functionName || (url ? '(anonymous)' : `(${n.callFrame.functionName})`));
      if (!functionName && !url) p.names.set(n.id, '(program/gc/idle)');
    }
    const deltas = c.args?.data?.timeDeltas ?? [];
    (profile?.samples ?? []).forEach((id, i) => {
      p.ts += deltas[i] ?? 0;
      out.push({ ts: p.ts, fn: p.names.get(id) ?? '?' });
    });
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/**
 * The worker's tasks between `from` and `to` (µs, trace clock; the whole trace when absent) whose
 * CPU time is at least `overMs`, longest first.
 */
export function workerTasks(
  events: TraceEvent[],
  extensionId: string,
  overMs: number,
  window?: { from: number; to: number },
): { tasks: WorkerTask[]; longestCpuMs: number; totalCpuMs: number; count: number } {
  const all = events as Traced[];
  const thread = workerThread(all, extensionId);
  const on = all.filter(
    (e) =>
      `${e.pid}:${e.tid}` === thread &&
      e.name === 'RunTask' &&
      e.ph === 'X' &&
      e.dur !== undefined &&
      (!window || (e.ts >= window.from && e.ts <= window.to)),
  );
  const samples = samplesOf(all, thread);
  const from = window?.from ?? on.reduce((m, e) => Math.min(m, e.ts), Infinity);
  const cpu = (t: Traced) => t.tdur ?? t.dur ?? 0;
  const ms = (us: number) => Math.round(us / 100) / 10;
  const long = on.filter((t) => cpu(t) >= overMs * 1000).sort((a, b) => cpu(b) - cpu(a));
  const tasks = long.map((t) => {
    const by = new Map<string, number>();
    let prev: number | undefined;
    for (const s of samples) {
      if (s.ts < t.ts || s.ts > t.ts + t.dur!) continue;
      const step = prev === undefined ? 0 : s.ts - prev;
      prev = s.ts;
      by.set(s.fn, (by.get(s.fn) ?? 0) + step);
    }
    // The trace's own events inside the task, when the profiler is off (or sampled nothing).
    if (by.size === 0)
      for (const e of all)
        if (
          `${e.pid}:${e.tid}` === thread &&
          e.ph === 'X' &&
          e.name !== 'RunTask' &&
          e.ts >= t.ts &&
          e.ts < t.ts + t.dur!
        ) {
          const name = e.args?.data?.functionName
            ? `${e.name}:${e.args.data.functionName}`
            : e.name;
          by.set(name, Math.max(by.get(name) ?? 0, e.dur ?? 0));
        }
    const what = [...by]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([fn, us]) => `${fn} ${ms(us)}`)
      .join(', ');
    return { atMs: ms(t.ts - from), wallMs: ms(t.dur!), cpuMs: ms(cpu(t)), what };
  });
  return {
    tasks,
    longestCpuMs: on.reduce((m, t) => Math.max(m, ms(cpu(t))), 0),
    totalCpuMs: ms(on.reduce((sum, t) => sum + cpu(t), 0)),
    count: on.length,
  };
}

/** A trace of the whole browser with `categories`, taken while `during` runs. */
export async function traceWith<T>(
  cdp: CDPSession,
  categories: string[],
  during: () => Promise<T>,
  stamp: (label: 'start' | 'end') => Promise<unknown>,
): Promise<{ events: TraceEvent[]; result: T }> {
  let result!: T;
  const events = await trace(
    cdp,
    async () => {
      // Whatever tracing sets off in each process at its start is over before the measured part.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await stamp('start');
      result = await during();
      await stamp('end');
    },
    categories,
  );
  return { events, result };
}

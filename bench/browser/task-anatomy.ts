/**
 * What a long main-thread task was made of, for the note: every trace event inside it summed by
 * name (nested events too, so a GC inside a script call shows), the content script's calls by
 * function, and its CPU and wall time. `RINGSIDE_BENCH_ANATOMY=dir` makes crm-scale write one
 * JSON file per run with the scan's content tasks and the scroll's tasks over a frame.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TraceEvent } from './trace';

interface Traced extends TraceEvent {
  tdur?: number;
  args?: { data?: { url?: string; functionName?: string; type?: string } };
}

export interface Anatomy {
  at: number;
  wallMs: number;
  cpuMs: number;
  /** Time by event name (µs → ms), nested events included; the largest first. */
  byName: Array<[string, number]>;
  /** The content script's calls in it: "FunctionCall:name" with their wall ms. */
  calls: Array<[string, number]>;
}

const ms = (us: number) => Math.round(us / 100) / 10;

export function anatomyOf(events: Traced[], task: Traced): Anatomy {
  const end = task.ts + (task.dur ?? 0);
  const by = new Map<string, number>();
  const calls = new Map<string, number>();
  for (const e of events) {
    if (e === task || e.ph !== 'X' || e.ts < task.ts || e.ts >= end) continue;
    if (e.pid !== task.pid || e.tid !== task.tid) continue;
    by.set(e.name, (by.get(e.name) ?? 0) + (e.dur ?? 0));
    if (e.name === 'FunctionCall' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame') {
      const k = `${e.name}:${e.args?.data?.functionName ?? ''}@${(e.args?.data?.url ?? '').slice(-30)}`;
      calls.set(k, (calls.get(k) ?? 0) + (e.dur ?? 0));
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => [k, ms(v)] as [string, number]);
  return {
    at: task.ts,
    wallMs: ms(task.dur ?? 0),
    cpuMs: ms(task.tdur ?? task.dur ?? 0),
    byName: top(by, 14),
    calls: top(calls, 6),
  };
}

/** Tasks on `thread` with more than `overMs` of CPU, each taken apart. */
export function longTasks(events: TraceEvent[], thread: string, overMs: number): Anatomy[] {
  const on = (events as Traced[]).filter((e) => `${e.pid}:${e.tid}` === thread);
  return on
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.tdur ?? e.dur ?? 0) > overMs * 1000)
    .map((t) => anatomyOf(on, t));
}

/** Writes `data` as JSON under `RINGSIDE_BENCH_ANATOMY`, when set. */
export function saveAnatomy(name: string, data: unknown): void {
  const dir = process.env.RINGSIDE_BENCH_ANATOMY;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(data, null, 1));
}

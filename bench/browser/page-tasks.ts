/**
 * The longest main-thread task of an extension page in a DevTools trace (see trace.ts), with what
 * it spent its time on. PerformanceObserver's 'longtask' entries miss work the renderer does
 * outside script (style, layout, paint, GC between tasks); the trace's `RunTask` events hold all
 * of it. `dur` is wall time, `tdur` the thread's CPU time (meaningful on a loaded machine, where
 * the thread can wait for a core in the middle of a short task).
 */
import type { TraceEvent } from './trace';

interface Traced extends TraceEvent {
  tdur?: number;
  args?: { data?: { url?: string; functionName?: string; type?: string }; name?: string };
}

/** What a task's time went to, by the trace event names DevTools shows. */
export const TASK_KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.compile': 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  ParseHTML: 'parse',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MC_INCREMENTAL': 'gc',
  'V8.GCFinalizeMC': 'gc',
  BlinkGC: 'gc',
  'V8.GC_MC_BACKGROUND_MARKING': 'gc',
  'V8.GCIncrementalMarking': 'gc',
  'V8.GCIncrementalMarkingFinalize': 'gc',
  'V8.GCIncrementalMarkingStart': 'gc',
  'V8.GCScavenger': 'gc',
  'V8.GCCompactor': 'gc',
  'V8.GC_MARK_COMPACTOR': 'gc',
  HitTest: 'hit test',
  IntersectionObserverController: 'observers',
  'IntersectionObserverController::computeIntersections': 'observers',
  UpdateLayer: 'paint',
  'Document::rebuildLayoutTree': 'style',
  ScheduleStyleRecalculation: 'style',
  UpdateLayerTree: 'paint',
  CompositeLayers: 'paint',
  Commit: 'paint',
};

export interface LongestTask {
  wallMs: number;
  cpuMs: number;
  /** Time inside the longest task by kind (wall ms), outermost events only ("script 30 / style 12"). */
  what: string;
  /** Tasks of 50 ms of CPU or more. */
  over50: number;
}

/** The main thread of the page whose document is `url` (its `ParseHTML` or a script of it). */
export function pageThread(events: TraceEvent[], url: string): string {
  const e = (events as Traced[]).find(
    (ev) =>
      (ev.name === 'ParseHTML' &&
        (ev.args as { beginData?: { url?: string } })?.beginData?.url?.startsWith(url)) ||
      (ev.name === 'EventDispatch' && ev.args?.data?.type === 'click'),
  );
  if (e) return `${e.pid}:${e.tid}`;
  // Else the renderer thread that ran the most of the extension's scripts.
  const origin = url.split('/').slice(0, 3).join('/');
  const counts = new Map<string, number>();
  for (const ev of events as Traced[])
    if (ev.name === 'FunctionCall' && (ev.args?.data?.url ?? '').startsWith(origin)) {
      const k = `${ev.pid}:${ev.tid}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error(`no task of ${url} in the trace`);
  return best[0];
}

export function longestTask(events: TraceEvent[], thread: string, from = 0): LongestTask {
  const on = (events as Traced[]).filter((e) => `${e.pid}:${e.tid}` === thread && e.ts >= from);
  // Tasks that did page work (script, style, layout, paint, GC); the tracer's own housekeeping
  // tasks do none. CPU time ranks them.
  const work = on
    .filter((e) => TASK_KINDS[e.name])
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const anyWithin = (from: number, to: number) => {
    let lo = 0;
    let hi = work.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (work[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < work.length && work[lo]! <= to;
  };
  const tasks = on.filter(
    (e) =>
      e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined && anyWithin(e.ts, e.ts + e.dur),
  );
  const cpu = (t: Traced) => t.tdur ?? t.dur ?? 0;
  const longest = tasks.reduce<Traced | null>((m, t) => (!m || cpu(t) > cpu(m) ? t : m), null);
  if (!longest) return { wallMs: 0, cpuMs: 0, what: '', over50: 0 };
  const ms = (us: number) => Math.round(us / 100) / 10;
  return {
    wallMs: ms(longest.dur!),
    cpuMs: ms(cpu(longest)),
    what: spentOn(on, longest),
    over50: tasks.filter((t) => cpu(t) >= 50_000).length,
  };
}

/** Time inside a task by kind, outermost events only ("script 30 / style 12"), in ms. */
export function spentOn(on: Traced[], task: Traced): string {
  const end = task.ts + task.dur!;
  const inside = on
    .filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts < end && TASK_KINDS[e.name])
    .sort((a, b) => a.ts - b.ts);
  const by = new Map<string, number>();
  let covered = 0;
  for (const e of inside) {
    if (e.ts < covered) continue; // nested in one already counted
    covered = e.ts + (e.dur ?? 0);
    const k = TASK_KINDS[e.name]!;
    by.set(k, (by.get(k) ?? 0) + (e.dur ?? 0));
  }
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .map(([k, us]) => `${k} ${Math.round(us / 1000)}`)
    .join(' / ');
}

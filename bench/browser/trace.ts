/**
 * DevTools traces of a page's renderer, and which of its main-thread tasks are the content
 * script's: a task is ours when it evaluates the script or calls into it (a `FunctionCall` or
 * compile with an extension URL: a slice resumed by `scheduler.postTask`, an observer or frame
 * callback, a message reply) or resumes it after `scheduler.yield()` (`RunYieldContinuation`).
 */
import type { CDPSession } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

/**
 * `RINGSIDE_BENCH_PROFILE=1`: V8's sampled CPU profile too (ProfileChunk events), to read from a
 * trace written by `dumpTrace` (build with `RINGSIDE_NO_MINIFY=1` for readable names).
 */
export const PROFILE_CATEGORIES =
  process.env.RINGSIDE_BENCH_PROFILE === '1' ? ['disabled-by-default-v8.cpu_profiler'] : [];

/** `RINGSIDE_BENCH_DUMP=<dir>`: writes a trace's events there as `<name>.json`, for reading later. */
export function dumpTrace(name: string, events: TraceEvent[]): void {
  const dir = process.env.RINGSIDE_BENCH_DUMP;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(events));
}

/** The categories every trace records: DevTools' timeline (tasks, script, style, layout, paint). */
export const TIMELINE_CATEGORIES = [
  'devtools.timeline',
  'blink.user_timing',
  'disabled-by-default-devtools.timeline',
  // GC phases by name (MajorGC, MinorGC, V8.GC_*), to tell a long task's GC from its script.
  'disabled-by-default-v8.gc',
  // Chrome's own page-text capture (PAGE_TEXT_CAPTURE below), to tell it from the content script.
  'renderer',
  '__metadata',
  ...PROFILE_CATEGORIES,
];

/**
 * A trace of the whole browser with `categories`, taken while `during` runs. The trace ends (and
 * its listener goes) even when `during` throws, so one failed measure does not leave tracing on.
 */
export async function trace(
  cdp: CDPSession,
  during: () => Promise<void>,
  categories: readonly string[] = TIMELINE_CATEGORIES,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...categories] },
    transferMode: 'ReportEvents',
  });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

/**
 * Chrome reads a page's whole text twice after it loads (for translation's language detection),
 * with or without any extension: on the 10,000-row bench page 112 and 59 ms in plain Chromium.
 * It runs inside a frame's lifecycle, so when the content script's animation-frame callback opened
 * that frame the trace puts it in "our" task (a 4 ms callback in a 62 ms task). The content
 * script's task is measured without it, and the capture is reported apart.
 */
export const PAGE_TEXT_CAPTURE = 'ChromeRenderFrameObserver::CapturePageText';

export interface RunResult {
  /** The content script's longest task, without Chrome's page-text capture inside it. */
  longestContentMs: number;
  /**
   * The same task's measure by CPU time (the thread's clock, `tdur`): on a loaded machine wall
   * time counts the moments the thread waited for a core. Wall time when the trace has none.
   */
  longestContentCpuMs: number;
  contentTasks: number;
  contentOver50: number;
  /** The longest page-text capture of Chrome's that ran inside a content task (wall ms). */
  pageTextCaptureMs: number;
  scanMs: number;
  /** Longest task of the page's own (rendering included) while the scan ran. */
  longestPageMs: number;
  /** From the scan's last task to the end of the trace. */
  quietMs: number;
  /**
   * The content script's own longest call (its JS alone, without the rest of the task it ran in:
   * a frame's task also holds the page's rendering).
   */
  longestCallMs: number;
  /** What ran in the content script's longest task (event and function names). */
  longestWhat: string;
  /** Trace time (µs) of the scan's first task's start and last task's end. */
  firstTs: number;
  lastTs: number;
}

export function analyse(events: TraceEvent[], extensionId: string): RunResult {
  const script = `chrome-extension://${extensionId}/content-scripts/`;
  // The page's main thread is where the content script was evaluated (the trace also holds the
  // extension's service worker, whose calls have extension URLs too).
  const evaluated = events.find(
    (e) =>
      (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
      (e.args?.data?.url ?? '').startsWith(script),
  );
  if (!evaluated) throw new Error('the content script did not run in the traced page');
  const thread = `${evaluated.pid}:${evaluated.tid}`;
  const ours = (e: TraceEvent) =>
    `${e.pid}:${e.tid}` === thread &&
    (e.name === 'RunYieldContinuation' ||
      (['EvaluateScript', 'FunctionCall', 'v8.compile'].includes(e.name) &&
        (e.args?.data?.url ?? '').startsWith(`chrome-extension://${extensionId}/`)));
  const markers = events.filter(ours);
  const onThread = (e: TraceEvent) => `${e.pid}:${e.tid}` === thread;
  const tasks = events.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && onThread(e) && e.dur !== undefined,
  );
  // Markers sorted by time: each task looks for one inside it by binary search (traces of a
  // 50,000-row page hold tens of thousands of both).
  const times = markers
    .filter(onThread)
    .map((m) => m.ts)
    .sort((a, b) => a - b);
  const anyWithin = (from: number, to: number) => {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < times.length && times[lo]! <= to;
  };
  const mine = tasks.filter((t) => anyWithin(t.ts, t.ts + t.dur!));
  const captures = events.filter((e) => e.name === PAGE_TEXT_CAPTURE && onThread(e));
  const captureIn = (t: TraceEvent) => captures.filter((c) => c.ts >= t.ts && c.ts < t.ts + t.dur!);
  const cpu = (e: TraceEvent) => (e as { tdur?: number }).tdur ?? e.dur!;
  const sum = (xs: TraceEvent[], of: (e: TraceEvent) => number) =>
    xs.reduce((n, e) => n + of(e), 0);
  /** A content task's wall and CPU time without Chrome's page-text capture. */
  const own = mine.map((t) => {
    const inside = captureIn(t);
    const capture = sum(inside, (c) => c.dur ?? 0);
    return { task: t, wall: t.dur! - capture, cpu: cpu(t) - sum(inside, cpu), capture };
  });
  const ms = (us: number) => Math.round(us / 10) / 100;
  const first = mine.reduce((m, t) => Math.min(m, t.ts), Infinity);
  const last = mine.reduce((m, t) => Math.max(m, t.ts + t.dur!), -Infinity);
  // The page's own tasks while the scan runs: parsing the rest of the table, layout, and the
  // frames that paint the highlights as they are added.
  const ourTasks = new Set(mine);
  const others = tasks.filter((t) => !ourTasks.has(t) && t.ts + t.dur! >= first && t.ts <= last);
  const longest = own.reduce<(typeof own)[number] | null>(
    (m, t) => (!m || t.wall > m.wall ? t : m),
    null,
  );
  return {
    longestContentMs: ms(longest?.wall ?? 0),
    longestContentCpuMs: ms(own.reduce((m, t) => Math.max(m, t.cpu), 0)),
    longestCallMs: ms(markers.filter(onThread).reduce((m, e) => Math.max(m, e.dur ?? 0), 0)),
    contentTasks: mine.length,
    contentOver50: own.filter((t) => t.wall >= 50_000).length,
    pageTextCaptureMs: ms(own.reduce((m, t) => Math.max(m, t.capture), 0)),
    scanMs: ms(last - first),
    longestPageMs: ms(others.reduce((m, t) => Math.max(m, t.dur!), 0)),
    quietMs: ms(events.reduce((m, e) => Math.max(m, e.ts + (e.dur ?? 0)), 0) - last),
    longestWhat: describeTask(longest?.task ?? null, markers.filter(onThread)),
    firstTs: first,
    lastTs: last,
  };
}

/** The content script's calls inside a task, for telling what a long task was. */
function describeTask(task: TraceEvent | null, markers: TraceEvent[]): string {
  if (!task) return '';
  const inside = markers.filter((m) => m.ts >= task.ts && m.ts <= task.ts + task.dur!);
  const names = inside.map(
    (m) => `${m.name}${m.args?.data?.functionName ? `:${m.args.data.functionName}` : ''}`,
  );
  return [...new Set(names)].slice(0, 4).join(' ');
}

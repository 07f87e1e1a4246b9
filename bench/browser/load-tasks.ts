/**
 * Every main-thread task of an extension page in a DevTools trace, with what each was, for a
 * page load traced from before its navigation (options-scale.spec.ts).
 *
 * page-tasks.ts keeps only tasks that hold a timeline event it knows (script, style, layout,
 * paint, GC), which leaves out tasks the page pays for all the same: the code cache V8 makes of
 * a module right after evaluating it (`v8.produceModuleCache`), a module's compile, and work
 * posted from native code. Here every `RunTask` on the page's thread counts, except the ones
 * that run the benchmark's own DevTools commands (Playwright's locator queries and evaluations
 * arrive as `blink.mojom.DevToolsSession` messages, which no user's page receives): those are
 * reported apart, as `harness`, so that nothing is hidden.
 *
 * It needs the `toplevel` trace category (LOAD_CATEGORIES): its `ThreadControllerImpl::RunTask`
 * says where a task was posted from (a timer, a module evaluation, a frame, an IndexedDB reply)
 * and its `Receive mojo message` which interface a message was for.
 */
import { TASK_KINDS } from './page-tasks';
import { TIMELINE_CATEGORIES, type TraceEvent } from './trace';

export const LOAD_CATEGORIES = [...TIMELINE_CATEGORIES, 'toplevel'];

interface Traced extends TraceEvent {
  tdur?: number;
  args?: {
    data?: { url?: string; functionName?: string; type?: string };
    src_file?: string;
    src_func?: string;
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

/**
 * What a task's time went to, by trace event name: the page benches' kinds, with a load's compile,
 * code cache and evaluation told apart from its script.
 */
const KINDS: Record<string, string> = {
  ...TASK_KINDS,
  EvaluateScript: 'evaluate',
  'v8.evaluateModule': 'evaluate',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'V8.CompileCode': 'compile',
  'v8.produceCache': 'code cache',
  'v8.produceModuleCache': 'code cache',
};

/** Where a task was posted from (`ThreadControllerImpl::RunTask`'s src_func), in words. */
const SOURCES: Record<string, string> = {
  DOMTimer: 'timer',
  EvaluateModule: 'module evaluation',
  PendingScriptFinished: 'script loaded',
  ScheduledActionSendBeginMainFrame: 'frame',
  FinishDecode: 'script decode',
};

export interface TaskInfo {
  wallMs: number;
  cpuMs: number;
  /** ms from the start of the window (navigation, for a load). */
  atMs: number;
  /** "timer: script 20 / style 5 (ee in popup-app.js)". */
  what: string;
}

const NONE: TaskInfo = { wallMs: 0, cpuMs: 0, atMs: 0, what: '' };
const ms = (us: number) => Math.round(us / 100) / 10;
const cpuOf = (t: Traced) => t.tdur ?? t.dur ?? 0;
const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;

export interface WindowTasks {
  /** The page's longest task by CPU time. */
  longest: TaskInfo;
  /** The longest task that ran the benchmark's own DevTools commands. */
  harness: TaskInfo;
  /** Page tasks of 35 ms (the goal with a margin) and of 50 ms of CPU or more. */
  over35: number;
  over50: number;
  /** CPU and count of the page's tasks in the window. */
  cpuMs: number;
  count: number;
}

/** Every task on `thread` that starts within [from, to] (trace µs), page and harness apart. */
export function windowTasks(
  events: TraceEvent[],
  thread: string,
  from: number,
  to = Infinity,
): WindowTasks {
  const on = (events as Traced[])
    .filter((e) => threadOf(e) === thread && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const tasks = on.filter((e) => e.name === 'RunTask' && e.ts >= from && e.ts <= to);
  const page: Traced[] = [];
  const harness: Traced[] = [];
  for (const t of tasks) (isHarness(on, t) ? harness : page).push(t);
  const longestOf = (list: Traced[]) =>
    list.reduce<Traced | null>((m, t) => (!m || cpuOf(t) > cpuOf(m) ? t : m), null);
  const info = (t: Traced | null): TaskInfo =>
    t
      ? {
          wallMs: ms(t.dur!),
          cpuMs: ms(cpuOf(t)),
          atMs: ms(t.ts - from),
          what: describe(on, t),
        }
      : NONE;
  return {
    longest: info(longestOf(page)),
    harness: info(longestOf(harness)),
    over35: page.filter((t) => cpuOf(t) >= 35_000).length,
    over50: page.filter((t) => cpuOf(t) >= 50_000).length,
    cpuMs: ms(page.reduce((s, t) => s + cpuOf(t), 0)),
    count: page.length,
  };
}

/** Events inside a task (it is sorted by start), by binary search for the first one. */
function inside(on: Traced[], task: Traced): Traced[] {
  let lo = 0;
  let hi = on.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (on[mid]!.ts < task.ts) lo = mid + 1;
    else hi = mid;
  }
  const end = task.ts + task.dur!;
  const out: Traced[] = [];
  for (let i = lo; i < on.length && on[i]!.ts < end; i++) if (on[i] !== task) out.push(on[i]!);
  return out;
}

function isHarness(on: Traced[], task: Traced): boolean {
  return inside(on, task).some(
    (e) =>
      e.name === 'Receive mojo message' &&
      (e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '').includes('DevTools'),
  );
}

/** Where a task came from, its time by kind (outermost events only) and its longest call. */
function describe(on: Traced[], task: Traced): string {
  const within = inside(on, task);
  const posted = within.find((e) => e.name === 'ThreadControllerImpl::RunTask');
  const mojo = within.find((e) => e.name === 'Receive mojo message');
  const func = posted?.args?.src_func ?? '';
  const source =
    SOURCES[func] ??
    (mojo?.args?.chrome_mojo_event_info?.mojo_interface_tag
      ? `message ${mojo.args.chrome_mojo_event_info.mojo_interface_tag}`
      : func || 'task');
  const by = new Map<string, number>();
  let covered = 0;
  for (const e of within) {
    const kind = KINDS[e.name];
    if (!kind || e.ts < covered) continue; // nested in one already counted
    covered = e.ts + (e.dur ?? 0);
    by.set(kind, (by.get(kind) ?? 0) + (e.dur ?? 0));
  }
  const kinds = [...by]
    .sort((a, b) => b[1] - a[1])
    .filter(([, us]) => us >= 500)
    .map(([k, us]) => `${k} ${Math.round(us / 1000)}`)
    .join(' / ');
  const call = within
    .filter((e) => e.name === 'FunctionCall' || e.name.startsWith('v8.produce'))
    .reduce<Traced | null>((m, e) => (!m || (e.dur ?? 0) > (m.dur ?? 0) ? e : m), null);
  const file = (call?.args?.data?.url ?? '').split('/').pop() ?? '';
  const callText = call
    ? ` (${call.name === 'FunctionCall' ? call.args?.data?.functionName || 'anonymous' : call.name} in ${file.replace(/-[\w-]{8}\.js$/, '.js')})`
    : '';
  return `${source}: ${kinds || 'native'}${callText}`;
}

/** The trace time (µs) of the user-timing mark `name` on `thread`, or undefined. */
export function markTs(events: TraceEvent[], thread: string, name: string): number | undefined {
  return events.find((e) => e.name === name && threadOf(e) === thread)?.ts;
}

/** CPU time (ms) of the page's own tasks on `thread` that start within [from, to]. */
export function cpuBetween(events: TraceEvent[], thread: string, from: number, to: number): number {
  return windowTasks(events, thread, from, to).cpuMs;
}

/**
 * Where the opening of an extension page goes, from a DevTools trace of the whole browser taken
 * while it opens (see trace.ts): the page's renderer main thread from the navigation's start to the
 * page's `console.timeStamp(READY_STAMP)` (the popup: its caller-ID dropdown exists; the blank page:
 * its load event).
 *
 * - CPU (the thread's own clock, `tdur`, which load inflates least): every task of the thread in
 *   that window, split by what it did (outermost trace events only): the navigation's commit and
 *   document set-up (the extension bindings, the window), HTML parsing, script compiling, script
 *   running (module evaluation, microtasks, callbacks: the page's own JavaScript, Preact's render
 *   included), style, layout, paint, GC, and the rest.
 * - Wall milestones (ms from the navigation's start): the commit in the renderer, the document
 *   parsed, the last script received, the scripts evaluated, ready. The gaps say what was waited
 *   for: the browser process (navigation, file reads), the module graph, our own work.
 */
import { PROFILE_CATEGORIES, type TraceEvent } from './trace';

export const READY_STAMP = 'ringside-ready';

/** What a trace event's time is counted as, by the names DevTools shows. */
const KINDS: Record<string, Kind> = {
  'RenderFrameImpl::CommitNavigation': 'commit',
  'AgentSchedulingGroup::CreateFrame': 'commit',
  'AgentSchedulingGroup::CreateWebView': 'commit',
  'RenderFrameImpl::Initialize': 'commit',
  'NavigationBodyLoader::StartLoadingBody': 'commit',
  'NavigationBodyLoader::OnReadable': 'commit',
  'DocumentLoader::BodyLoadingFinished': 'commit',
  ParseHTML: 'html',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'v8.produceModuleCache': 'compile',
  'v8.produceCache': 'compile',
  'v8.evaluateModule': 'script',
  EvaluateScript: 'script',
  FunctionCall: 'script',
  RunMicrotasks: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  UpdateLayoutTree: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  BlinkGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MC_INCREMENTAL': 'gc',
  'V8.GCFinalizeMC': 'gc',
};

export const KIND_NAMES = [
  'commit',
  'html',
  'compile',
  'script',
  'style',
  'layout',
  'paint',
  'gc',
  'other',
] as const;
export type Kind = (typeof KIND_NAMES)[number];

export interface OpenBreakdown {
  /** CPU ms of the page's main thread from the navigation's start to ready. */
  cpuMs: number;
  /** That CPU by kind (ms). */
  cpuBy: Record<Kind, number>;
  /** Wall ms from the navigation's start (undefined when the page had no such step). */
  wall: {
    commit?: number;
    parsed?: number;
    scriptsIn?: number;
    evaluated?: number;
    ready: number;
  };
}

interface Traced extends TraceEvent {
  tdur?: number;
  args?: {
    data?: { url?: string; message?: string; requestId?: string };
    beginData?: { url?: string };
  };
}

const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;

/**
 * The breakdown of the one page of `url` opened while `events` were traced. `events` must hold the
 * browser's navigation start (category `navigation`) and the ready stamp (`devtools.timeline`).
 */
export function openBreakdown(events: TraceEvent[], url: string): OpenBreakdown {
  const all = events as Traced[];
  const ready = all.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === READY_STAMP);
  if (!ready) throw new Error(`no ${READY_STAMP} stamp in the trace of ${url}`);
  const main = thread(ready);
  // The browser's side of the navigation starts with this call (the address the page asked for).
  const start = all
    .filter(
      (e) => e.name === 'NavigationControllerImpl::LoadURLWithParamsForResult' && e.ts < ready.ts,
    )
    .reduce((m, e) => Math.max(m, e.ts), -Infinity);
  if (!Number.isFinite(start)) throw new Error(`no navigation start in the trace of ${url}`);
  const on = all.filter((e) => thread(e) === main && e.ph === 'X' && e.dur !== undefined);
  const tasks = on.filter(
    (e) => e.name === 'RunTask' && e.ts + e.dur! >= start && e.ts <= ready.ts,
  );
  const cpu = (e: Traced) => e.tdur ?? e.dur ?? 0;
  const cpuBy = Object.fromEntries(KIND_NAMES.map((k) => [k, 0])) as Record<Kind, number>;
  let total = 0;
  const inside = on
    .filter((e) => e.name !== 'RunTask' && KINDS[e.name] && e.ts >= start && e.ts <= ready.ts)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  for (const task of tasks) {
    total += cpu(task);
    let covered = 0;
    let counted = 0;
    for (const e of inside) {
      if (e.ts < task.ts || e.ts >= task.ts + task.dur!) continue;
      if (e.ts < covered) continue; // nested in one already counted
      covered = e.ts + e.dur!;
      cpuBy[KINDS[e.name]!] += cpu(e);
      counted += cpu(e);
    }
    cpuBy.other += Math.max(0, cpu(task) - counted);
  }
  const ms = (us: number) => Math.round(us / 10) / 100;
  const at = (e: Traced | undefined, end = false) =>
    e ? ms(e.ts + (end ? (e.dur ?? 0) : 0) - start) : undefined;
  const last = (list: Traced[]) => list.sort((a, b) => a.ts - b.ts).at(-1);
  const between = (e: Traced) => e.ts >= start && e.ts <= ready.ts;
  return {
    cpuMs: ms(total),
    cpuBy: Object.fromEntries(KIND_NAMES.map((k) => [k, ms(cpuBy[k])])) as Record<Kind, number>,
    wall: {
      commit: at(on.filter((e) => e.name === 'RenderFrameImpl::CommitNavigation' && between(e))[0]),
      parsed: at(
        last(
          on.filter(
            (e) =>
              e.name === 'ParseHTML' &&
              between(e) &&
              (e.args?.beginData?.url ?? '').startsWith(url),
          ),
        ),
        true,
      ),
      scriptsIn: at(
        last(
          all.filter(
            (e) =>
              thread(e) === main &&
              e.name === 'ResourceReceiveResponse' &&
              between(e) &&
              /\.js(\?|$)/.test(requestUrl(all, e.args?.data?.requestId) ?? ''),
          ),
        ),
      ),
      evaluated: at(last(on.filter((e) => e.name === 'v8.evaluateModule' && between(e))), true),
      ready: ms(ready.ts - start),
    },
  };
}

/** The URL a `ResourceSendRequest` of the same request id asked for. */
function requestUrl(events: Traced[], requestId: string | undefined): string | undefined {
  if (!requestId) return undefined;
  return events.find(
    (e) => e.name === 'ResourceSendRequest' && e.args?.data?.requestId === requestId,
  )?.args?.data?.url;
}

/** Trace categories the breakdown needs. */
export const OPEN_TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'loading',
  'navigation',
  'v8',
  'v8.execute',
  '__metadata',
  ...PROFILE_CATEGORIES,
];

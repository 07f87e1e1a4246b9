/**
 * What happened between a preview's request and its reply (issue 15: what holds replies while a
 * big sync or import runs). Three sources, on one clock (`performance.timeOrigin + now()`, the
 * same wall clock in every process of the browser):
 *
 * - every IndexedDB transaction of the service worker and of the open popup, logged by a wrapper
 *   of `IDBDatabase.prototype.transaction` installed from the bench (no product code changes):
 *   its scope, mode, when it was created and when it completed. A transaction's life is its wait
 *   for the database (IndexedDB runs a database's transactions one at a time where their scopes
 *   overlap and a readwrite one is among them, and all of them on one backend sequence in the
 *   browser process) plus its requests;
 * - every message the worker received (an extra `runtime.onMessage` listener, which runs in the
 *   same task as the real one), so the hop from the page to the worker is seen on its own;
 * - from the DevTools trace, the worker thread's garbage collections and the browser process's
 *   IndexedDB backend work.
 */
import type { Page, Worker } from '@playwright/test';
import type { TraceEvent } from './trace';

export interface LoggedTx {
  where: string;
  stores: string;
  mode: string;
  created: number;
  done?: number;
}

export interface LoggedMessage {
  type: string;
  id: unknown;
  at: number;
}

/**
 * Installed in a context (worker or page) by `evaluate`: logs its IndexedDB transactions. Dexie
 * binds `IDBDatabase.prototype.transaction` when it opens, so the wrapper is on the requests
 * (looked up at each call): a transaction is logged at its first request, with its scope and
 * mode, and completed when it fires `complete` (or `abort`).
 */
function installTxLog(where: string): void {
  const g = globalThis as unknown as {
    benchTx?: LoggedTx[];
    benchTxInstalled?: boolean;
  };
  g.benchTx = [];
  if (g.benchTxInstalled) return;
  g.benchTxInstalled = true;
  const clock = () => performance.timeOrigin + performance.now();
  const seen = new WeakSet<IDBTransaction>();
  const note = (tx: IDBTransaction) => {
    if (seen.has(tx)) return;
    seen.add(tx);
    const entry: LoggedTx = {
      where,
      stores: [...tx.objectStoreNames].join('+'),
      mode: tx.mode,
      created: clock(),
    };
    g.benchTx?.push(entry);
    const end = () => (entry.done = clock());
    tx.addEventListener('complete', end);
    tx.addEventListener('abort', end);
  };
  const methods = ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'];
  const wrap = (proto: object, names: string[], txOf: (self: never) => IDBTransaction) => {
    for (const name of names) {
      const target = proto as Record<string, (...args: unknown[]) => unknown>;
      const original = target[name];
      if (typeof original !== 'function') continue;
      target[name] = function (this: never, ...args: unknown[]) {
        note(txOf(this));
        return original.apply(this, args);
      };
    }
  };
  wrap(
    IDBObjectStore.prototype,
    [...methods, 'put', 'add', 'delete', 'clear'],
    (store: IDBObjectStore) => store.transaction,
  );
  wrap(IDBIndex.prototype, methods, (index: IDBIndex) => index.objectStore.transaction);
}

/** Installed in the worker: logs every message it receives (type, id, when). */
function installMessageLog(): void {
  const g = globalThis as unknown as { benchMsgs?: LoggedMessage[]; benchMsgInstalled?: boolean };
  g.benchMsgs = [];
  if (g.benchMsgInstalled) return;
  g.benchMsgInstalled = true;
  chrome.runtime.onMessage.addListener((message: { type?: string; id?: unknown }) => {
    g.benchMsgs?.push({
      type: String(message?.type),
      id: message?.id,
      at: performance.timeOrigin + performance.now(),
    });
    return undefined;
  });
}

function takeTxLog(): LoggedTx[] {
  const g = globalThis as unknown as { benchTx?: LoggedTx[] };
  const out = g.benchTx ?? [];
  g.benchTx = [];
  return out;
}

function takeMessageLog(): LoggedMessage[] {
  const g = globalThis as unknown as { benchMsgs?: LoggedMessage[] };
  const out = g.benchMsgs ?? [];
  g.benchMsgs = [];
  return out;
}

/** Starts logging in the worker and the popup; the returned function collects both logs. */
export async function watchReplies(
  worker: Worker,
  popup: Page,
): Promise<() => Promise<{ txs: LoggedTx[]; messages: LoggedMessage[] }>> {
  await worker.evaluate(installTxLog, 'worker');
  await worker.evaluate(installMessageLog);
  await popup.evaluate(installTxLog, 'popup');
  return async () => {
    const [w, p, messages] = await Promise.all([
      worker.evaluate(takeTxLog),
      popup.evaluate(takeTxLog),
      worker.evaluate(takeMessageLog),
    ]);
    return { txs: [...w, ...p], messages };
  };
}

export interface TimedReply {
  id: number;
  /** Epoch ms (performance.timeOrigin + now()) when asked and when the reply came back. */
  askedAt: number;
  repliedAt: number;
  ms: number;
}

interface TraceSpan {
  kind: 'gc' | 'idb' | 'worker-task' | 'browser-task';
  what: string;
  from: number;
  to: number;
  cpu: number;
}

/** The browser process's main thread (where extension messages are routed). */
function browserMainThread(events: TraceEvent[]): string | undefined {
  const e = (events as (TraceEvent & { args?: { name?: string } })[]).find(
    (x) => x.name === 'thread_name' && x.args?.name === 'CrBrowserMain',
  );
  return e ? `${e.pid}:${e.tid}` : undefined;
}

/**
 * From the trace, on the epoch clock (`offsetMs` = trace ms − epoch ms, from a stamp seen on
 * both): the worker thread's tasks and GCs, the browser main thread's tasks, and the browser
 * process's IndexedDB backend operations.
 */
export function traceSpans(
  events: TraceEvent[],
  workerThread: string,
  offsetMs: number,
): TraceSpan[] {
  const spans: TraceSpan[] = [];
  const browserMain = browserMainThread(events);
  for (const e of events as (TraceEvent & { tdur?: number })[]) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const thread = `${e.pid}:${e.tid}`;
    let kind: TraceSpan['kind'] | undefined;
    if (thread === workerThread && (e.name === 'MajorGC' || e.name === 'MinorGC')) kind = 'gc';
    else if (thread === workerThread && e.name === 'RunTask') kind = 'worker-task';
    else if (thread === browserMain && e.name === 'RunTask') kind = 'browser-task';
    else if (e.cat?.includes('IndexedDB') && e.name.endsWith('Transaction::RunTasks')) kind = 'idb';
    if (!kind) continue;
    spans.push({
      kind,
      what: e.name,
      from: e.ts / 1000 - offsetMs,
      to: (e.ts + e.dur) / 1000 - offsetMs,
      cpu: (e.tdur ?? e.dur) / 1000,
    });
  }
  return spans;
}

const r = (ms: number) => Math.round(ms);

/** Tasks of one kind inside [from, to]: how many, their wall and CPU time, the longest. */
function activity(spans: TraceSpan[], kind: TraceSpan['kind'], from: number, to: number): string {
  const inside = spans.filter((s) => s.kind === kind && s.from < to && s.to > from);
  if (!inside.length) return `${kind}s: none`;
  const wall = inside.reduce((sum, s) => sum + Math.min(s.to, to) - Math.max(s.from, from), 0);
  const cpu = inside.reduce((sum, s) => sum + s.cpu, 0);
  const longest = inside.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
  return `${kind}s: ${inside.length}, wall ${r(wall)}, cpu ${r(cpu)}, longest ${r(
    longest.to - longest.from,
  )} at ${r(longest.from - from)}`;
}

/**
 * For each of the `top` slowest replies: when the worker got the message and what the worker
 * thread and the browser's main thread did until then (the hop) and from then to the reply (the
 * worker's handling and the way back), then the worker's and the popup's transactions that overlapped the reply (scope, mode, ms from the request to creation and
 * to completion), its GCs and the IndexedDB backend's work. Times are ms from the request.
 */
export function explainSlowest(
  replies: TimedReply[],
  log: { txs: LoggedTx[]; messages: LoggedMessage[] },
  spans: TraceSpan[],
  top = 5,
): string[] {
  const slowest = [...replies].sort((a, b) => b.ms - a.ms).slice(0, top);
  return slowest.map((reply) => {
    const t0 = reply.askedAt;
    const t1 = reply.repliedAt;
    const arrived = log.messages.find((m) => m.id === reply.id);
    const hopEnd = arrived?.at ?? t1;
    const overlapping = log.txs
      .filter((tx) => tx.created < t1 && (tx.done ?? Infinity) > t0)
      .map(
        (tx) =>
          `${tx.where} ${tx.mode === 'readwrite' ? 'rw' : 'r'} ${tx.stores} ${r(tx.created - t0)}→${
            tx.done === undefined ? '?' : r(tx.done - t0)
          }`,
      );
    const gcs = spans
      .filter((s) => s.kind === 'gc' && s.from < t1 && s.to > t0)
      .map((s) => `${s.what} ${r(s.from - t0)}→${r(s.to - t0)} (cpu ${s.cpu.toFixed(1)})`);
    return [
      `reply ${r(reply.ms)} ms`,
      `message reached the worker at ${arrived ? r(arrived.at - t0) : '?'}`,
      `until then: worker ${activity(spans, 'worker-task', t0, hopEnd)}`,
      `browser ${activity(spans, 'browser-task', t0, hopEnd)}`,
      `after: worker ${activity(spans, 'worker-task', hopEnd, t1)}`,
      `browser ${activity(spans, 'browser-task', hopEnd, t1)}`,
      `backend ${activity(spans, 'idb', t0, t1)}`,
      ...gcs,
      ...overlapping,
    ].join('; ');
  });
}

/**
 * Over all replies: the hop from the page to the worker (asked → the worker's listener ran) and
 * the rest (the worker's handling and the way back), median and max of each (ms).
 */
export function hopSummary(
  replies: TimedReply[],
  log: { messages: LoggedMessage[] },
): { hop: [number, number]; rest: [number, number] } {
  const hops: number[] = [];
  const rests: number[] = [];
  for (const reply of replies) {
    const m = log.messages.find((x) => x.id === reply.id);
    if (!m) continue;
    hops.push(m.at - reply.askedAt);
    rests.push(reply.repliedAt - m.at);
  }
  const stats = (xs: number[]): [number, number] => {
    const sorted = [...xs].sort((a, b) => a - b);
    return [r(sorted[Math.floor(sorted.length / 2)] ?? NaN), r(sorted[sorted.length - 1] ?? NaN)];
  };
  return { hop: stats(hops), rest: stats(rests) };
}

/** The worker's garbage collections in [from, to] (epoch ms): count, wall, CPU, longest wall. */
export function gcSummary(spans: TraceSpan[], from: number, to: number): string {
  const gcs = spans.filter((s) => s.kind === 'gc' && s.from >= from && s.to <= to);
  const wall = gcs.reduce((sum, s) => sum + s.to - s.from, 0);
  const cpu = gcs.reduce((sum, s) => sum + s.cpu, 0);
  const longest = gcs.reduce((a, s) => (s.to - s.from > a.to - a.from ? s : a), {
    from: 0,
    to: 0,
    cpu: 0,
  } as Pick<TraceSpan, 'from' | 'to' | 'cpu'>);
  return `${gcs.length} GCs, wall ${r(wall)} ms, cpu ${r(cpu)} ms; longest ${r(
    longest.to - longest.from,
  )} ms wall (${longest.cpu.toFixed(1)} cpu)`;
}

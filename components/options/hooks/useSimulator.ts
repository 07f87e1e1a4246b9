/**
 * Runs the admin simulator in a Web Worker (utils/simulator-worker.ts) and tracks its progress.
 * The options page's main thread only receives progress, the rows as columnar chunks (appended
 * to a SimTable, decoded row by row when drawn), the summary and the CSV Blob. Progress lives in
 * a signal: each step re-renders the progress bar only, not the section. A new run ends the
 * previous worker.
 */
import { useSignal, type ReadonlySignal } from '@preact/signals';
import { language, t } from '../../../utils/i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { SimTable } from '../../../lib/presence/sim-columns';
import type { Coverage } from '../../../lib/presence/simulator';
import type { WorkerReply, WorkerRequest } from '../../../lib/presence/worker-protocol';

export type SimulatorState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'error'; error: string }
  | {
      kind: 'done';
      coverage: Coverage;
      column?: string;
      /** How long the run took in the worker. */
      ms: number;
      /** Every row of the run. */
      table: SimTable;
      csvUrl: string;
    };

export interface SimProgress {
  done: number;
  /** 0 until the worker has read the destinations. */
  total: number;
}

/** How the page gets a worker; component tests pass one that runs in the same thread. */
export type WorkerFactory = () => Worker;

export const defaultWorker: WorkerFactory = () =>
  new Worker(new URL('../../../utils/simulator-worker.ts', import.meta.url), { type: 'module' });

export function useSimulator(createWorker: WorkerFactory = defaultWorker): {
  state: SimulatorState;
  progress: ReadonlySignal<SimProgress>;
  run: (request: WorkerRequest) => void;
} {
  const [state, setState] = useState<SimulatorState>({ kind: 'idle' });
  const progress = useSignal<SimProgress>({ done: 0, total: 0 });
  const worker = useRef<Worker | null>(null);
  const url = useRef<string | null>(null);

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(
    () => () => {
      stop();
      if (url.current) URL.revokeObjectURL(url.current);
    },
    [],
  );

  const run = (request: WorkerRequest) => {
    stop();
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = null;
    progress.value = { done: 0, total: 0 };
    setState({ kind: 'running' });
    const table = new SimTable();
    const w = createWorker();
    worker.current = w;
    w.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (worker.current !== w) return;
      const reply = event.data;
      if (reply.kind === 'rows') {
        table.append(reply.chunk);
        progress.value = { done: reply.done, total: reply.total };
      } else if (reply.kind === 'progress') {
        progress.value = { done: reply.done, total: reply.total };
      } else if (reply.kind === 'error' || reply.kind === 'stopped') {
        const error =
          reply.kind === 'error' ? reply.error : t('options.sim.stopped', { error: reply.detail });
        setState({ kind: 'error', error });
        stop();
      } else {
        url.current = URL.createObjectURL(reply.csv);
        setState({
          kind: 'done',
          coverage: reply.coverage,
          ...(reply.column ? { column: reply.column } : {}),
          ms: reply.ms,
          table,
          csvUrl: url.current,
        });
        stop();
      }
    };
    w.onerror = (event) => {
      setState({ kind: 'error', error: t('options.sim.stopped', { error: event.message }) });
      stop();
    };
    // Reasons come back in the page's language.
    const message: WorkerRequest = { ...request, language: language.value };
    w.postMessage(message);
  };

  return { state, progress, run };
}

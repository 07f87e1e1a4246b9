/**
 * Runs the admin simulator in a Web Worker (utils/simulator-worker.ts) and tracks its progress:
 * the options page's main thread only receives progress, the summary, the first rows and the
 * CSV Blob. A new run ends the previous worker.
 */
import { language, t } from '../../../utils/i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SimRequest } from '../../../lib/presence/simulator';
import type { WorkerReply } from '../../../lib/presence/worker-protocol';

export type SimulatorState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'error'; error: string }
  | (Extract<WorkerReply, { kind: 'done' }> & { csvUrl: string });

/** How the page gets a worker; component tests pass one that runs in the same thread. */
export type WorkerFactory = () => Worker;

export const defaultWorker: WorkerFactory = () =>
  new Worker(new URL('../../../utils/simulator-worker.ts', import.meta.url), { type: 'module' });

export function useSimulator(createWorker: WorkerFactory = defaultWorker) {
  const [state, setState] = useState<SimulatorState>({ kind: 'idle' });
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

  const run = (request: SimRequest) => {
    stop();
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = null;
    setState({ kind: 'running', done: 0, total: 0 });
    const w = createWorker();
    worker.current = w;
    w.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (worker.current !== w) return;
      const reply = event.data;
      if (reply.kind === 'progress')
        setState({ kind: 'running', done: reply.done, total: reply.total });
      else if (reply.kind === 'error' || reply.kind === 'stopped') {
        const error =
          reply.kind === 'error' ? reply.error : t('options.sim.stopped', { error: reply.detail });
        setState({ kind: 'error', error });
        stop();
      } else {
        url.current = URL.createObjectURL(reply.csv);
        setState({ ...reply, csvUrl: url.current });
        stop();
      }
    };
    w.onerror = (event) => {
      setState({ kind: 'error', error: t('options.sim.stopped', { error: event.message }) });
      stop();
    };
    // Reasons come back in the page's language.
    w.postMessage({ ...request, language: language.value });
  };

  return { state, run };
}

/**
 * The simulator's Web Worker: runs lib/presence/simulator.ts off the options page's main thread
 * (100,000 destinations stay responsive), posting progress, then the summary, the first rows and
 * the CSV as a Blob (handed over without copying the text through the main thread).
 */
import { runSimulation, toCsv, type SimRequest } from '../lib/presence/simulator';
import type { WorkerReply } from '../lib/presence/worker-protocol';

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<SimRequest>) => {
  try {
    const started = performance.now();
    const out = runSimulation(event.data, (p) => post({ kind: 'progress', ...p }));
    if (!out.ok) return post({ kind: 'error', error: out.error });
    const csv = new Blob([toCsv(out.rows, event.data.config)], { type: 'text/csv' });
    post({
      kind: 'done',
      coverage: out.coverage,
      preview: out.preview,
      csv,
      column: out.column,
      ms: performance.now() - started,
    });
  } catch (error) {
    post({ kind: 'stopped', detail: String(error) });
  }
};

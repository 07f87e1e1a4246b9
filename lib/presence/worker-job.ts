/**
 * What the simulator's worker does with one request (utils/simulator-worker.ts is its thin
 * wrapper; component tests run it in their own thread): read the destinations (an uploaded
 * file's Blob is read here, not on the page), run the simulation, post the rows as columnar
 * chunks with the progress (their buffers transferred, not copied), then the summary and the CSV
 * as a Blob. Errors are posted for the admin to read.
 */
import { transferablesOf } from './sim-columns';
import { simulateInChunks } from './simulator';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export type Post = (reply: WorkerReply, transfer?: Transferable[]) => void;

export async function runWorkerJob(req: WorkerRequest, post: Post): Promise<void> {
  try {
    const started = performance.now();
    const text = 'file' in req ? await req.file.text() : req.text;
    const out = simulateInChunks({ ...req, text }, (chunk, p) =>
      post({ kind: 'rows', chunk, ...p }, transferablesOf(chunk)),
    );
    if (!out.ok) return post({ kind: 'error', error: out.error });
    post({
      kind: 'done',
      coverage: out.coverage,
      csv: new Blob(out.csv, { type: 'text/csv' }),
      ...(out.column ? { column: out.column } : {}),
      ms: performance.now() - started,
    });
  } catch (error) {
    // Worded by the page, in its language (options.sim.stopped).
    post({ kind: 'stopped', detail: String(error) });
  }
}

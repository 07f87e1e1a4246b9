/**
 * The simulator's Web Worker: runs lib/presence/worker-job.ts off the options page's main
 * thread. The page sends one request (an uploaded file as its Blob) and receives progress, the
 * rows as columnar chunks whose buffers are transferred, the summary and the CSV as a Blob: it
 * never reads, splits, copies or collects 100,000 rows itself.
 */
import { runWorkerJob } from '../lib/presence/worker-job';
import type { WorkerRequest } from '../lib/presence/worker-protocol';

self.onmessage = (event: MessageEvent<WorkerRequest>) =>
  void runWorkerJob(event.data, (reply, transfer = []) =>
    (self as unknown as Worker).postMessage(reply, transfer),
  );

/**
 * Messages between the options page and the simulator's worker (utils/simulator-worker.ts). The
 * page sends the request once, with an uploaded file as its Blob (the worker reads and splits
 * it; the page never holds its text); the worker answers with progress, the rows in columnar
 * chunks (sim-columns.ts, their buffers transferred), then the summary and the CSV as a Blob.
 */
import type { SimChunk } from './sim-columns';
import type { Coverage, SimRequest } from './simulator';

/** What the page asks: the text it holds (pasted), or the uploaded file to read. */
export type WorkerRequest = Omit<SimRequest, 'text'> & ({ text: string } | { file: Blob });

export type WorkerReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'rows'; chunk: SimChunk; done: number; total: number }
  | {
      kind: 'done';
      coverage: Coverage;
      /** Every row as CSV, made in the worker. */
      csv: Blob;
      column?: string;
      /** How long the run took in the worker. */
      ms: number;
    }
  | { kind: 'error'; error: string }
  /** The run threw: the page words it (`detail` is the thrown value's text, quoted as is). */
  | { kind: 'stopped'; detail: string };

/** Messages from the simulator's worker (utils/simulator-worker.ts) to the options page. */
import type { Coverage, SimRow } from './simulator';

export type WorkerReply =
  | { kind: 'progress'; done: number; total: number }
  | {
      kind: 'done';
      coverage: Coverage;
      /** The first rows, for the table on the page; every row is in the CSV. */
      preview: SimRow[];
      csv: Blob;
      column?: string;
      /** How long the run took in the worker. */
      ms: number;
    }
  | { kind: 'error'; error: string }
  /** The run threw: the page words it (`detail` is the thrown value's text, quoted as is). */
  | { kind: 'stopped'; detail: string };

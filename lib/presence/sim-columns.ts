/**
 * The simulator's rows as compact columns, for the trip from its Web Worker to the options page.
 *
 * 100,000 rows posted as 100,000 objects cost the page one long task to deserialise (structured
 * clone builds every object and string on the main thread) and a long garbage collection later.
 * Here a slice of rows travels as two typed arrays and one string: the destination and E.164 of
 * each row concatenated into `text`, cut by `ends`; and, for the columns that repeat (agent,
 * caller ID, rule, reason), an index per row into a table that only grows, each chunk bringing
 * the entries it added. The typed arrays are transferred, not copied, and the page decodes a
 * row only when it draws it (`SimTable.row`).
 */
import type { CallerIdRule } from '../caller-id/types';
import type { SimRow } from './simulator';

/** The columns whose values repeat, stored as indexes into their table. */
const INTERNED = ['agentId', 'numberId', 'number', 'rule', 'reason'] as const;
const WIDTH = INTERNED.length;

export interface SimChunk {
  /** The index of the chunk's first row in the whole run. */
  start: number;
  count: number;
  /** Each row's destination then its E.164, concatenated. */
  text: string;
  /** Where each of those strings ends in `text`: row i's destination at 2i, its E.164 at 2i+1. */
  ends: Uint32Array;
  /** Row i's index into each interned column's table, at i * 5 + column (INTERNED's order). */
  refs: Uint32Array;
  /** The entries this chunk added to each interned column's table, in INTERNED's order. */
  added: string[][];
}

/** Turns rows into chunks; one encoder per run (its tables carry over from chunk to chunk). */
export class ChunkEncoder {
  private readonly tables = INTERNED.map(() => new Map<string, number>());
  private pending: SimRow[] = [];
  private next = 0;

  push(row: SimRow): void {
    this.pending.push(row);
  }

  /** Rows pushed since the last chunk. */
  get size(): number {
    return this.pending.length;
  }

  /** The rows pushed since the last call, as a chunk and as the rows themselves (for the CSV). */
  flush(): { chunk: SimChunk; rows: SimRow[] } {
    const rows = this.pending;
    this.pending = [];
    const count = rows.length;
    const ends = new Uint32Array(count * 2);
    const refs = new Uint32Array(count * WIDTH);
    const added: string[][] = INTERNED.map(() => []);
    const parts: string[] = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
      const row = rows[i]!;
      parts.push(row.destination, row.e164);
      at += row.destination.length;
      ends[i * 2] = at;
      at += row.e164.length;
      ends[i * 2 + 1] = at;
      for (let c = 0; c < WIDTH; c++) {
        const value = row[INTERNED[c]!];
        const table = this.tables[c]!;
        let ref = table.get(value);
        if (ref === undefined) {
          ref = table.size;
          table.set(value, ref);
          added[c]!.push(value);
        }
        refs[i * WIDTH + c] = ref;
      }
    }
    const chunk = { start: this.next, count, text: parts.join(''), ends, refs, added };
    this.next += count;
    return { chunk, rows };
  }
}

/** The buffers of a chunk, to transfer rather than copy it (postMessage's transfer list). */
export const transferablesOf = (chunk: SimChunk): ArrayBuffer[] => [
  chunk.ends.buffer as ArrayBuffer,
  chunk.refs.buffer as ArrayBuffer,
];

/** The rows received so far; decodes one row at a time, when it is drawn. */
export class SimTable {
  private readonly tables: string[][] = INTERNED.map(() => []);
  private readonly chunks: SimChunk[] = [];
  private rows = 0;

  get length(): number {
    return this.rows;
  }

  /** Adds the next chunk of the run; chunks come in order, each exactly once. */
  append(chunk: SimChunk): void {
    if (chunk.start !== this.rows) {
      throw new Error(`Simulator chunk at row ${chunk.start}, expected ${this.rows}.`);
    }
    chunk.added.forEach((entries, c) => {
      for (const entry of entries) this.tables[c]!.push(entry);
    });
    this.chunks.push(chunk);
    this.rows += chunk.count;
  }

  row(index: number): SimRow {
    if (!(index >= 0 && index < this.rows)) throw new RangeError(`No simulated row ${index}.`);
    const chunk = this.chunkOf(index);
    const i = index - chunk.start;
    const from = i === 0 ? 0 : chunk.ends[i * 2 - 1]!;
    const mid = chunk.ends[i * 2]!;
    const to = chunk.ends[i * 2 + 1]!;
    const ref = (c: number) => this.tables[c]![chunk.refs[i * WIDTH + c]!]!;
    return {
      destination: chunk.text.slice(from, mid),
      e164: chunk.text.slice(mid, to),
      agentId: ref(0),
      numberId: ref(1),
      number: ref(2),
      rule: ref(3) as CallerIdRule,
      reason: ref(4),
    };
  }

  /**
   * The length of the longest value of a repeating column so far (the page sizes that column
   * from it, so that no row's text is cut). Reads the column's table, not the rows.
   */
  longest(column: (typeof INTERNED)[number]): number {
    let max = 0;
    for (const value of this.tables[INTERNED.indexOf(column)]!) max = Math.max(max, value.length);
    return max;
  }

  /** The chunk holding row `index` (binary search: chunks are in row order). */
  private chunkOf(index: number): SimChunk {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.chunks[mid]!.start <= index) lo = mid;
      else hi = mid - 1;
    }
    return this.chunks[lo]!;
  }
}

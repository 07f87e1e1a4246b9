/** Small timing helpers shared by the benchmarks: medians over many runs, and one report format. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Median wall time in ms of `fn`, after `warmup` untimed runs. Batches tiny calls for resolution. */
export function medianMs(fn: () => unknown, { runs = 31, warmup = 5, batch = 1 } = {}): number {
  for (let i = 0; i < warmup; i++) for (let j = 0; j < batch; j++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) fn();
    samples.push((performance.now() - start) / batch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

export type BenchRow = Record<string, string | number>;

/** Prints a table and keeps it in bench-results/<name>.json for notes and comparisons. */
export function report(name: string, rows: BenchRow[]): void {
  console.log(`\n== ${name} ==`);
  console.table(rows);
  const dir = join(process.cwd(), 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(rows, null, 2) + '\n');
}

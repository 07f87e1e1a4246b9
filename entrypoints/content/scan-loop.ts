/**
 * Runs scans in short slices and yields to the page between them, so no task the content script
 * causes blocks the page for long: a 2,000-row list is scanned in many ~8 ms slices.
 */
import type { Scanner, ScanUnit } from '../../lib/detect';

/** Work per slice. A frame is 16 ms; this leaves the page most of it. */
export const SLICE_MS = 8;

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Lets the page run (input, rendering, its own tasks) before the next slice. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A macrotask without setTimeout's 4 ms clamp.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface ScanLoopHooks {
  /** A scanner for the given units (the loop adds later units to it while it runs). */
  createScanner(units: ScanUnit[]): Scanner;
  /** Called at the start of each slice: turn pending mutation records into units. */
  beforeSlice(): ScanUnit[];
  /** All work is done. */
  idle(): void;
  now?: () => number;
}

export class ScanLoop {
  private scanner: Scanner | null = null;
  private queued: ScanUnit[] = [];
  private running = false;
  private stopped = false;
  /** The longest slice so far, in ms: what the loop costs the page at most, per task. */
  longestSliceMs = 0;

  constructor(private readonly hooks: ScanLoopHooks) {}

  /** Queues units and starts the loop if it is not running. */
  add(units: ScanUnit[]): void {
    if (units.length) this.queued.push(...units);
    this.kick();
  }

  kick(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    this.scanner = null;
    this.queued = [];
  }

  private async run(): Promise<void> {
    const now = this.hooks.now ?? (() => performance.now());
    try {
      for (;;) {
        const start = now();
        const deadline = start + SLICE_MS;
        const fresh = this.hooks.beforeSlice();
        if (fresh.length) this.queued.push(...fresh);
        if (this.queued.length) {
          if (this.scanner) this.scanner.add(this.queued);
          else this.scanner = this.hooks.createScanner(this.queued);
          this.queued = [];
        }
        if (!this.scanner || this.stopped) break;
        if (this.scanner.step(() => now() >= deadline)) this.scanner = null;
        this.longestSliceMs = Math.max(this.longestSliceMs, now() - start);
        await yieldToPage();
      }
    } finally {
      this.running = false;
    }
    if (!this.stopped) this.hooks.idle();
  }
}

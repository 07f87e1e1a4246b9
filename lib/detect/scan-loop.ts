/**
 * Runs scans in short slices and gives the page its turn between them, so no task the content
 * script causes blocks the page for long and the page's own work is not held up by ours: a
 * 2,000-row list is scanned in many slices of at most `SLICE_MS`.
 *
 * How it yields matters as much as how long it works. `scheduler.yield()` resumes *before* the
 * page's other tasks (its continuation has a higher priority than timers and network callbacks),
 * so a page's 10 ms timer waited up to 0.5 s behind a 2,000-row scan and its fetches took 5–30
 * times longer. Ringside's continuation is instead a task of the page's own priority, queued
 * *behind* whatever the page already has waiting (a timer that came due during the slice, a
 * fetch's answer): `scheduler.postTask(…, { priority: 'user-visible' })` where it exists
 * (Chromium), else (Firefox) a `MessageChannel` message (no `setTimeout` 4 ms clamp).
 * The `background` priority was tried and measured: Chromium runs such tasks only when nothing
 * else is pending and defers them for long stretches, so on a quiet 3,000-row page the scan had
 * covered ~300 rows after 8 s and numbers scrolled to were not marked.
 */
import type { Scanner } from './scanner';
import type { ScanUnit } from './types';

/** Work per slice. A frame is 16 ms; this leaves the page most of it. */
export const SLICE_MS = 8;

type PostTask = (callback: () => void, options: { priority: 'user-visible' }) => Promise<unknown>;

/** A task that runs after whatever the page has waiting (see the file's comment). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    return scheduler.postTask(() => {}, { priority: 'user-visible' }).then(() => {});
  }
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
  /** How the loop waits between slices; `yieldToPage` unless a test drives it. */
  yield?: () => Promise<void>;
}

export class ScanLoop {
  private scanner: Scanner | null = null;
  private queued: ScanUnit[] = [];
  private running = false;
  private stopped = false;
  /** The longest slice so far, in ms: what the loop costs the page at most, per task. */
  longestSliceMs = 0;
  /** Slices run so far. */
  slices = 0;

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
    const pause = this.hooks.yield ?? yieldToPage;
    try {
      for (;;) {
        // Started in the task that kicked the loop (a mutation callback, the first settings
        // reply): give the page its turn before the first slice too.
        await pause();
        if (this.stopped) break;
        const start = now();
        const deadline = start + SLICE_MS;
        const fresh = this.hooks.beforeSlice();
        if (fresh.length) this.queued.push(...fresh);
        if (this.queued.length) {
          if (this.scanner) this.scanner.add(this.queued);
          else this.scanner = this.hooks.createScanner(this.queued);
          this.queued = [];
        }
        if (!this.scanner) break;
        if (this.scanner.step(() => now() >= deadline)) this.scanner = null;
        this.slices++;
        this.longestSliceMs = Math.max(this.longestSliceMs, now() - start);
      }
    } finally {
      this.running = false;
    }
    if (!this.stopped) this.hooks.idle();
  }
}

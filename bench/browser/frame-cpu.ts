/**
 * The main thread's tasks while a page scrolls, by CPU time (the trace's `tdur`, the thread's own
 * clock). On a machine shared with other builds, wall time counts the moments the thread waited
 * for a core: the page alone then "drops" 10–70 frames of 240. A task that takes more than a
 * frame's 16.7 ms of CPU drops a frame on any machine, so these counts compare with and without
 * the extension even under load.
 */
import { longestTask, type LongestTask } from './page-tasks';
import type { TraceEvent } from './trace';

export interface ScrollCpu {
  /** Tasks on the page's main thread with more than `FRAME_MS` of CPU. */
  over17: number;
  /** The longest of them by CPU, with what it spent its time on (script, style, layout, paint). */
  longest: LongestTask;
  /** True when the trace had thread times (else wall times were counted). */
  cpuClock: boolean;
  /**
   * All the scroll's paint (ms, outermost Paint events). Chromium repaints the page every few
   * hundred pixels of a scroll, with or without the extension, at ~12–17 ms each on the
   * 10,000-row page: right at the frame's 16.7 ms, so `over17` swings with the machine's noise
   * while this sum says what painting the extension's marks adds.
   */
  paintMs: number;
}

export const FRAME_MS = 16.7;

export function scrollCpu(events: TraceEvent[], thread: string): ScrollCpu {
  const tasks = (events as Array<TraceEvent & { tdur?: number }>).filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && `${e.pid}:${e.tid}` === thread,
  );
  const cpuClock = tasks.some((t) => t.tdur !== undefined);
  const cpu = (t: TraceEvent & { tdur?: number }) => (t.tdur ?? t.dur ?? 0) / 1000;
  const paints = events
    .filter((e) => e.name === 'Paint' && e.ph === 'X' && `${e.pid}:${e.tid}` === thread)
    .sort((a, b) => a.ts - b.ts);
  let paintUs = 0;
  let end = -Infinity;
  for (const p of paints) {
    if (p.ts < end) continue; // nested in the previous one
    paintUs += p.dur ?? 0;
    end = p.ts + (p.dur ?? 0);
  }
  return {
    over17: tasks.filter((t) => cpu(t) > FRAME_MS).length,
    longest: longestTask(events, thread),
    cpuClock,
    paintMs: Math.round(paintUs / 100) / 10,
  };
}

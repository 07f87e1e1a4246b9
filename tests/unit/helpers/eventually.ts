import { vi } from 'vitest';

/**
 * `vi.waitFor` with a wait sized for a busy 2-core machine: its default gives up after 1 s, and a
 * background sync (sliced into 8 ms steps with a macrotask between them) took longer than that
 * beside a second copy of the suite. A check that never holds still fails, within the test's 30 s.
 */
export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 15_000, interval: 20 });
}

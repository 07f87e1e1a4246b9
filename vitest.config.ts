import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // lib/ is tested in Node; files that need a DOM opt in with `// @vitest-environment happy-dom`.
    environment: 'node',
    restoreMocks: true,
    // Sized for a busy 2-core machine: property tests stop themselves by time
    // (interruptAfterTimeLimit), but their set-up and the DOM tests can take several times their
    // quiet-machine time under load. A test that hangs still fails, after 30 s.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine, while
    // the main process mostly waits. Two keep both cores busy (and hold their share of a shared
    // machine); larger machines keep the default.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});

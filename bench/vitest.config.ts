import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Benchmarks run as plain vitest files so they share the unit tests' module setup. They measure
// and report; they never assert on time (the machines are shared and noisy).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['bench/**/*.bench.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    testTimeout: 600_000,
    fileParallelism: false,
  },
});

import { defineConfig } from '@playwright/test';

// Benchmarks that need the built extension in real Chromium (`npm run bench` builds it first).
// They measure and report; they never assert on time.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/bench',
  timeout: 300_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
});

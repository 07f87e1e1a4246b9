import { defineConfig } from '@playwright/test';

// End-to-end tests load the built extension (.output/chrome-mv3, built by `npm run build:demo`)
// into real Chromium. Each test launches its own persistent context, see tests/e2e/fixtures.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  // Sized for a loaded 2-core machine (CI runs beside other jobs): a quiet machine passes in a
  // fraction of these. Tests wait on conditions (expect.poll, locators), so a larger limit costs
  // nothing when things work and only delays a real failure.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  use: { actionTimeout: 20_000, navigationTimeout: 30_000 },
  // Two browsers at a time: a test spends most of its time waiting on Chromium (start-up, the
  // service worker, pages), so two overlap well even on 2 cores. Each test has its own profile
  // and servers on free ports; the tests of one file run in order. The SIP run keeps one worker
  // (scripts/test-e2e.mjs): its calls carry live audio whose timing load would disturb.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  // The SIP tests need a SIP server and WebRTC on loopback only: scripts/test-e2e.mjs runs them
  // in a network namespace of their own (see tests/e2e/sip/README.md).
  projects: [
    { name: 'extension', testIgnore: 'sip/**' },
    { name: 'sip', testDir: 'tests/e2e/sip', timeout: 180_000 },
  ],
});

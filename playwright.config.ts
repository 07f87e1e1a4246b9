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
  fullyParallel: false,
  workers: 1,
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

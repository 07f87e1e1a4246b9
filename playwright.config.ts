import { defineConfig } from '@playwright/test';

// End-to-end tests load the built extension (.output/chrome-mv3, built by `npm run build:demo`)
// into real Chromium. Each test launches its own persistent context, see tests/e2e/fixtures.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  // The SIP tests need a SIP server and WebRTC on loopback only: scripts/test-e2e.mjs runs them
  // in a network namespace of their own (see tests/e2e/sip/README.md).
  projects: [
    { name: 'extension', testIgnore: 'sip/**' },
    { name: 'sip', testDir: 'tests/e2e/sip', timeout: 120_000 },
  ],
});

import { defineConfig } from 'vitest/config';

// `npm run test:firefox`: the demo build in real Firefox (tests/firefox), after the Chromium
// end-to-end run. One browser per file, files one after the other: each Firefox is ~400 MB and
// the machines are shared.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    // Launching Firefox takes 7–11 s on a quiet machine; several times that under load.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});

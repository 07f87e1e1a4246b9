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
  },
});

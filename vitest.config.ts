import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests sit next to the code; e2e specs (tests/e2e) run under Playwright.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'catalog/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'services/**/*.test.ts',
      'tests/unit/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
  },
});

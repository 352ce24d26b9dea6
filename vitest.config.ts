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
    // One time zone on every machine, and not UTC (CI's): code that mixes up the local and the UTC
    // day (the new tab's day, dates shown to the user) fails here, not on a user's evening.
    env: { TZ: 'Asia/Shanghai' },
    testTimeout: 30_000,
  },
});

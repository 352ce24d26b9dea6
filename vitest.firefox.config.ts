import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The Firefox build in a real Firefox (tests/firefox): `npm run test:firefox`, after `npm run build:firefox`.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

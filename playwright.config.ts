import { defineConfig } from '@playwright/test';

// Extension tests share one persistent Chromium per worker; two cores, so two workers at most.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/helpers/global-setup.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: { trace: 'retain-on-failure' },
});

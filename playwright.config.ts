import { defineConfig } from '@playwright/test';

// CI is a fresh 2-core machine. Each worker runs one Chromium (a persistent profile per test),
// so two workers use both cores; more would only queue. No retries: the specs wait for signals
// (tests/helpers/content-script.ts and the recorders), not for time, so a failure is a bug in
// the product or in the test, to be seen, not retried away (a `.only` fails lint, not the run).
// The timeouts are ceilings, not waits: a passing test never reaches them. On a loaded machine
// a test takes 2-25 s and an assertion's signal up to a few seconds, so 60 s and 10 s catch a
// hang without failing a slow run. A failed test keeps its trace (about 15% slower to record).
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/helpers/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: { trace: 'retain-on-failure' },
});

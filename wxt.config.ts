import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Manifest and build settings. Permissions are the least each feature needs;
// README's permissions table and tests/e2e/manifest.spec.ts must agree with this.
export default defineConfig({
  // ARCHSCOUT_OUT_DIR lets parallel builds (several engineers, one tree) stay apart; tests read the same variable.
  outDir: process.env.ARCHSCOUT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // ARCHSCOUT_SOURCEMAP=1 writes source maps, to see which modules a chunk's bytes come from (issue #8 budgets).
  // No modulepreload polyfill: every browser we support has modulepreload, and it ran first in every page.
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: process.env.ARCHSCOUT_SOURCEMAP === '1', modulePreload: { polyfill: false } },
  }),
  // `npm start` (scripts/start.ts) passes the Chromium it found; plain `wxt` uses WXT's own lookup.
  webExt: {
    binaries: process.env.ARCHSCOUT_BROWSER ? { chrome: process.env.ARCHSCOUT_BROWSER } : {},
    // Chromium refuses to start as root without --no-sandbox (CI and dev containers run as root).
    chromiumArgs: [
      '--no-first-run',
      '--disable-background-networking',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: a refused sync write is retried by an alarm, which outlives the stopped service worker (services/sync-retry.ts).
    permissions: ['storage', 'alarms'],
    // Issue #5: `arch <query>` in the address bar searches the catalog (no permission needed).
    omnibox: { keyword: 'arch' },
    // Issue #5: a shortcut opens the popup; users can change it at chrome://extensions/shortcuts.
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+A' } } },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'archscout@archscout.dev',
              // 140 is the current ESR and the first with data_collection_permissions (128 ESR is end of life).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

import { defineWxtModule } from 'wxt/modules';

// Content scripts use the browser's own `browser`/`chrome` API instead of webextension-polyfill
// (which the rest of the extension keeps, for promise-returning onMessage listeners). Issue #8
// budgets the GitHub content script at 12 KB gzip and the polyfill alone is about 2.7 KB of it;
// content scripts here only send messages and read storage, which both browsers' MV3 APIs do
// with promises natively. WXT loads modules/ automatically; this hook runs once per build group.
export default defineWxtModule({
  name: 'archscout:content-scripts-native-browser',
  setup(wxt) {
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (!alias) return;
      // @wxt-dev/webextension-polyfill aliases wxt/browser to itself; without it WXT's own applies.
      if (Array.isArray(alias)) {
        config.resolve = { ...config.resolve, alias: alias.filter((entry) => entry.find !== 'wxt/browser') };
      } else {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    });
  },
});

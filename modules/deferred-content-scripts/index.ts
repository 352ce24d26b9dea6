import { defineWxtModule } from 'wxt/modules';
import { deferContentScript } from './after-page-load';

// Every content script's file is wrapped so that injecting it costs the page almost nothing:
// the bundle is evaluated only after the page has loaded (after-page-load.ts says why and what
// it measured). Content scripts declare runAt 'document_start' for this: injected then, the
// isolated world is created while the page starts; at document_idle, Chromium would inject it
// right before the load event of an already loaded page, and that alone would delay the load.
export default defineWxtModule({
  name: 'archscout:deferred-content-scripts',
  setup(wxt) {
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'archscout:defer-content-script',
          // After minification (renderChunk): the wrapper wraps exactly what ships.
          generateBundle(_options, bundle) {
            for (const file of Object.values(bundle)) {
              if (file.type === 'chunk' && file.isEntry) file.code = deferContentScript(file.code);
            }
          },
        },
      ];
    });
  },
});

import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

// Each extension page's stylesheet goes into its HTML as a <style> element instead of a file
// of its own (issue #8). A linked stylesheet blocks both the first paint and the page's module
// script until it has come back from the browser process: on the bench machine a page with a
// 7 KB linked stylesheet reached its first frame about 4 ms later than the same page with it
// inline, of the 10-15 ms the popup may spend beyond a blank page. The pages' CSP restricts
// scripts only, so inline styles are allowed in Chrome and Firefox alike; the CSS is our own.
export function inlinePageStyles(): Plugin {
  return {
    name: 'archscout:inline-page-styles',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has written the <link> tags for the page's CSS into the HTML.
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        return html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (tag) => {
          const href = /\bhref="\/?([^"]+\.css)"/.exec(tag)?.[1];
          const asset = href ? bundle[href] : undefined;
          if (!href || asset?.type !== 'asset') return tag;
          delete bundle[href]; // one page per build (one-build-per-page.ts): no other page links it
          // "</style" inside the CSS would end the element early; CSS reads "<\/style" the same.
          return `<style>${String(asset.source).replaceAll('</style', '<\\/style')}</style>`;
        });
      },
    },
  };
}

export default defineWxtModule({
  name: 'archscout:inline-page-styles',
  setup(wxt) {
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      // Only a build of exactly one HTML page: its stylesheet is then its own.
      const pages = entrypoints.filter((entrypoint) => entrypoint.inputPath.endsWith('.html'));
      if (pages.length !== 1 || entrypoints.length !== 1) return;
      config.plugins = [...(config.plugins ?? []), inlinePageStyles()];
    });
  },
});

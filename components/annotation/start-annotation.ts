// Wires the annotation into a content script: the shadow-root host (open mode, DESIGN.md
// contract; shadow-host.ts), the navigation triggers, the render watch and the page's
// palette. Both entrypoints (GitHub, docs sites) call this with their own page detection.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
// Bundled as a string (Vite ?inline): a card needs no stylesheet fetch, and no file is web-accessible.
import css from './annotation.css?inline';
import { clientBackend } from './backend';
import { createAnnotationController } from './controller';
import { HOST_NAME } from './mounted-host';
import { hasNavigationApi, watchNavigation } from './navigation-triggers';
import type { Palette } from './page-theme';
import { createRenderWatch } from './render-watch';
import { createShadowHost } from './shadow-host';
import { type Surface, watchPalette } from './watch-palette';

export interface AnnotationSite {
  surface: Surface;
  /** Project id for a page URL, or null. */
  detect(href: string): string | null;
  /** The page's light or dark look, re-read when it may have changed. */
  readPalette(): Palette;
}

export async function startAnnotation(ctx: ContentScriptContext, site: AnnotationSite): Promise<void> {
  const { surface, detect } = site;
  let renderWatch: ReturnType<typeof createRenderWatch> | undefined;
  const controller = createAnnotationController(
    {
      surface,
      detect,
      backend: clientBackend,
      createUi: async (place) =>
        createShadowHost({ name: HOST_NAME, css, place, onInvalidated: (fn) => ctx.onInvalidated(fn) }),
      onInvalidated: (fn) => ctx.onInvalidated(fn),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      watchPalette: (onChange) => watchPalette(ctx, site.readPalette, onChange),
    },
    (shown) => (shown || keepWatching ? renderWatch?.start() : renderWatch?.stop()),
  );
  // On GitHub its own events announce every navigation, so the render watch runs only while an
  // annotation is shown. A docs site's single-page navigation may announce nothing where the
  // Navigation API is missing: there the watch (which compares the URL) runs all the time.
  const keepWatching = surface === 'docs' && !hasNavigationApi();
  renderWatch = createRenderWatch(ctx, () => controller.recheck());
  if (keepWatching) renderWatch.start();
  watchNavigation(ctx, (href) => void controller.ensure(href).catch(() => {}));
  await controller.start().catch(() => {});
}

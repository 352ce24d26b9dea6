// Keeps the annotation's palette in step with the page: GitHub switches theme by rewriting
// attributes on <html> (no reload), docs sites by attributes/classes, and "auto" modes follow
// the system setting, so watch both instead of reading once.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readColour } from './css-colour';
import { docsPalette, githubPalette, type Palette } from './page-theme';

export type Surface = 'github' | 'docs';

const DARK_QUERY = '(prefers-color-scheme: dark)';

const prefersDark = () => window.matchMedia?.(DARK_QUERY).matches ?? false;

/** GitHub's palette from <html data-color-mode data-light-theme data-dark-theme>. */
export function readGithubPalette(doc: Document = document): Palette {
  const html = doc.documentElement;
  return githubPalette(
    {
      colorMode: html.getAttribute('data-color-mode'),
      lightTheme: html.getAttribute('data-light-theme'),
      darkTheme: html.getAttribute('data-dark-theme'),
    },
    prefersDark(),
  );
}

/** A docs site's palette from its theme markers or painted background (each entrypoint bundles only its own reader). */
export function readDocsPalette(doc: Document = document): Palette {
  const { documentElement: html, body } = doc;
  const attributes: string[] = [];
  for (const element of [html, body]) {
    if (!element) continue;
    for (const name of ['data-theme', 'data-bs-theme', 'data-md-color-scheme', 'data-color-mode', 'class']) {
      const value = element.getAttribute(name);
      if (value) attributes.push(value);
    }
  }
  const backgrounds = [body, html].filter((e): e is HTMLElement => !!e).map((e) => getComputedStyle(e).backgroundColor);
  const wrapper = wrapperBackground(doc);
  return docsPalette({ attributes, backgrounds: wrapper ? [wrapper, ...backgrounds] : backgrounds }, prefersDark());
}

/**
 * The background a page paints on a page-wide wrapper (`<div id="app">`) rather than on <body>
 * or <html>, which then stay transparent or keep a colour nobody sees: the first opaque box
 * under the middle of the viewport that spans the window's width (bar a body margin) and at
 * least half its height. Narrower boxes there are content (a code block, a card), not the page:
 * in a window half a large screen wide, a docs site's content column spans most of it. A box seen
 * through is no wrapper either: a consent dialog's dimming backdrop covers a light page in a
 * translucent black (an rgba colour, or Bootstrap's black at `opacity: .5`).
 */
function wrapperBackground(doc: Document): string | undefined {
  const view = doc.defaultView;
  if (!view || typeof doc.elementsFromPoint !== 'function') return undefined;
  const { innerWidth: width, innerHeight: height } = view;
  // The width inside a vertical scrollbar, which a page-wide box fills.
  const pageWidth = doc.documentElement.clientWidth || width;
  for (const element of doc.elementsFromPoint(width / 2, height / 2)) {
    if (element === doc.body || element === doc.documentElement) return undefined;
    const box = element.getBoundingClientRect();
    if (box.width < pageWidth * 0.95 || box.height < height * 0.5) continue;
    const style = getComputedStyle(element);
    const background = style.backgroundColor;
    if (readColour(background)?.alpha === 1 && Number(style.opacity) === 1) return background;
  }
  return undefined;
}

/** Calls onChange with the palette now and whenever it changes, until the context is invalidated. */
export function watchPalette(
  ctx: ContentScriptContext,
  read: () => Palette,
  onChange: (palette: Palette) => void,
): void {
  let last: Palette | undefined;
  const check = () => {
    const palette = read();
    if (palette !== last) {
      last = palette;
      onChange(palette);
    }
  };
  check();
  const observer = new MutationObserver(check);
  const observed = {
    attributes: true,
    attributeFilter: [
      'data-color-mode',
      'data-light-theme',
      'data-dark-theme',
      'data-theme',
      'data-bs-theme',
      'data-md-color-scheme',
      'class',
    ],
  };
  observer.observe(document.documentElement, observed);
  if (document.body) observer.observe(document.body, observed);
  const media = window.matchMedia?.(DARK_QUERY);
  media?.addEventListener('change', check);
  ctx.onInvalidated(() => {
    observer.disconnect();
    media?.removeEventListener('change', check);
  });
}

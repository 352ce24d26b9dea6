// The annotation's host: <archscout-annotation> with an open shadow root holding
// <html><head><style/></head><body/></html>, the stylesheet WXT built for this content script
// (cssInjectionMode 'ui': content-scripts/<entrypoint>.css, fetched only when a card is shown)
// and WXT's `:host{all:initial}` reset. The same DOM as WXT's createShadowRootUi, without its
// auto-mount, element waiting and custom-element-name checks, which are most of its size: this
// code is evaluated on every GitHub page, before the page's load event (issue #8: 12 KB gzip).
import { browser } from 'wxt/browser';
import type { HostUi } from './controller';

export interface ShadowHostOptions {
  name: string; // a valid custom element name (DESIGN.md: archscout-annotation)
  cssPath: string; // extension path of the stylesheet, web-accessible on the annotated sites
  place: (host: HTMLElement) => void; // how mount() inserts the host
  onInvalidated: (fn: () => void) => void;
}

async function loadCss(path: string): Promise<string> {
  try {
    const response = await fetch(browser.runtime.getURL(path as '/'));
    // Variables declared on :root in the source stylesheet belong to the host inside a shadow root.
    return (await response.text()).replaceAll(':root', ':host');
  } catch {
    return ''; // unstyled beats missing; the extension may have been reloaded under the page
  }
}

export async function createShadowHost({ name, cssPath, place, onInvalidated }: ShadowHostOptions): Promise<HostUi> {
  const css = await loadCss(cssPath);
  const shadowHost = document.createElement(name);
  const shadow = shadowHost.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${css}`;
  head.append(style);
  const uiContainer = document.createElement('body');
  html.append(head, uiContainer);
  shadow.append(html);
  const remove = () => {
    shadowHost.remove();
    uiContainer.replaceChildren();
  };
  onInvalidated(remove);
  return { shadowHost, uiContainer, mount: () => place(shadowHost), remove };
}

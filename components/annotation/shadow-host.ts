// The annotation's host: <archscout-annotation> with an open shadow root holding
// <html><head><style/></head><body/></html>, WXT's `:host{all:initial}` reset and the card's
// stylesheet. The same DOM as WXT's createShadowRootUi, without its auto-mount, element waiting
// and custom-element-name checks, which are most of its size: this code is evaluated on every
// GitHub page, before the page's load event (issue #8: 12 KB gzip). The stylesheet comes inline
// with the script (start-annotation.ts), so showing a card needs no fetch and the extension
// exposes no file to web pages.
import type { HostUi } from './mounted-host';

export interface ShadowHostOptions {
  name: string; // a valid custom element name (DESIGN.md: archscout-annotation)
  css: string; // the card's stylesheet, scoped by the shadow root
  place: (host: HTMLElement) => void; // how mount() inserts the host
  onInvalidated: (fn: () => void) => void;
}

export function createShadowHost({ name, css, place, onInvalidated }: ShadowHostOptions): HostUi {
  const shadowHost = document.createElement(name);
  const shadow = shadowHost.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  // Variables declared on :root in the source stylesheet belong to the host inside a shadow root.
  style.textContent = `:host{all:initial !important;}\n${css.replaceAll(':root', ':host')}`;
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

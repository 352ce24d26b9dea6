// Re-checks the annotation after the page re-renders: React replaces the sidebar's subtree
// during hydration and Turbo swaps <body>, either of which can discard or strand our element
// (reference notes §1.3, refined-github repo-age.tsx). Active only while an annotation is shown,
// debounced so a burst of page mutations costs one check; no polling.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface RenderWatch {
  start(): void;
  stop(): void;
}

export function createRenderWatch(ctx: ContentScriptContext, onRender: () => void, delayMs = 80): RenderWatch {
  let timer: number | undefined;
  const fire = () => {
    timer = undefined;
    onRender();
  };
  const observer = new MutationObserver(() => {
    if (timer === undefined) timer = ctx.setTimeout(fire, delayMs);
  });
  let watching = false;
  const stop = () => {
    if (!watching) return;
    watching = false;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  ctx.onInvalidated(stop);
  return {
    start() {
      if (watching || ctx.isInvalid) return;
      watching = true;
      // <html> with subtree: Turbo replaces <body> itself, which an observer on <body> would miss.
      observer.observe(document.documentElement, { childList: true, subtree: true });
    },
    stop,
  };
}

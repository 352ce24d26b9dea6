// The few lines a content script's file runs when Chromium injects it (issue #8: the GitHub
// content script must cost GitHub nothing). Measured on the GitHub fixture: evaluating the
// content script's bundle when it is injected, at document_idle, lengthened the page's load by
// about 60% (17 ms); an empty script at document_idle still cost about 30%, because idle
// scripts are injected before the load event of a page that has nothing left to load. Injected
// at document_start with its evaluation deferred by this function, the same bundle cost 2 to
// 10% (creating the isolated world is all that is left): only this function is compiled before
// the page has loaded; the bundle, wrapped in a function V8 does not compile until called,
// runs in a task after the load event.
//
// Serialised into the built file (index.ts: Function.prototype.toString), so it must stay
// self-contained: no imports, no helpers from outside its own body.

/**
 * Calls `run` once: in a task after the page's load event (so loadEventEnd is not moved), or,
 * on a page whose images and frames keep loading, 200 ms after DOMContentLoaded, which is
 * when Chromium runs document_idle scripts at the latest. Either signal may be missed (a page
 * can stop its listeners' events), so both are watched and readyState is read first.
 */
export function afterPageLoad(run: () => void, doc: Document = document, win: Window = window): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    doc.removeEventListener('readystatechange', onState);
    win.removeEventListener('load', onLoad);
    run();
  };
  const onLoad = () => win.setTimeout(start, 0);
  const onState = () => {
    if (doc.readyState === 'interactive') win.setTimeout(start, 200);
  };
  if (doc.readyState === 'complete') {
    win.setTimeout(start, 0);
    return;
  }
  win.addEventListener('load', onLoad);
  doc.addEventListener('readystatechange', onState);
  onState();
}

/** A built content script's code, its evaluation deferred with afterPageLoad. */
export function deferContentScript(code: string): string {
  return `(${afterPageLoad.toString()})(function () {\n${code}\n});\n`;
}

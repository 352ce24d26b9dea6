// Scripts injected into measured pages before any of their own code runs (Playwright's
// addInitScript). They record, on the page's own clock (performance.now(): ms since navigation
// start), the animation frame in which what the user waits for is first there, so no test
// round trip is counted. Each must be self-contained: Playwright serialises the function.

export interface ProbeResult {
  readyMs: number; // the frame in which the awaited thing was first on screen
  typedMs: number | null; // 'type' probes: when the combobox appeared and took the query
  domContentLoadedMs: number;
  loadMs: number; // loadEventEnd of the navigation
}

export type Probe =
  | { kind: 'load' } // nothing to wait for: the first frame after the load event
  | { kind: 'selector'; selector: string } // an element appears (first recommendation)
  | { kind: 'type'; query: string; optionStartsWith: string } // type on the combobox once it exists, wait for the option
  // The content script's shadow-root host has content and size. `absent`: the page without the
  // extension, which does the same watching (so both pages pay the same) and is done at load.
  | { kind: 'annotation'; hostName: string; absent?: boolean };

/** Installs the probe; the page then exposes `__archscoutProbe` once everything is recorded. */
export function installProbe(probe: Probe): void {
  const win = window as unknown as { __archscoutProbe?: unknown };
  let readyMs: number | null = null;
  let domContentLoadedMs: number | null = null;
  let loaded = false;
  let typedMs: number | null = null;
  let waiting = false;

  const publish = () => {
    if (readyMs === null || !loaded || domContentLoadedMs === null) return;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    win.__archscoutProbe = { readyMs, typedMs, domContentLoadedMs, loadMs: nav?.loadEventEnd ?? Number.NaN };
  };

  const ready = (): boolean => {
    if (probe.kind === 'load') return loaded;
    if (probe.kind === 'selector') return document.querySelector(probe.selector) !== null;
    if (probe.kind === 'type') {
      const options = document.querySelectorAll('[role="option"]');
      for (const option of options) {
        const name = option.getAttribute('aria-label') ?? option.textContent ?? '';
        if (name.startsWith(probe.optionStartsWith)) return true;
      }
      return false;
    }
    const host = document.querySelector(probe.hostName);
    if (!host?.shadowRoot) return false;
    watchShadow(host.shadowRoot);
    const box = host.getBoundingClientRect();
    return (host.shadowRoot.textContent ?? '').trim() !== '' && box.width > 0 && box.height > 0;
  };

  const check = () => {
    if (probe.kind === 'type' && typedMs === null) {
      const box = document.querySelector<HTMLInputElement>('[role="combobox"]');
      if (box) {
        // What a fast typist does the moment the box is there (the input event the page listens to).
        typedMs = performance.now();
        box.value = probe.query;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
    if (readyMs !== null || waiting || !ready()) return;
    // On screen means painted: the next animation frame, re-checked there.
    waiting = true;
    requestAnimationFrame(() => {
      waiting = false;
      if (readyMs === null && ready()) {
        readyMs = performance.now();
        observer.disconnect();
        publish();
      } else check();
    });
  };

  const observed = new WeakSet<Node>();
  const options = { subtree: true, childList: true, attributes: true, characterData: true };
  const observer = new MutationObserver(check);
  const watchShadow = (root: ShadowRoot) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, options);
  };
  observer.observe(document, options);
  document.addEventListener('DOMContentLoaded', () => {
    domContentLoadedMs = performance.now();
    check();
  });
  window.addEventListener('load', () => {
    // loadEventEnd is set after the load handlers: read it in a task after this one.
    setTimeout(() => {
      loaded = true;
      if (probe.kind === 'annotation' && probe.absent) readyMs = Number.NaN;
      check();
      publish();
    });
  });
}

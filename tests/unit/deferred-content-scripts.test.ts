import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPageLoad, deferContentScript } from '../../modules/deferred-content-scripts/after-page-load';

// A document and window pair with a settable readyState, dispatching real events.
function page(readyState: DocumentReadyState) {
  const doc = Object.assign(new EventTarget(), { readyState }) as EventTarget & { readyState: DocumentReadyState };
  const win = Object.assign(new EventTarget(), { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) });
  const advance = (state: DocumentReadyState) => {
    doc.readyState = state;
    doc.dispatchEvent(new Event('readystatechange'));
    if (state === 'complete') win.dispatchEvent(new Event('load'));
  };
  return { doc: doc as unknown as Document, win: win as unknown as Window, advance };
}

describe('afterPageLoad', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the load event, then runs in a task of its own', () => {
    const run = vi.fn();
    const { doc, win, advance } = page('loading');
    afterPageLoad(run, doc, win);
    vi.advanceTimersByTime(1_000);
    expect(run).not.toHaveBeenCalled();
    advance('interactive');
    advance('complete');
    expect(run).not.toHaveBeenCalled(); // not inside the load event
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(1); // the 200 ms fallback does not run it again
  });

  it('runs 200 ms after DOMContentLoaded when the page is still loading images', () => {
    const run = vi.fn();
    const { doc, win, advance } = page('loading');
    afterPageLoad(run, doc, win);
    advance('interactive');
    vi.advanceTimersByTime(199);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    advance('complete');
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once (in a task) on a page already loaded, and 200 ms on one already parsed', () => {
    const loaded = vi.fn();
    const complete = page('complete');
    afterPageLoad(loaded, complete.doc, complete.win);
    vi.advanceTimersByTime(0);
    expect(loaded).toHaveBeenCalledTimes(1);

    const parsed = vi.fn();
    const interactive = page('interactive');
    afterPageLoad(parsed, interactive.doc, interactive.win);
    vi.advanceTimersByTime(200);
    expect(parsed).toHaveBeenCalledTimes(1);
  });
});

describe('deferContentScript', () => {
  it('wraps a built script so that it runs only once the page has loaded', () => {
    vi.useFakeTimers();
    try {
      const { doc, win, advance } = page('loading');
      const ran: string[] = [];
      const wrapped = deferContentScript('ran.push("script");');
      // The wrapper is self-contained JavaScript: run it as the browser would, with the page's globals.
      runInNewContext(wrapped, { document: doc, window: win, ran });
      expect(ran).toEqual([]);
      advance('complete');
      vi.advanceTimersByTime(0);
      expect(ran).toEqual(['script']);
    } finally {
      vi.useRealTimers();
    }
  });
});

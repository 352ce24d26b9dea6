// Drives the `arch` keyword in Chromium from the service worker (issue #5). Playwright cannot
// type into the address bar, so these call the background's real omnibox listeners through
// Chromium's `Event.dispatch(...args)` (its extension bindings; not a documented API), which
// calls every registered listener as the browser would. No test hook ships in the extension.
import type { LaunchedExtension } from './extension';

export interface Suggestion {
  content: string;
  description: string;
}

interface OmniboxEvents {
  chrome: {
    omnibox: {
      onInputChanged: { dispatch?: (text: string, suggest: (lines: Suggestion[]) => void) => void };
      onInputEntered: { dispatch(text: string, disposition: string): void };
      setDefaultSuggestion(suggestion: { description: string }): void;
    };
  };
}

/**
 * Types `text` after the keyword: the suggestions the background hands to Chromium. Fails at once
 * when the worker throws meanwhile (the listener runs in a promise chain: an unhandled rejection).
 */
export async function suggestionsFor(ext: LaunchedExtension, text: string): Promise<Suggestion[]> {
  return ext.serviceWorker.evaluate(
    (input) =>
      new Promise<Suggestion[]>((resolve, reject) => {
        const event = (globalThis as unknown as OmniboxEvents).chrome.omnibox.onInputChanged;
        const failed = (error: unknown) => reject(new Error(`the worker threw: ${String(error)}`));
        const onRejection = (e: PromiseRejectionEvent) => failed(e.reason);
        const onError = (e: ErrorEvent) => failed(e.error ?? e.message);
        addEventListener('unhandledrejection', onRejection);
        addEventListener('error', onError);
        const done = (lines: Suggestion[]) => {
          removeEventListener('unhandledrejection', onRejection);
          removeEventListener('error', onError);
          resolve(lines);
        };
        if (typeof event.dispatch !== 'function') reject(new Error('this Chromium has no Event.dispatch'));
        else event.dispatch(input, done);
        // Only for a listener that neither answers nor throws; generous, it is no measure of speed.
        setTimeout(() => reject(new Error('no suggestions within 20 s')), 20_000);
      }),
    text,
  );
}

/** Presses Enter in the address bar on `text` (or on a picked suggestion's content). */
export async function enter(ext: LaunchedExtension, text: string, disposition: string): Promise<void> {
  await ext.serviceWorker.evaluate(
    ([input, how]) => (globalThis as unknown as OmniboxEvents).chrome.omnibox.onInputEntered.dispatch(input, how),
    [text, disposition] as const,
  );
}

/**
 * Starts recording the default suggestion (the first line, which Chromium has no getter for):
 * wraps `chrome.omnibox.setDefaultSuggestion` in this worker, the test's side of the API; the
 * call still reaches Chromium. Returns a reader of the descriptions set since the last read.
 */
export async function recordDefaultSuggestions(ext: LaunchedExtension): Promise<() => Promise<string[]>> {
  await ext.serviceWorker.evaluate(() => {
    const scope = globalThis as unknown as OmniboxEvents & { archscoutTestDefaults?: string[] };
    const omnibox = scope.chrome.omnibox;
    const original = omnibox.setDefaultSuggestion.bind(omnibox);
    scope.archscoutTestDefaults = [];
    omnibox.setDefaultSuggestion = (suggestion) => {
      scope.archscoutTestDefaults?.push(suggestion.description);
      return original(suggestion);
    };
  });
  return () =>
    ext.serviceWorker.evaluate(() =>
      ((globalThis as unknown as { archscoutTestDefaults?: string[] }).archscoutTestDefaults ?? []).splice(0),
    );
}

interface TabsApi {
  chrome: { tabs: Record<'create' | 'update', (properties: { url?: string }) => Promise<unknown>> };
}

/**
 * Starts recording the URLs the worker opens (tabs.create and tabs.update, wrapped in this worker:
 * the calls still reach Chromium). Call it before the test's first Enter: webextension-polyfill
 * keeps the function it first finds. Returns a reader of the URLs opened so far. Each Enter reads
 * the settings and then opens, so its tab is opened after those of every Enter before it: once a
 * later Enter's tab is there, an earlier one that opened something would be in the list.
 */
export async function recordOpenedUrls(ext: LaunchedExtension): Promise<() => Promise<string[]>> {
  await ext.serviceWorker.evaluate(() => {
    const scope = globalThis as unknown as TabsApi & { archscoutTestOpened?: string[] };
    const opened: string[] = [];
    scope.archscoutTestOpened = opened;
    for (const method of ['create', 'update'] as const) {
      const original = scope.chrome.tabs[method].bind(scope.chrome.tabs);
      scope.chrome.tabs[method] = (properties) => {
        opened.push(properties.url ?? '');
        return original(properties);
      };
    }
  });
  return () =>
    ext.serviceWorker.evaluate(() => [
      ...((globalThis as { archscoutTestOpened?: string[] }).archscoutTestOpened ?? []),
    ]);
}

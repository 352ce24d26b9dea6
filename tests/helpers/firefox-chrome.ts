// Firefox's own window (its address bar, its tabs), reached over WebDriver BiDi in the "chrome"
// scope: Firefox lists its browser windows with `"moz:scope": "chrome"` and evaluates script in
// them when started with --remote-allow-system-access (the harness's test-only flag,
// tests/helpers/firefox.ts). This is how the Firefox tests type into the real address bar and
// open a new tab the way the browser does, which no page-level API can.
import type { Browser } from 'puppeteer-core';

interface BidiSend {
  connection: { send(method: string, params: object): Promise<{ result: unknown }> };
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

/**
 * Evaluates `expression` (awaited; it should produce a JSON string) in the browser window and
 * returns the parsed value. Chrome-scope globals are there: gURLBar, gBrowser, BrowserCommands.
 */
export async function inBrowserWindow<T>(browser: Browser, expression: string): Promise<T> {
  // puppeteer-core's BiDi browser sends raw commands through `connection` (not in its public types).
  const { connection } = browser as unknown as BidiSend;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as {
    contexts: { context: string; url: string }[];
  };
  const window = tree.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no Firefox browser window in the chrome scope (is --remote-allow-system-access set?)');
  const evaluated = (
    await connection.send('script.evaluate', {
      expression,
      target: { context: window.context },
      awaitPromise: true,
    })
  ).result as EvaluateResult;
  if (evaluated.type !== 'success' || typeof evaluated.result?.value !== 'string') {
    throw new Error(`in the browser window: ${evaluated.exceptionDetails?.text ?? JSON.stringify(evaluated.result)}`);
  }
  return JSON.parse(evaluated.result.value) as T;
}

export interface AddressBarRow {
  title: string;
  content: string; // for an extension's keyword row: "<keyword> <the suggestion's content>"
  heuristic: boolean;
}

/**
 * Types `text` into the address bar as a user would (gURLBar.search starts the query as typing
 * does) and returns the rows once the query has finished, the extension's suggestions included.
 */
export function typeInAddressBar(browser: Browser, text: string): Promise<AddressBarRow[]> {
  return inBrowserWindow(
    browser,
    `(async () => {
      gURLBar.focus();
      gURLBar.search(${JSON.stringify(text)});
      const context = await gURLBar.lastQueryContextPromise;
      return JSON.stringify(context.results.map((row) => ({
        title: String(row.payload.title ?? ''),
        content: String(row.payload.content ?? ''),
        heuristic: Boolean(row.heuristic),
      })));
    })()`,
  );
}

/** Presses Enter on the address bar's row `index` (0: the first line, what Enter picks by default). */
export function pressEnterOnRow(browser: Browser, index: number): Promise<null> {
  return inBrowserWindow(
    browser,
    `(() => {
      gURLBar.view.selectedRowIndex = ${index};
      gURLBar.handleCommand();
      return 'null';
    })()`,
  );
}

/**
 * Whether Firefox would inject any of the add-on's content scripts into a page at `url`: its own
 * match of each script's patterns (WebExtensionContentScript.matchesURI), the decision it takes
 * as a page starts. No script, no annotation, whenever one looks.
 */
export function contentScriptsMatch(browser: Browser, addonId: string, url: string): Promise<boolean> {
  return inBrowserWindow(
    browser,
    `(() => {
      const policy = WebExtensionPolicy.getByID(${JSON.stringify(addonId)});
      const uri = Services.io.newURI(${JSON.stringify(url)});
      return JSON.stringify(policy.contentScripts.some((script) => script.matchesURI(uri)));
    })()`,
  );
}

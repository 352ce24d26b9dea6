// When has the annotation's content script had its chance on a page? A test that says "no
// annotation here" must know, not sleep: the script runs after the load event (issue #8,
// modules/deferred-content-scripts), and what it shows depends on the background's answers.
//
// Seen from outside, in Chromium, through a DevTools session on the tab: whether the page has our
// content script at all (its file is parsed there as the page starts), and, where it has, a look
// inside its isolated world. The script is paused as it is injected, before any of its code runs,
// and its two ways of asking for things (runtime.sendMessage, storage.local.get) are counted
// there, with its short timers; settled() then waits, from inside that world, until the script
// has started, nothing it asked for is unanswered and no short timer of its is pending. No test
// hook ships in the extension: this is the test's side of the APIs.
import { type CDPSession, expect, type Page } from '@playwright/test';
import type { LaunchedExtension } from './extension';

/** What settled() found: none of our content scripts is in the page, or ours ran and is done. */
export type ContentScriptState = 'not injected' | 'settled';

export interface ContentScriptWatch {
  /**
   * Resolves once the content script has had its full chance on the tab's current page (loaded
   * or softly navigated to): 'not injected' when Chromium put none of our scripts into it, else
   * 'settled' once the script has started, every request it made has been answered, its short
   * timers have run, and so has what it did with all that. Assert absences after it.
   */
  settled(): Promise<ContentScriptState>;
}

/** The counters kept inside the content script's world (installed by `instrument`). */
interface Watch {
  started: boolean;
  sent: number;
  pending: Set<Promise<unknown>>;
  /** Timers of at most SHORT_MS (deferrals, debounces) not run yet. */
  timers: Set<number>;
  read(key: string): Promise<unknown>;
  later(fn: () => void, ms: number): number;
}

/**
 * Timers up to this long are part of what the script is still doing (a report deferred a task,
 * the render watch's 80 ms debounce); longer ones are states that last (the 6 s "hidden · Undo").
 */
const SHORT_MS = 1_000;

interface WatchedWorld {
  __archscoutWatch?: Watch;
}

interface Apis {
  chrome: {
    runtime: { id: string; sendMessage(...args: unknown[]): Promise<unknown> };
    storage: { local: { get(...args: unknown[]): Promise<unknown> } };
  };
}

/** Runs in the content script's world while it is paused at its first line: the counters. */
function instrument(shortMs: number): void {
  const world = globalThis as unknown as WatchedWorld & Apis;
  const { runtime, storage } = world.chrome;
  const read = storage.local.get.bind(storage.local);
  const later = window.setTimeout.bind(window);
  const cancel = window.clearTimeout.bind(window);
  const watch: Watch = { started: false, sent: 0, pending: new Set(), timers: new Set(), read, later };
  world.__archscoutWatch = watch;
  // The script's timers (its own and WXT's ctx.setTimeout look up the global setTimeout as they run).
  window.setTimeout = ((handler: () => void, ms = 0) => {
    const id = later(() => {
      watch.timers.delete(id);
      handler();
    }, ms);
    if (ms <= shortMs) watch.timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) watch.timers.delete(id);
    cancel(id);
  }) as typeof window.clearTimeout;
  const counted =
    <A extends unknown[]>(call: (...args: A) => Promise<unknown>) =>
    (...args: A) => {
      const answer = call(...args);
      watch.sent++;
      watch.pending.add(answer);
      const done = () => watch.pending.delete(answer);
      answer.then(done, done);
      return answer;
    };
  // `browser` is the same runtime and storage objects as `chrome` in Chromium's content scripts.
  runtime.sendMessage = counted(runtime.sendMessage.bind(runtime));
  storage.local.get = counted(read);
  // WXT posts "<extension id>:<script>:wxt:content-script-started" to the window as the script
  // starts, right before its main() runs: arriving a task later, it says main() has begun.
  window.addEventListener('message', (event) => {
    const type = (event.data as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && type.startsWith(`${runtime.id}:`) && type.endsWith(':wxt:content-script-started'))
      watch.started = true;
  });
}

/** Runs in the content script's world: resolves once nothing it asked for is outstanding. */
async function quiet(): Promise<void> {
  const watch = (globalThis as unknown as WatchedWorld).__archscoutWatch as Watch;
  const task = () => new Promise((resolve) => watch.later(() => resolve(undefined), 0));
  for (;;) {
    // Timers already due (the "hidden · Undo" notice's end, when a test waited for it) run first.
    await task();
    // Storage changes made before this answer (a setting; the userDataRev a dismiss bumps before
    // it answers) have reached the script's listeners, and the requests they made are counted.
    await watch.read('settings');
    await task();
    if (watch.pending.size === 0 && watch.timers.size === 0) return;
    // Else wait for those answers and timers, and look again: what the script did with them may
    // have asked for more.
    await Promise.allSettled([...watch.pending]);
    while (watch.timers.size > 0) await task();
  }
}

/**
 * Watches `page`'s documents from its next navigation on: call it before the page loads what
 * you want to know about (a page loaded before has nothing counted, and settled() says so).
 */
export async function watchContentScript(
  { context, extensionId }: Pick<LaunchedExtension, 'context' | 'extensionId'>,
  page: Page,
): Promise<ContentScriptWatch> {
  const scripts = `chrome-extension://${extensionId}/content-scripts/`;
  const cdp: CDPSession = await context.newCDPSession(page);
  // Our scripts parsed in the page, by script id: their world and frame.
  const parsed = new Map<string, { world: number; frameId: string }>();
  const instrumented = new Set<number>(); // worlds whose counters are in place
  cdp.on('Debugger.scriptParsed', ({ scriptId, url, executionContextId, executionContextAuxData }) => {
    const frameId = (executionContextAuxData as { frameId?: string } | undefined)?.frameId;
    if (url.startsWith(scripts) && frameId) parsed.set(scriptId, { world: executionContextId, frameId });
  });
  const forget = (world?: number) => {
    for (const [id, script] of parsed) if (world === undefined || script.world === world) parsed.delete(id);
    if (world === undefined) instrumented.clear();
    else instrumented.delete(world);
  };
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => forget(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => forget());
  cdp.on('Debugger.paused', ({ callFrames, hitBreakpoints }) => {
    const [top] = callFrames;
    const script = top && parsed.get(top.location.scriptId);
    const install =
      script && hitBreakpoints?.length
        ? cdp
            .send('Debugger.evaluateOnCallFrame', {
              callFrameId: top.callFrameId,
              expression: `(${instrument})(${SHORT_MS})`,
            })
            .then(({ exceptionDetails }) => {
              if (!exceptionDetails) instrumented.add(script.world);
            })
        : Promise.resolve();
    void install.finally(() => cdp.send('Debugger.resume').catch(() => undefined));
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  // The first line of each of our content scripts' files: the deferred wrapper, before the bundle.
  await cdp.send('Debugger.setBreakpointByUrl', { urlRegex: `^${scripts.replaceAll('.', '\\.')}`, lineNumber: 0 });

  return {
    async settled() {
      // A round trip on this session: a script parsed before it (ours are parsed as the page
      // starts) has been reported by now.
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const ours = [...parsed.values()].filter((script) => script.frameId === frameTree.frame.id).at(-1);
      if (!ours) return 'not injected';
      if (!instrumented.has(ours.world)) throw new Error('watchContentScript: call it before the page loads');
      const started = () =>
        cdp
          .send('Runtime.evaluate', {
            contextId: ours.world,
            expression: 'globalThis.__archscoutWatch.started',
            returnByValue: true,
          })
          .then(({ result }) => result.value === true);
      await expect
        .poll(started, { message: 'the content script was injected but never started', timeout: 15_000 })
        .toBe(true);
      const { exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId: ours.world,
        expression: `(${quiet})()`,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return 'settled';
    },
  };
}

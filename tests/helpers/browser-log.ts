// What an extension wrote to the console, from its very first moment. A listener attached
// through Playwright can miss the service worker's first turn (the worker starts while the
// browser launches), so Chromium writes its log to a file (--enable-logging --log-file), which
// holds every console line of every context, each with the script that wrote it. Chromium logs
// them all as INFO, whatever their level: a test compares the whole list with what it expects.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ChromiumLog {
  file: string;
  /** Extra launch arguments (launchExtension's `extraArgs`). */
  args: string[];
}

/** A log file in `dir` (the profile), fresh for each launch. */
export function chromiumLog(dir: string, name = `chromium-${Date.now()}.log`): ChromiumLog {
  const file = join(dir, name);
  return { file, args: ['--enable-logging', `--log-file=${file}`] };
}

// [pid:tid:date/time:INFO:CONSOLE:line] "message", source: chrome-extension://<id>/background.js (line)
const CONSOLE_LINE = /:CONSOLE(?::\d+)?\] "(.*)", source: (\S*)/;

/** Logged by a test (`console.log(END_MARK)` in the worker) before it closes the browser: pages' promises fail then. */
export const END_MARK = 'archscout-test: the test is done';

/**
 * The console messages of the extension `extensionId` in the log, up to END_MARK when it was
 * logged (read after the browser closed, so that the file is complete).
 */
export function extensionConsole(file: string, extensionId: string): string[] {
  if (!existsSync(file)) throw new Error(`Chromium wrote no log to ${file}`);
  const origin = `chrome-extension://${extensionId}/`;
  const messages: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = CONSOLE_LINE.exec(line);
    if (match?.[1] === END_MARK) break;
    if (match?.[2].startsWith(origin)) messages.push(match[1]);
  }
  return messages;
}

/** Messages that report a failure (Chromium logs every level alike, so they are told by their words). */
export const isFailure = (message: string): boolean => /error|fail|uncaught|exception|could not|cannot/i.test(message);

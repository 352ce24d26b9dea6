// Reads an import file into validated data, or the list of everything wrong
// with it (issue #4), as ImportProblems (import-problem.ts) that each surface
// words in its own language. Nothing here writes: apply-import.ts does, all or
// nothing, only after this succeeded.
import * as v from 'valibot';
import { errorText } from '../error-text';
import { nextTask } from '../next-task';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';
import { formatPath, type ImportProblem, type JsonKind } from './import-problem';
import { type ImportFile, importFileSchema } from './import-schema';
import { problemFromIssue } from './issue-problem';
import { utf8Length } from './utf8-length';

/**
 * An export must always come back, so this is above the largest one our export can write:
 * MAX_FILE_FAVOURITES favourites, each with a 100-character id, a 200-character name, 20 tags of
 * 40 characters and a 1,000-character note, every character one that JSON writes as six bytes
 * (`\u0001`): 37.6 MB (transfer/fixtures/largest-profile.ts; import-file.test.ts imports it
 * back). Chinese text is half that (3 bytes a character). 20 MB refused such a profile's export;
 * the 20% margin keeps a field added to the format from doing it again unnoticed (the test fails first).
 * The file is never sent as a message (the options page hands over a blob: URL), so Chrome's
 * 64 MiB message limit binds only the export's answer, about 44 MB at worst.
 */
export const MAX_IMPORT_BYTES = 45_000_000;
const MAX_DEPTH = 8;
const MAX_PROBLEMS = 20;
/** Keys that could reach Object.prototype if any code ever copied the parsed value into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParsedImport = { ok: true; file: ImportFile } | { ok: false; problems: ImportProblem[] };

const fail = (...problems: ImportProblem[]): ParsedImport => ({ ok: false, problems });

function kindOf(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as 'string' | 'number' | 'boolean';
}

/**
 * Where JSON.parse stopped, from its message: Chrome and Firefox say "line L column C",
 * older V8 only "position N". Undefined when it says neither ("Unexpected end of JSON input").
 */
export function jsonErrorPlace(message: string, text: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Whether the parser ran out of text (a cut-off file) rather than met a mistake: V8 says
 * "Unexpected end of JSON input" (no place) or points past the last non-blank character;
 * Firefox says "unexpected end of data".
 */
function endsTooSoon(text: string, detail: string, place: { line: number; column: number } | undefined): boolean {
  if (/end of (JSON input|data)/i.test(detail)) return true;
  if (!place) return false;
  const lines = text.trimEnd().split('\n');
  return place.line > lines.length || (place.line === lines.length && place.column > lines[lines.length - 1].length);
}

/** Forbidden keys and excessive nesting, wherever they are. */
function findHostileKeys(value: unknown, path: (string | number)[], problems: ImportProblem[]): void {
  if (problems.length >= MAX_PROBLEMS || typeof value !== 'object' || value === null) return;
  if (path.length > MAX_DEPTH) {
    problems.push({ code: 'too-deep', path: formatPath(path) });
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) findHostileKeys(item, [...path, i], problems);
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) problems.push({ code: 'forbidden-key', path: formatPath(path), key });
    else findHostileKeys((value as Record<string, unknown>)[key], [...path, key], problems);
  }
}

/** The first MAX_PROBLEMS distinct problems, and how many more there were. */
function capped(problems: readonly ImportProblem[]): ImportProblem[] {
  const unique = [...new Map(problems.map((p) => [JSON.stringify(p), p])).values()];
  if (unique.length <= MAX_PROBLEMS) return unique;
  return [...unique.slice(0, MAX_PROBLEMS), { code: 'more-problems', count: unique.length - MAX_PROBLEMS }];
}

/**
 * `pause` runs between the steps (measuring, JSON.parse, the key scan, the schema, the duplicate
 * check), each tens of milliseconds on a large file: see nextTask.
 */
export async function parseImport(text: string, pause: () => Promise<void> = nextTask): Promise<ParsedImport> {
  // The limit is on the text's UTF-8 bytes, not on the file's: the background checked the file's
  // size before decoding it (services/read-blob-url.ts), but decoding turns each invalid byte into
  // U+FFFD, 3 bytes. A UTF-16 code unit is at most 3 bytes, so a shorter text needs no count.
  if (text.length > MAX_IMPORT_BYTES / 3) {
    const bytes = utf8Length(text);
    if (bytes > MAX_IMPORT_BYTES) return fail({ code: 'too-large', bytes, limit: MAX_IMPORT_BYTES });
  }
  if (text.trim() === '') return fail({ code: 'empty' });
  await pause(); // the count above and JSON.parse below are each tens of ms on a large file
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = errorText(error);
    const place = jsonErrorPlace(detail, text);
    return fail({
      code: 'not-json',
      detail,
      ...place,
      ...(endsTooSoon(text, detail, place) ? { truncated: true } : {}),
    });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail({ code: 'not-object', found: kindOf(data) });
  }
  await pause();
  const hostile: ImportProblem[] = [];
  findHostileKeys(data, [], hostile);
  if (hostile.length > 0) return fail(...hostile);

  const record = data as Record<string, unknown>;
  // JSON.stringify quotes what the file holds, so "1" and 1 read differently; undefined when absent.
  const quoted = (value: unknown) => (value === undefined ? {} : { found: JSON.stringify(value) });
  if (record.format !== EXPORT_FORMAT) {
    return fail({ code: 'not-archscout', ...quoted(record.format), expected: JSON.stringify(EXPORT_FORMAT) });
  }
  if (record.version !== EXPORT_VERSION) {
    return fail({ code: 'unknown-version', ...quoted(record.version), supported: EXPORT_VERSION });
  }

  await pause();
  const result = v.safeParse(importFileSchema, data);
  if (!result.success) return fail(...capped(result.issues.map(problemFromIssue)));
  await pause();

  const firstIndex = new Map<string, number>();
  const duplicates: ImportProblem[] = [];
  result.output.favourites.forEach((fav, i) => {
    const first = firstIndex.get(fav.id);
    if (first === undefined) {
      firstIndex.set(fav.id, i);
      return;
    }
    duplicates.push({
      code: 'duplicate-id',
      path: `favourites[${i}].id`,
      id: fav.id,
      firstPath: `favourites[${first}]`,
    });
  });
  if (duplicates.length > 0) return fail(...capped(duplicates));
  return { ok: true, file: result.output };
}

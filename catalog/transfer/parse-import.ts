// Reads an import file into validated data, or the list of everything wrong
// with it (issue #4). Nothing here writes: apply-import.ts does, all or
// nothing, only after this succeeded.
import * as v from 'valibot';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';
import { type ImportFile, importFileSchema } from './import-schema';

/** An export of every favourite with long notes is well under this; bigger files are not ours. */
export const MAX_IMPORT_BYTES = 1_000_000;
const MAX_DEPTH = 8;
const MAX_ERRORS = 20;
/** Keys that could reach Object.prototype if any code ever copied the parsed value into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParsedImport = { ok: true; file: ImportFile } | { ok: false; errors: string[] };

const fail = (...errors: string[]): ParsedImport => ({ ok: false, errors });

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('') || 'file';
}

/** Forbidden keys and excessive nesting, wherever they are. */
function findHostileKeys(value: unknown, path: (string | number)[], errors: string[]): void {
  if (errors.length >= MAX_ERRORS || typeof value !== 'object' || value === null) return;
  if (path.length > MAX_DEPTH) {
    errors.push(`${formatPath(path)}: nested too deeply`);
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) findHostileKeys(item, [...path, i], errors);
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) errors.push(`${formatPath(path)}: forbidden key "${key}"`);
    else findHostileKeys((value as Record<string, unknown>)[key], [...path, key], errors);
  }
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((item) => item.key as string | number);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const key = path.pop();
    return `${formatPath(path)}: unknown field "${String(key)}"`;
  }
  if (issue.kind === 'schema' && issue.type === 'object' && issue.input === undefined) {
    return `${formatPath(path)}: is missing`;
  }
  if (issue.input === undefined && path.length > 0 && issue.kind === 'schema') {
    return `${formatPath(path)}: is missing`;
  }
  return `${formatPath(path)}: ${issue.message}`;
}

export function parseImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    const mb = (new TextEncoder().encode(text).length / 1_000_000).toFixed(1);
    return fail(`The file is too large (${mb} MB); an Archscout export is at most ${MAX_IMPORT_BYTES / 1_000_000} MB.`);
  }
  if (text.trim() === '') return fail('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`The file is not valid JSON (is it truncated?): ${detail}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(`The file must contain a JSON object with "format": "${EXPORT_FORMAT}", not ${describeType(data)}.`);
  }
  const hostile: string[] = [];
  findHostileKeys(data, [], hostile);
  if (hostile.length > 0) return fail(...hostile);

  const record = data as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT) {
    return fail(
      `Not an Archscout export: "format" must be "${EXPORT_FORMAT}" (found ${JSON.stringify(record.format) ?? 'nothing'}).`,
    );
  }
  if (record.version !== EXPORT_VERSION) {
    return fail(
      `Unsupported version ${JSON.stringify(record.version) ?? '(missing)'}: this version of Archscout reads version ${EXPORT_VERSION} files.`,
    );
  }

  const result = v.safeParse(importFileSchema, data);
  if (!result.success) {
    const errors = result.issues.map(issueMessage);
    const unique = [...new Set(errors)];
    return fail(
      ...unique.slice(0, MAX_ERRORS),
      ...(unique.length > MAX_ERRORS ? [`...and ${unique.length - MAX_ERRORS} more problems.`] : []),
    );
  }

  const firstIndex = new Map<string, number>();
  const duplicates: string[] = [];
  result.output.favourites.forEach((fav, i) => {
    const first = firstIndex.get(fav.id);
    if (first === undefined) firstIndex.set(fav.id, i);
    else duplicates.push(`favourites[${i}].id: duplicate id "${fav.id}" (also at favourites[${first}])`);
  });
  if (duplicates.length > 0) return fail(...duplicates.slice(0, MAX_ERRORS));
  return { ok: true, file: result.output };
}

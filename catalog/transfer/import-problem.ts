// Why an import file was refused, as data rather than sentences (issue #4): the
// background's answer crosses to pages whose language it does not know, so each
// surface puts the problem into words itself (the options page through
// components/import-problem-text.ts and the locale files).
//
// Fields hold only language-neutral tokens: paths into the file
// (`favourites[3].tags[0]`, '' for the file itself), keys, ids, numbers, and
// values quoted from the file. `detail` is the platform's own text
// (JSON.parse's or IndexedDB's message), kept for diagnosis.

/** The rule a field's value broke. Values are stable: surfaces translate them. */
export const FIELD_RULES = [
  'string', // must be a string
  'boolean', // must be true or false
  'list', // must be a list
  'list-of-strings', // must be a list of strings
  'date-string', // must be a date string (it is not a string at all)
  'iso-date', // must be an ISO 8601 date naming a real day
  'project-id', // lower-case letters, digits and dashes, at most 100 characters
  'not-empty', // must not be empty
  'max-length', // at most `limit` characters
  'max-items', // at most `limit` entries
  'http-url', // must be an http(s) URL
  'one-of', // must be one of `expected` (valibot's rendering, e.g. `"auto" | "light"`)
  'invalid', // anything else a schema refused
] as const;

export type FieldRule = (typeof FIELD_RULES)[number];

export const isFieldRule = (value: unknown): value is FieldRule => (FIELD_RULES as readonly unknown[]).includes(value);

/** What JSON.parse gave instead of an object. */
export type JsonKind = 'array' | 'string' | 'number' | 'boolean' | 'null';

export type ImportProblem =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'empty' }
  /** `truncated`: the text ended before the JSON did (a cut-off download), not a mistake inside it. */
  | { code: 'not-json'; detail: string; line?: number; column?: number; truncated?: boolean }
  | { code: 'not-object'; found: JsonKind }
  /** `found`: the file's "format" value as JSON, absent when the file has none. */
  | { code: 'not-archscout'; found?: string; expected: string }
  /** `found`: the file's "version" value as JSON, absent when the file has none. */
  | { code: 'unknown-version'; found?: string; supported: number }
  | { code: 'forbidden-key'; path: string; key: string }
  | { code: 'too-deep'; path: string }
  | { code: 'unknown-field'; path: string; key: string }
  | { code: 'missing-field'; path: string }
  | { code: 'invalid-field'; path: string; rule: FieldRule; limit?: number; expected?: string }
  | { code: 'duplicate-id'; path: string; id: string; firstPath: string }
  /** The list was cut short: `count` more problems were found and not listed. */
  | { code: 'more-problems'; count: number }
  /** The import would leave `count` favourites, more than the `limit` one file can hold (so an export could not come back). */
  | { code: 'too-many-favourites'; count: number; limit: number }
  | { code: 'save-failed'; detail: string };

export type ImportProblemCode = ImportProblem['code'];

/** A path into the file as its structure reads: `favourites[3].tags[0]`; '' is the file itself. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

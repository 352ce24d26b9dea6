// Words one import problem (catalog/transfer/import-problem.ts) in the page's
// language. Problems come from the background, which may be newer than this
// page (an update is applied while the options page stays open), so each one is
// read as `unknown`: a code this page does not know, or a field of the wrong
// type, gets a generic translated reason instead of a blank or a crash.
// Paths, keys, ids and quoted values name the file's structure and stay as they are.
import { FIELD_RULES, type FieldRule, type JsonKind } from '@/catalog/transfer/import-problem';
import type { MessageKey, Translate } from './i18n';

/** Problems the page finds itself, before or instead of the background's answer. */
export type LocalImportProblem = { code: 'not-sent'; detail: string };

const RULE_KEYS: Record<FieldRule, MessageKey> = {
  string: 'optionsImportProblemString',
  boolean: 'optionsImportProblemBoolean',
  list: 'optionsImportProblemList',
  'list-of-strings': 'optionsImportProblemListOfStrings',
  'date-string': 'optionsImportProblemDateString',
  'iso-date': 'optionsImportProblemIsoDate',
  'project-id': 'optionsImportProblemProjectId',
  'not-empty': 'optionsImportProblemNotEmpty',
  'max-length': 'optionsImportProblemMaxLength',
  'max-items': 'optionsImportProblemMaxItems',
  'http-url': 'optionsImportProblemHttpUrl',
  'one-of': 'optionsImportProblemOneOf',
  invalid: 'optionsImportProblemInvalid',
};

const KIND_KEYS: Record<JsonKind, MessageKey> = {
  array: 'optionsImportProblemKindArray',
  string: 'optionsImportProblemKindString',
  number: 'optionsImportProblemKindNumber',
  boolean: 'optionsImportProblemKindBoolean',
  null: 'optionsImportProblemKindNull',
};

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

type Fields = Record<string, unknown>;
const text = (p: Fields, key: string) => (typeof p[key] === 'string' ? (p[key] as string) : undefined);
const count = (p: Fields, key: string) =>
  typeof p[key] === 'number' && Number.isFinite(p[key]) ? (p[key] as number) : undefined;
const has = <T>(table: Record<string, T>, key: unknown): key is string =>
  typeof key === 'string' && Object.hasOwn(table, key);

/** The sentence for a problem, or undefined when the fields its code needs are not there. */
function known(p: Fields, t: Translate, at: (path: string) => string): string | undefined {
  const path = text(p, 'path');
  const where = path === undefined ? undefined : at(path);
  switch (p.code) {
    case 'too-large': {
      const [bytes, limit] = [count(p, 'bytes'), count(p, 'limit')];
      return bytes === undefined || limit === undefined
        ? undefined
        : t('optionsImportTooLarge', megabytes(bytes), megabytes(limit));
    }
    case 'empty':
      return t('optionsImportProblemEmpty');
    case 'not-json': {
      if (p.truncated === true) return t('optionsImportProblemTruncated');
      const [line, column] = [count(p, 'line'), count(p, 'column')];
      return line === undefined || column === undefined
        ? t('optionsImportProblemNotJson')
        : t('optionsImportProblemNotJsonAt', line, column);
    }
    case 'not-object':
      return has(KIND_KEYS, p.found)
        ? t('optionsImportProblemNotObject', t(KIND_KEYS[p.found as JsonKind]))
        : undefined;
    case 'not-archscout': {
      const [found, expected] = [text(p, 'found'), text(p, 'expected')];
      if (expected === undefined) return undefined;
      return found === undefined
        ? t('optionsImportProblemNoFormat', expected)
        : t('optionsImportProblemNotArchscout', expected, found);
    }
    case 'unknown-version': {
      const [found, supported] = [text(p, 'found'), count(p, 'supported')];
      if (supported === undefined) return undefined;
      return found === undefined
        ? t('optionsImportProblemNoVersion', supported)
        : t('optionsImportProblemVersion', found, supported);
    }
    case 'forbidden-key':
    case 'unknown-field': {
      const key = text(p, 'key');
      if (where === undefined || key === undefined) return undefined;
      return t(
        p.code === 'forbidden-key' ? 'optionsImportProblemForbiddenKey' : 'optionsImportProblemUnknownField',
        where,
        key,
      );
    }
    case 'too-deep':
      return where === undefined ? undefined : t('optionsImportProblemTooDeep', where);
    case 'missing-field':
      return where === undefined ? undefined : t('optionsImportProblemMissing', where);
    case 'invalid-field':
      return where === undefined ? undefined : invalidField(p, t, where);
    case 'duplicate-id': {
      const [id, first] = [text(p, 'id'), text(p, 'firstPath')];
      return where === undefined || id === undefined || first === undefined
        ? undefined
        : t('optionsImportProblemDuplicateId', where, id, at(first));
    }
    case 'more-problems': {
      const more = count(p, 'count');
      return more === undefined ? undefined : t('optionsImportProblemMore', more);
    }
    case 'too-many-favourites': {
      const [total, limit] = [count(p, 'count'), count(p, 'limit')];
      return total === undefined || limit === undefined ? undefined : t('optionsImportProblemTooMany', total, limit);
    }
    case 'save-failed':
      return t('optionsImportProblemSaveFailed', text(p, 'detail') ?? '?');
    case 'not-sent':
      return t('optionsImportProblemNotSent', text(p, 'detail') ?? '?');
    default:
      return undefined;
  }
}

function invalidField(p: Fields, t: Translate, where: string): string {
  // A rule this page does not know reads as the generic "not accepted" at its path.
  const rule: FieldRule = (FIELD_RULES as readonly unknown[]).includes(p.rule) ? (p.rule as FieldRule) : 'invalid';
  if (rule === 'max-length' || rule === 'max-items') {
    const limit = count(p, 'limit');
    return limit === undefined ? t('optionsImportProblemInvalid', where) : t(RULE_KEYS[rule], where, limit);
  }
  if (rule === 'one-of') {
    const expected = text(p, 'expected');
    return expected === undefined ? t('optionsImportProblemInvalid', where) : t(RULE_KEYS[rule], where, expected);
  }
  return t(RULE_KEYS[rule], where);
}

/** One line for the list of reasons a file was refused; never empty. */
export function importProblemText(problem: unknown, t: Translate): string {
  const at = (path: string) => (path === '' ? t('optionsImportProblemTopLevel') : path);
  if (typeof problem !== 'object' || problem === null) return t('optionsImportProblemUnknown');
  const fields = problem as Fields;
  const sentence = known(fields, t, at);
  if (sentence) return sentence;
  const path = text(fields, 'path');
  return path === undefined ? t('optionsImportProblemUnknown') : t('optionsImportProblemInvalid', at(path));
}

/** The lines for a refused answer; a missing or empty list still says that something was wrong. */
export function importProblemLines(problems: unknown, t: Translate): string[] {
  const lines = Array.isArray(problems) ? problems.map((problem) => importProblemText(problem, t)) : [];
  return lines.length > 0 ? lines : [t('optionsImportProblemUnknown')];
}

import { describe, expect, it } from 'vitest';
import {
  FIELD_RULES,
  type FieldRule,
  type ImportProblem,
  type ImportProblemCode,
} from '@/catalog/transfer/import-problem';
import { parseImport } from '@/catalog/transfer/parse-import';
import { createTranslate, type Locale } from './i18n';
import { importProblemLines, importProblemText } from './import-problem-text';

const en = createTranslate('en');
const zh = createTranslate('zh_CN');
const CJK = /[\u4e00-\u9fff]/;

/** One of every code; typed so that a new code without a sample fails to compile. */
const samples: Record<ImportProblemCode, ImportProblem> = {
  'too-large': { code: 'too-large', bytes: 10_000_200, limit: 1_000_000 },
  empty: { code: 'empty' },
  'not-json': { code: 'not-json', detail: 'Unexpected end of JSON input' },
  'not-object': { code: 'not-object', found: 'array' },
  'not-archscout': { code: 'not-archscout', found: '"bookmarks"', expected: '"archscout"' },
  'unknown-version': { code: 'unknown-version', found: '2', supported: 1 },
  'forbidden-key': { code: 'forbidden-key', path: 'favourites[3]', key: '__proto__' },
  'too-deep': { code: 'too-deep', path: 'favourites[3].note.a.b.c.d.e.f' },
  'unknown-field': { code: 'unknown-field', path: 'favourites[3]', key: 'script' },
  'missing-field': { code: 'missing-field', path: 'favourites[3].id' },
  'invalid-field': { code: 'invalid-field', path: 'favourites[3].tags[0]', rule: 'max-length', limit: 40 },
  'duplicate-id': { code: 'duplicate-id', path: 'favourites[3].id', id: 'etcd', firstPath: 'favourites[1]' },
  'more-problems': { code: 'more-problems', count: 5 },
  'too-many-favourites': { code: 'too-many-favourites', count: 2003, limit: 2000 },
  'save-failed': { code: 'save-failed', detail: 'QuotaExceededError' },
};

const fieldProblem = (rule: FieldRule): ImportProblem => ({
  code: 'invalid-field',
  path: 'favourites[3].tags[0]',
  rule,
  ...(rule === 'max-length' || rule === 'max-items' ? { limit: 40 } : {}),
  ...(rule === 'one-of' ? { expected: '"auto" | "light" | "dark"' } : {}),
});

// invalid-field once per rule (its sample is one of them).
const everyProblem: ImportProblem[] = [
  ...Object.values(samples).filter((p) => p.code !== 'invalid-field'),
  ...FIELD_RULES.map(fieldProblem),
];

/** A line that really says something: no generic fallback, no unfilled placeholder, no "undefined". */
function expectSpecific(line: string, locale: Locale, problem: ImportProblem) {
  const t = createTranslate(locale);
  expect(line).not.toBe(t('optionsImportProblemUnknown'));
  expect(line).not.toMatch(/\$\d|undefined|NaN/);
  if (problem.code === 'invalid-field' && problem.rule !== 'invalid') {
    expect(line).not.toBe(t('optionsImportProblemInvalid', problem.path));
  }
  if ('path' in problem) expect(line).toContain(problem.path);
  expect(CJK.test(line), `${locale}: ${line}`).toBe(locale === 'zh_CN');
}

describe('importProblemText', () => {
  it.each(everyProblem.map((p) => [p.code, 'rule' in p ? p.rule : '', p] as const))(
    'words %s %s in English and in Chinese, keeping the path as it is',
    (_code, _rule, problem) => {
      expectSpecific(importProblemText(problem, en), 'en', problem);
      expectSpecific(importProblemText(problem, zh), 'zh_CN', problem);
    },
  );

  it('gives every problem kind its own sentence', () => {
    for (const t of [en, zh]) {
      const lines = everyProblem.map((p) => importProblemText(p, t));
      expect(new Set(lines).size).toBe(lines.length);
    }
  });

  it('reads as expected in both languages', () => {
    const url: ImportProblem = { code: 'invalid-field', path: 'favourites[0].url', rule: 'http-url' };
    expect(importProblemText(url, en)).toBe('favourites[0].url: must be an http(s) URL.');
    expect(importProblemText(url, zh)).toBe('favourites[0].url：必须是 http(s) 网址。');
    expect(importProblemText(samples['too-large'], en)).toBe(
      'The file is 10.0 MB; the largest file Archscout imports is 1.0 MB.',
    );
    expect(importProblemText(samples['duplicate-id'], zh)).toBe(
      'favourites[3].id：重复的 id "etcd"（favourites[1] 已使用）。',
    );
  });

  it('names the top level instead of an empty path', () => {
    const top: ImportProblem = { code: 'forbidden-key', path: '', key: '__proto__' };
    expect(importProblemText(top, en)).toBe('top level: forbidden key "__proto__".');
    expect(importProblemText(top, zh)).toBe('顶层：不允许的键 "__proto__"。');
  });

  it('says where broken JSON stops when the background knows, and leaves the parser text out', () => {
    const at = { code: 'not-json', detail: 'Unexpected token } in JSON at position 9', line: 2, column: 7 };
    expect(importProblemText(at, zh)).toBe('文件不是有效的 JSON：第一个错误在第 2 行第 7 列。');
    expect(importProblemText(samples['not-json'], zh)).not.toContain('Unexpected');
  });

  it('asks whether the file is cut off only when it ended too soon', () => {
    const cut = { code: 'not-json', detail: 'Unexpected end of JSON input', truncated: true };
    expect(importProblemText(cut, en)).toBe('The file is not valid JSON: it ends too soon (is it cut off?).');
    expect(importProblemText(cut, zh)).toBe('文件不是有效的 JSON：内容提前结束（文件是否不完整？）。');
    const mistake = { code: 'not-json', detail: 'Unexpected token', line: 1, column: 1 };
    expect(importProblemText(mistake, en)).toBe(
      'The file is not valid JSON: the first mistake is at line 1, column 1.',
    );
  });

  it('words a missing format or version differently from a wrong one', () => {
    expect(importProblemText({ code: 'not-archscout', expected: '"archscout"' }, en)).toMatch(/has no "format"/);
    expect(importProblemText({ code: 'unknown-version', supported: 1 }, zh)).toMatch(/没有注明 "version"/);
  });

  it('words every problem a real refused file gets', async () => {
    const file = {
      format: 'archscout',
      version: 1,
      exportedAt: 'now',
      favourites: [{ id: 'Bad Id', name: '', url: 'javascript:alert(1)', addedAt: 5, tags: 'x', extra: 1 }, {}],
      settings: { theme: 'purple', minimalNewTab: 'yes' },
    };
    const parsed = await parseImport(JSON.stringify(file));
    if (parsed.ok) throw new Error('a broken file was accepted');
    expect(parsed.problems.length).toBeGreaterThan(8);
    for (const problem of parsed.problems) {
      expectSpecific(importProblemText(problem, en), 'en', problem);
      expectSpecific(importProblemText(problem, zh), 'zh_CN', problem);
    }
  });
});

describe('problems this page does not know (a newer background)', () => {
  const generic = (t = zh) => t('optionsImportProblemUnknown');

  it('falls back to a generic translated reason, never a blank line', () => {
    expect(importProblemText({ code: 'signature-mismatch' }, zh)).toBe(generic());
    expect(importProblemText({ code: 'signature-mismatch' }, en)).toBe(generic(en));
    expect(importProblemText({}, zh)).toBe(generic());
    expect(importProblemText('favourites[0]: bad', zh)).toBe(generic());
    expect(importProblemText(null, zh)).toBe(generic());
    expect(generic()).toMatch(CJK);
  });

  it('keeps the path of an unknown code or rule', () => {
    const expected = 'favourites[2].tags：此值不被接受。';
    expect(importProblemText({ code: 'too-similar', path: 'favourites[2].tags' }, zh)).toBe(expected);
    expect(importProblemText({ code: 'invalid-field', path: 'favourites[2].tags', rule: 'sorted' }, zh)).toBe(expected);
  });

  it('does not print fields of the wrong type', () => {
    const limit = { code: 'invalid-field', path: 'favourites[0].note', rule: 'max-length', limit: '1000' };
    expect(importProblemText(limit, en)).toBe('favourites[0].note: this value is not accepted.');
    expect(importProblemText({ code: 'too-large', bytes: 'huge' }, en)).toBe(generic(en));
    expect(importProblemText({ code: 'forbidden-key', path: 3, key: 'x' }, en)).toBe(generic(en));
  });

  it('always gives at least one line for a refused answer', () => {
    expect(importProblemLines([], zh)).toEqual([generic()]);
    expect(importProblemLines(undefined, zh)).toEqual([generic()]);
    expect(importProblemLines('nope', en)).toEqual([generic(en)]);
    expect(importProblemLines([samples.empty, { code: 'new' }], en)).toEqual(['The file is empty.', generic(en)]);
  });
});

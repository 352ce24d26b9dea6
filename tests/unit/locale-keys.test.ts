// The two message tables against each other and against the code that names their keys.
// (components/i18n.test.ts checks that every English key has a Chinese one with the same
// placeholders; TypeScript checks that every key the code names is an English key.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

type Table = Record<string, { message: string }>;
const table = (locale: string): Table =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')) as Table;
const en = table('en');
const zhCN = table('zh_CN');

/** Chinese messages rightly without Chinese characters: the brand, a JSON keyword, "Archscout：$1". */
const NO_HAN = new Set(['extName', 'optionsImportProblemKindNull', 'annotationRegion']);

/** Where message keys are named: t('key'), en.key.message, '__MSG_key__', key maps. */
const CODE_DIRS = ['components', 'entrypoints', 'services', 'modules'];

function sourceText(): string {
  const files = CODE_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx|html)$/.test(file) && !/\.test\.tsx?$/.test(file))
      .map((file) => join(ROOT, dir, file)),
  );
  return [...files, join(ROOT, 'wxt.config.ts')].map((file) => readFileSync(file, 'utf8')).join('\n');
}

describe('locale tables', () => {
  it('zh_CN has no key that en lacks (the English table is the source of truth)', () => {
    const extra = Object.keys(zhCN).filter((key) => !(key in en));
    expect(extra, 'remove these keys from public/_locales/zh_CN/messages.json, or add them to en').toEqual([]);
  });

  it('every zh_CN message is translated (has Chinese text, not the English copied over)', () => {
    const untranslated = Object.keys(en).filter(
      (key) => !NO_HAN.has(key) && !/\p{Script=Han}/u.test(zhCN[key]?.message ?? ''),
    );
    expect(untranslated, 'translate these in public/_locales/zh_CN/messages.json').toEqual([]);
  });

  it('every key is named somewhere in the code: a dead key costs every page bytes and a translator time', () => {
    const code = sourceText();
    // Not \b: in '__MSG_extName__' the key is between underscores, which are word characters.
    const unused = Object.keys(en).filter((key) => !new RegExp(`(?<![A-Za-z0-9])${key}(?![A-Za-z0-9])`).test(code));
    expect(unused, 'use these keys or remove them from both locales').toEqual([]);
  });

  it("the manifest's __MSG_ keys exist in both locales", () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const keys = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] as string);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(en[key], `en lacks ${key}`).toBeDefined();
      expect(zhCN[key], `zh_CN lacks ${key}`).toBeDefined();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, parseImport } from './parse-import';

const noPause = () => Promise.resolve();
const problemsOf = async (text: string) => {
  const parsed = await parseImport(text, noPause);
  return parsed.ok ? [] : parsed.problems;
};
const tooLarge = (bytes: number) => [{ code: 'too-large', bytes, limit: MAX_IMPORT_BYTES }];
const utf8 = (text: string) => new TextEncoder().encode(text).length;

/** `unit` repeated (and ASCII for the rest) to exactly `bytes` UTF-8 bytes. */
function textOf(bytes: number, unit: string): string {
  return unit.repeat(Math.floor(bytes / utf8(unit))) + 'x'.repeat(bytes % utf8(unit));
}

describe('parseImport: the size limit, to the byte', () => {
  it('reads a valid export of exactly the limit; one byte more is too large', async () => {
    const shell = JSON.stringify({
      format: 'archscout',
      version: 1,
      exportedAt: '2026-01-01T00:00:00Z',
      favourites: [],
    });
    const atLimit = shell + ' '.repeat(MAX_IMPORT_BYTES - shell.length);
    expect(await parseImport(atLimit, noPause)).toMatchObject({ ok: true });
    expect(await problemsOf(`${atLimit} `)).toEqual(tooLarge(MAX_IMPORT_BYTES + 1));
  });

  // Texts this long are measured without being encoded (utf8Length): the count must still be exact.
  it.each([
    ['Chinese (3 bytes a character)', '中'],
    ['emoji (4 bytes, two UTF-16 code units)', '😀'],
    ['U+FFFD, what decoding makes of each invalid byte in a file', '\ufffd'],
  ])('%s: a text of exactly the limit is measured as within it, one byte more as over', async (_name, unit) => {
    const atLimit = textOf(MAX_IMPORT_BYTES, unit);
    expect(utf8(atLimit)).toBe(MAX_IMPORT_BYTES);
    expect((await problemsOf(atLimit))[0]).toMatchObject({ code: 'not-json' });
    expect(await problemsOf(`${atLimit}x`)).toEqual(tooLarge(MAX_IMPORT_BYTES + 1));
  });

  it('counts a text just past the length below which nothing needs counting', async () => {
    // A third of the limit in 3-byte characters is exactly the limit; one more is 3 bytes over.
    const third = MAX_IMPORT_BYTES / 3;
    expect((await problemsOf('中'.repeat(third)))[0]).toMatchObject({ code: 'not-json' });
    expect(await problemsOf('中'.repeat(third + 1))).toEqual(tooLarge(MAX_IMPORT_BYTES + 3));
  });
});

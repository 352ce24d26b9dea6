import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '@/catalog/types';
import { enter, recordDefaultSuggestions, recordOpenedUrls, suggestionsFor } from '../helpers/omnibox';
import { ROOT } from '../helpers/paths';
import { setSettings } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// What people type after `arch` besides a project's name (issue #5): links, nothing, a lot,
// markup and symbols, Chinese. Driven through the background's real omnibox listeners
// (tests/helpers/omnibox.ts); popup-omnibox.spec.ts covers names, typos and dispositions.

const messages = (locale: string) =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${locale}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;
const catalog = JSON.parse(readFileSync(join(ROOT, 'catalog/data/catalog.json'), 'utf8')) as Catalog;
const categoryZh = (id: string) => catalog.categories.find((category) => category.id === id)?.nameZh;
const en = messages('en');
const zh = messages('zh_CN');
const noMatch = (table: typeof en, text: string) => table.popupOmniboxNoMatch.message.replace('$1', text);

/** Every description must parse as Chromium's omnibox XML, or the line is dropped. */
const WELL_FORMED = /^(?:[^&<]|&(?:amp|lt|gt|quot|apos);|<\/?(?:match|dim|url)>)*$/;

test('a link after "arch" suggests only the project whose page it is; an unlisted link suggests and opens nothing', async ({
  ext,
}) => {
  const opened = await recordOpenedUrls(ext);
  const defaults = await recordDefaultSuggestions(ext);
  // With or without its scheme, a repository's sub-page or a docs page: that project alone.
  for (const link of ['https://github.com/coreos/etcd/issues/1', 'github.com/etcd-io/etcd/pulls', 'etcd.io/docs/']) {
    expect(
      (await suggestionsFor(ext, link)).map((line) => line.content),
      link,
    ).toEqual(['https://etcd.io/']);
  }
  // An unlisted repository's link: its words ("github", "apache") must not suggest Apache Avro,
  // Thrift or ActiveMQ, which Enter would not open anyway. The first line says why.
  await defaults();
  expect(await suggestionsFor(ext, 'https://github.com/apache/kafka')).toEqual([]);
  expect(await defaults()).toEqual([noMatch(en, 'https://github.com/apache/kafka')]);
  expect(await suggestionsFor(ext, 'github.com/apache/kafka')).toEqual([]);

  await ext.serve('https://etcd.io/', '<!doctype html><title>etcd</title>');
  await enter(ext, 'github.com/apache/kafka', 'newForegroundTab');
  await enter(ext, 'https://example.org/etcd', 'newForegroundTab');
  // A listed project's link after them: its tab is opened after any they opened.
  await enter(ext, 'github.com/etcd-io/etcd/pulls', 'newForegroundTab');
  await expect.poll(opened).toContain('https://etcd.io/');
  expect(await opened(), 'only the listed link opened a tab').toEqual(['https://etcd.io/']);
});

test('empty, very long and symbol-laden input: no stray suggestions, a well-formed first line, Enter opens nothing', async ({
  ext,
}) => {
  const opened = await recordOpenedUrls(ext);
  const defaults = await recordDefaultSuggestions(ext);
  // Nothing typed yet (or only spaces): the hint, not "no match".
  for (const text of ['', '   ']) {
    expect(await suggestionsFor(ext, text)).toEqual([]);
    expect(await defaults()).toEqual([en.popupOmniboxDefault.message]);
  }
  // Markup and XML specials are escaped in the echo, so Chromium keeps the line.
  for (const text of [`<b>&amp;"'`, '(.*)[\\', '🚀🚀', 'x'.repeat(5000)]) {
    const lines = await suggestionsFor(ext, text);
    for (const line of lines) expect(line.description).toMatch(WELL_FORMED);
    const [description] = await defaults();
    expect(description, text.slice(0, 20)).toMatch(WELL_FORMED);
    if (lines.length === 0) expect(description).toContain(en.popupOmniboxNoMatch.message.split('$1')[0]);
  }
  // A very long query that matches (4,200 characters): answered without throwing, in the usual
  // few lines, each well-formed; and the keyword answers the next, ordinary query as before.
  // (How fast is the benchmarks' business: npm run bench.)
  const long = await suggestionsFor(ext, 'message queue '.repeat(300));
  expect(long.length).toBeGreaterThan(0);
  expect(long.length, 'no more lines than for any query').toBeLessThanOrEqual(6);
  for (const line of long) expect(line.description).toMatch(WELL_FORMED);
  expect(long.map((line) => line.content)).toEqual([...new Set(long.map((line) => line.content))]);
  expect((await suggestionsFor(ext, 'etcd'))[0]?.content).toBe('https://etcd.io/');
  expect(await defaults()).toContain(en.popupOmniboxDefault.message);

  await ext.serve('https://etcd.io/', '<!doctype html><title>etcd</title>');
  for (const text of ['', '   ', 'x'.repeat(5000), '🚀🚀']) await enter(ext, text, 'newForegroundTab');
  // Then a query that opens its project: its tab is opened after any these would have opened.
  await enter(ext, 'etcd', 'newForegroundTab');
  await expect.poll(opened).toContain('https://etcd.io/');
  expect(await opened(), 'only "etcd" opened a tab').toEqual(['https://etcd.io/']);
});

test('in Chinese the suggestions and the first line are Chinese, for Chinese and English queries', async ({ ext }) => {
  await setSettings(ext, { language: 'zh_CN' });
  const defaults = await recordDefaultSuggestions(ext);
  const queues = await suggestionsFor(ext, '消息队列');
  expect(queues.length).toBeGreaterThan(1);
  // The category's Chinese name, then the Chinese summary.
  for (const line of queues)
    expect(line.description).toMatch(
      new RegExp(`<dim>— ${categoryZh('message-queue')} · .*\\p{Script=Han}.*</dim>$`, 'u'),
    );
  expect(await defaults()).toEqual([zh.popupOmniboxDefault.message]);
  const [etcd] = await suggestionsFor(ext, 'etcd');
  expect(etcd.description).toMatch(new RegExp(`^<match>etcd</match> <dim>— ${categoryZh('service-discovery')} · `));
  expect(await suggestionsFor(ext, 'qqqxxzz')).toEqual([]);
  expect(await defaults()).toEqual([zh.popupOmniboxDefault.message, noMatch(zh, 'qqqxxzz')]);
});

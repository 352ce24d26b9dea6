import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings';
import { makeCatalog, makeProject } from '../store/fixtures/test-catalog';
import type { FavouriteRecord } from '../store/schema';
import { exportJson } from './export-json';
import { escapeMarkdown, exportMarkdown } from './export-markdown';
import { parseImport } from './parse-import';

const catalog = makeCatalog([
  makeProject('kafka', {
    name: 'Apache *Kafka*',
    homepage: 'https://kafka.apache.org/',
    summary: { en: 'A log_based [broker]' },
  }),
  makeProject('evil', {
    name: '[click](javascript:alert(1))',
    homepage: 'javascript:alert(1)',
    repo: undefined,
    url: 'javascript:void(0)',
  }),
  makeProject('consul', { categories: ['service-discovery'], repo: 'hashicorp/consul' }),
  makeProject('paren', { name: 'Paren', homepage: 'https://example.com/a_(b) c' }),
]);
const fav = (id: string, extra: Partial<FavouriteRecord> = {}): FavouriteRecord => ({
  id,
  name: id,
  addedAt: Date.UTC(2026, 0, 1),
  updatedAt: Date.UTC(2026, 0, 2),
  tags: [],
  ...extra,
});
const favourites = [
  fav('kafka', { tags: ['streaming'], note: 'Use <b>this</b>\nfor # events | logs' }),
  fav('evil'),
  fav('consul'),
  fav('paren'),
  fav('gone', { name: 'Gone _Project_' }),
];

type Node = { type: string; url?: string; value?: string; depth?: number; children?: Node[] };
const all = (node: Node, type: string): Node[] => [
  ...(node.type === type ? [node] : []),
  ...(node.children ?? []).flatMap((c) => all(c, type)),
];
const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');

describe('exportMarkdown', () => {
  const md = exportMarkdown(favourites, catalog, Date.UTC(2026, 0, 31));
  const tree = fromMarkdown(md) as Node;

  it('groups favourites by category in catalog order, orphans last', () => {
    expect(all(tree, 'heading').map(text)).toEqual([
      'My distributed-architecture favourites',
      'Message Queue',
      'Service Discovery',
      'Other',
    ]);
  });

  it('links only http(s) URLs, and names stay literal text', () => {
    const links = all(tree, 'link');
    expect(links.map((l) => l.url)).toEqual([
      'https://kafka.apache.org/',
      'https://example.com/a_%28b%29%20c',
      'https://github.com/hashicorp/consul',
    ]);
    expect(links.map(text)).toEqual(['Apache *Kafka*', 'Paren', 'Consul']);
    expect(all(tree, 'html')).toEqual([]);
    expect(all(tree, 'strong')).toEqual([]);
    // The hostile name shows as text, with no link of its own.
    expect(md).toContain('\\[click\\]\\(javascript:alert\\(1\\)\\)');
  });

  it('keeps notes and tags as text on one line, and marks orphans', () => {
    const items = all(tree, 'listItem').map(text);
    expect(items).toHaveLength(5);
    expect(items.find((i) => i.startsWith('Apache'))).toBe(
      'Apache *Kafka* - A log_based [broker] Use <b>this</b> for # events | logs (streaming)',
    );
    expect(items.at(-1)).toBe('Gone _Project_ (no longer in the catalog)');
  });

  it('escapes every inline-syntax character', () => {
    expect(escapeMarkdown('a*b_c`d[e]f<g>h\\i')).toBe('a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\\\i');
  });
});

describe('exportJson', () => {
  it('writes the versioned format with settings, and reads back through the importer', async () => {
    const text = exportJson(favourites, defaultSettings, catalog, Date.UTC(2026, 0, 31));
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: 'archscout', version: 1, exportedAt: '2026-01-31T00:00:00.000Z' });
    expect(data.settings).toEqual(defaultSettings);
    expect(data.favourites[0]).toEqual({
      id: 'kafka',
      name: 'Apache *Kafka*',
      url: 'https://kafka.apache.org/',
      addedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      tags: ['streaming'],
      note: 'Use <b>this</b>\nfor # events | logs',
    });
    // No link for a project whose links are all non-http(s).
    expect(data.favourites[1]).not.toHaveProperty('url');
    expect(data.favourites[4]).toMatchObject({ id: 'gone', name: 'Gone _Project_' });
    expect((await parseImport(text)).ok).toBe(true);
  });
});

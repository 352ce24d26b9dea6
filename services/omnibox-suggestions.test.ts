import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '@/catalog/bundled';
import { createSearchIndex } from '@/catalog/search';
import type { Catalog } from '@/catalog/types';
import { escapeOmniboxXml, omniboxSuggestions, omniboxTarget } from './omnibox-suggestions';

const index = createSearchIndex(bundledCatalog);
const etcd = bundledCatalog.projects.find((p) => p.id === 'etcd');

describe('omnibox suggestions', () => {
  it('suggests matching projects, best first, each opening its own URL', () => {
    const lines = omniboxSuggestions(bundledCatalog, index, 'etcd', {
      lang: 'en',
      openTarget: 'homepage',
      markup: true,
    });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0].description).toMatch(/^<match>etcd<\/match> <dim>— Service Discovery · /);
    expect(lines[0].content).toBe(etcd?.homepage ? new URL(etcd.homepage).href : `https://github.com/${etcd?.repo}`);
    expect(new Set(lines.map((line) => line.content)).size).toBe(lines.length);
  });

  it('follows the open-target setting', () => {
    const [line] = omniboxSuggestions(bundledCatalog, index, 'etcd', {
      lang: 'en',
      openTarget: 'repository',
      markup: true,
    });
    expect(line.content).toBe('https://github.com/etcd-io/etcd');
  });

  it('tolerates typos and Chinese like the popup', () => {
    const [typo] = omniboxSuggestions(bundledCatalog, index, 'rabitmq', {
      lang: 'en',
      openTarget: 'homepage',
      markup: false,
    });
    expect(typo.description).toMatch(/^RabbitMQ — /);
    const zh = omniboxSuggestions(bundledCatalog, index, '服务发现', {
      lang: 'zh',
      openTarget: 'homepage',
      markup: false,
    });
    expect(zh.map((line) => line.description).join('\n')).toMatch(/服务发现/);
  });

  it('escapes what Chrome would parse as XML', () => {
    expect(escapeOmniboxXml(`a & b <c> "d" 'e'`)).toBe('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;');
    const catalog: Catalog = {
      ...bundledCatalog,
      projects: [
        {
          ...(etcd as NonNullable<typeof etcd>),
          id: 'x',
          name: 'A<b>&C',
          summary: { en: 'Fast & <small>' },
        },
      ],
    };
    const [line] = omniboxSuggestions(catalog, createSearchIndex(catalog), 'A<b>&C', {
      lang: 'en',
      openTarget: 'homepage',
      markup: true,
    });
    expect(line.description).toContain('<match>A&lt;b&gt;&amp;C</match>');
    expect(line.description).toContain('Fast &amp; &lt;small&gt;');
    const plain = omniboxSuggestions(catalog, createSearchIndex(catalog), 'A<b>&C', {
      lang: 'en',
      openTarget: 'homepage',
      markup: false,
    });
    expect(plain[0].description).toBe(`A<b>&C — Service Discovery · Fast & <small>`);
  });

  it('suggests only the project of a typed link, as the popup finds it, and nothing for an unlisted one', () => {
    const options = { lang: 'en' as const, openTarget: 'homepage' as const, markup: false };
    for (const link of [
      'https://github.com/etcd-io/etcd',
      'github.com/coreos/etcd/issues/1',
      'https://etcd.io/docs/',
    ]) {
      expect(
        omniboxSuggestions(bundledCatalog, index, link, options).map((line) => line.content),
        link,
      ).toEqual(['https://etcd.io/']);
    }
    // Its words ("apache", "github") must not suggest Apache Avro, Thrift and ActiveMQ.
    expect(omniboxSuggestions(bundledCatalog, index, 'https://github.com/apache/kafka', options)).toEqual([]);
    expect(omniboxSuggestions(bundledCatalog, index, 'github.com/apache/kafka', options)).toEqual([]);
  });

  it('suggests nothing for text that matches nothing', () => {
    expect(
      omniboxSuggestions(bundledCatalog, index, 'qqqxxzz', { lang: 'en', openTarget: 'homepage', markup: true }),
    ).toEqual([]);
  });
});

describe('omnibox target', () => {
  const options = { lang: 'en' as const, openTarget: 'repository' as const };

  it('opens a picked suggestion’s URL', () => {
    expect(omniboxTarget(bundledCatalog, index, 'https://github.com/etcd-io/etcd', options)).toBe(
      'https://github.com/etcd-io/etcd',
    );
  });

  it('opens the best hit for free text', () => {
    expect(omniboxTarget(bundledCatalog, index, 'etcd', options)).toBe('https://github.com/etcd-io/etcd');
  });

  it('opens the project of a listed project’s page pasted after the keyword', () => {
    expect(omniboxTarget(bundledCatalog, index, 'https://github.com/coreos/etcd/issues/1', options)).toBe(
      'https://github.com/etcd-io/etcd',
    );
  });

  it('opens the project of a link typed without its scheme, and nothing for an unlisted one', () => {
    expect(omniboxTarget(bundledCatalog, index, 'github.com/coreos/etcd/issues/1', options)).toBe(
      'https://github.com/etcd-io/etcd',
    );
    // The best hit for "github com apache kafka" would be an Apache project that is not Kafka.
    expect(omniboxTarget(bundledCatalog, index, 'github.com/apache/kafka', options)).toBeUndefined();
  });

  it('opens a homepage that no docs site covers, picked as a suggestion', () => {
    const balance = bundledCatalog.projects.find((p) => p.id === 'balance');
    const href = balance?.homepage ?? balance?.url ?? '';
    expect(omniboxTarget(bundledCatalog, index, href, options)).toBe(href);
  });

  it('never opens an arbitrary URL typed after the keyword', () => {
    expect(omniboxTarget(bundledCatalog, index, 'https://evil.example/phish', options)).toBeUndefined();
    expect(omniboxTarget(bundledCatalog, index, 'https://example.org/etcd', options)).toBeUndefined();
    expect(omniboxTarget(bundledCatalog, index, 'javascript:alert(1)', options)).not.toMatch(/^javascript:/);
  });

  it('opens nothing when nothing matches', () => {
    expect(omniboxTarget(bundledCatalog, index, 'qqqxxzz', options)).toBeUndefined();
  });
});

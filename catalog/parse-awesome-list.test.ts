import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHttpUrl } from './http-url';
import { type DropReason, parseAwesomeList, UNCATEGORIZED } from './parse-awesome-list';

type Row = {
  name: string;
  markdown: string;
  entries: { name: string; url: string; category?: string; parent?: string; description?: string }[];
  dropped?: DropReason[];
};

const table: Row[] = [
  {
    name: 'plain item with a colon description',
    markdown: '## Queues\n\n- [NSQ](https://nsq.io/): A realtime platform.\n',
    entries: [{ name: 'NSQ', url: 'https://nsq.io/', category: 'Queues', description: 'A realtime platform.' }],
  },
  {
    name: 'dash separator and markup in the name',
    markdown: '## Q\n\n* [**Rabbit**`MQ`](http://rabbitmq.com) - *A* broker\n',
    entries: [{ name: 'RabbitMQ', url: 'http://rabbitmq.com', description: 'A broker' }],
  },
  {
    name: 'link wrapped in strong emphasis',
    markdown: '## Q\n\n- **[Kafka](https://kafka.apache.org/)**: log\n',
    entries: [{ name: 'Kafka', url: 'https://kafka.apache.org/', description: 'log' }],
  },
  {
    name: 'fenced code holding list-like lines is not a list',
    markdown: '## Q\n\n```md\n- [Fake](https://fake.example/)\n```\n\n- [Real](https://real.example/)\n',
    entries: [{ name: 'Real', url: 'https://real.example/' }],
  },
  {
    name: 'tilde fence and indented code are ignored too',
    markdown: '## Q\n\n~~~\n- [Fake](https://fake.example/)\n~~~\n\n    - [Fake2](https://fake2.example/)\n',
    entries: [],
  },
  {
    name: 'HTML comments hide items',
    markdown: '## Q\n\n<!--\n- [Hidden](https://hidden.example/)\n-->\n\n- [Shown](https://shown.example/)\n',
    entries: [{ name: 'Shown', url: 'https://shown.example/' }],
  },
  {
    name: 'reference-style links: full, collapsed and shortcut',
    markdown:
      '## Q\n\n- [Full][f]: one\n- [Collapsed][]: two\n- [Shortcut] - three\n\n[f]: https://full.example/\n[collapsed]: https://collapsed.example/\n[SHORTCUT]: https://shortcut.example/ "title"\n',
    entries: [
      { name: 'Full', url: 'https://full.example/', description: 'one' },
      { name: 'Collapsed', url: 'https://collapsed.example/', description: 'two' },
      { name: 'Shortcut', url: 'https://shortcut.example/', description: 'three' },
    ],
  },
  {
    name: 'a reference with no definition is plain text, not a link',
    markdown: '## Q\n\n- [Missing][nowhere]: text\n',
    entries: [],
    dropped: ['no-link'],
  },
  {
    name: 'setext headings set the category',
    markdown: 'Title\n=====\n\nMessage Queue\n-------------\n\n- [NSQ](https://nsq.io/)\n',
    entries: [{ name: 'NSQ', url: 'https://nsq.io/', category: 'Message Queue' }],
  },
  {
    name: 'CRLF line ends',
    markdown: '## Q\r\n\r\n- [A](https://a.example/): first\r\n    - [B](https://b.example/): second\r\n',
    entries: [
      { name: 'A', url: 'https://a.example/', category: 'Q', description: 'first' },
      { name: 'B', url: 'https://b.example/', category: 'Q', parent: 'A', description: 'second' },
    ],
  },
  {
    name: 'a byte order mark before the first heading',
    markdown: '\uFEFF## Q\n\n- [A](https://a.example/)\n',
    entries: [{ name: 'A', url: 'https://a.example/', category: 'Q' }],
  },
  {
    name: 'nesting with two spaces',
    markdown: '## Q\n\n- [A](https://a.example/)\n  - [B](https://b.example/)\n    - [C](https://c.example/)\n',
    entries: [
      { name: 'A', url: 'https://a.example/' },
      { name: 'B', url: 'https://b.example/', parent: 'A' },
      { name: 'C', url: 'https://c.example/', parent: 'B' },
    ],
  },
  {
    name: 'nesting with a tab',
    markdown: '## Q\n\n- [A](https://a.example/)\n\t- [B](https://b.example/)\n- [C](https://c.example/)\n',
    entries: [
      { name: 'A', url: 'https://a.example/' },
      { name: 'B', url: 'https://b.example/', parent: 'A' },
      { name: 'C', url: 'https://c.example/' },
    ],
  },
  {
    name: 'nested under an item without a link: no parent',
    markdown: '## Q\n\n- Group\n  - [A](https://a.example/)\n',
    entries: [{ name: 'A', url: 'https://a.example/' }],
    dropped: ['no-link'],
  },
  {
    name: 'ordered lists and blockquotes count',
    markdown: '## Q\n\n1. [A](https://a.example/)\n\n> - [B](https://b.example/)\n',
    entries: [
      { name: 'A', url: 'https://a.example/' },
      { name: 'B', url: 'https://b.example/' },
    ],
  },
  {
    name: 'non-http(s) links are dropped and reported',
    markdown:
      '## Q\n\n- [JS](javascript:alert(1))\n- [FTP](ftp://files.example/)\n- [Mail](mailto:a@b.example)\n- [Rel](docs/readme.md)\n- [Data](data:text/html,hi)\n',
    entries: [],
    dropped: ['not-http', 'not-http', 'not-http', 'not-http', 'not-http'],
  },
  {
    name: 'a non-http link inside a description is reported, the entry kept',
    markdown: '## Q\n\n- [A](https://a.example/): see [mirror](ftp://mirror.example/)\n',
    entries: [{ name: 'A', url: 'https://a.example/', description: 'see mirror' }],
    dropped: ['not-http'],
  },
  {
    name: 'images and badges are dropped',
    markdown:
      '## Q\n\n- ![logo](https://img.example/logo.png)\n- [![build](https://img.shields.io/x.svg)](https://ci.example/)\n- [A](https://a.example/) ![stars](https://img.shields.io/y.svg)\n',
    entries: [{ name: 'A', url: 'https://a.example/', description: 'stars' }],
    dropped: ['image', 'image'],
  },
  {
    name: 'table-of-contents anchors are dropped',
    markdown: '## Contents\n\n- [Queues](#queues)\n  - [Brokers](#brokers)\n\n## Queues\n\n- [NSQ](https://nsq.io/)\n',
    entries: [{ name: 'NSQ', url: 'https://nsq.io/', category: 'Queues' }],
    dropped: ['anchor', 'anchor'],
  },
  {
    name: 'items without a leading link are dropped',
    markdown: '## Q\n\n- just text\n- text then [a link](https://late.example/)\n',
    entries: [],
    dropped: ['no-link', 'no-link'],
  },
  {
    name: 'empty link text is dropped',
    markdown: '## Q\n\n- [](https://a.example/)\n',
    entries: [],
    dropped: ['empty-name'],
  },
  {
    name: 'items before any heading are uncategorized',
    markdown: '- [A](https://a.example/)\n',
    entries: [{ name: 'A', url: 'https://a.example/', category: UNCATEGORIZED }],
  },
  {
    name: 'autolinks are links too',
    markdown: '## Q\n\n- <https://auto.example/>\n',
    entries: [{ name: 'https://auto.example/', url: 'https://auto.example/' }],
  },
];

describe('parseAwesomeList', () => {
  it.each(table)('$name', ({ markdown, entries, dropped = [] }) => {
    const parsed = parseAwesomeList(markdown);
    expect(parsed.entries).toMatchObject(entries);
    expect(parsed.entries).toHaveLength(entries.length);
    expect(parsed.dropped.map((d) => d.reason)).toEqual(dropped);
  });

  it('reports the line and url of dropped links', () => {
    const { dropped } = parseAwesomeList('## Q\n\n- [A](https://a.example/)\n- [JS](javascript:void(0))\n');
    expect(dropped).toEqual([{ line: 4, reason: 'not-http', text: 'JS', url: 'javascript:void(0)' }]);
  });

  it('detects the description language', () => {
    const { entries } = parseAwesomeList(
      '## Q\n\n- [A](https://a.example/): 配置管理系统\n- [B](https://b.example/): Distributed Configuration Management Platform(分布式配置管理平台)\n- [C](https://c.example/)\n',
    );
    expect(entries.map((e) => e.descriptionLang)).toEqual(['zh', 'en', 'en']);
  });

  it('lists only headings that hold entries', () => {
    const { categories } = parseAwesomeList(
      '# Title\n\n## Contents\n\n- [X](#x)\n\n## X\n\n- [A](https://a.example/)\n',
    );
    expect(categories).toEqual(['X']);
  });

  it('never throws and keeps only http(s) urls, whatever the input', () => {
    const mdChars = fc.constantFrom(
      '-',
      ' ',
      '\t',
      '\n',
      '\r',
      '#',
      '[',
      ']',
      '(',
      ')',
      '!',
      '*',
      '`',
      '<',
      '>',
      'a',
      '1',
      ':',
      '/',
    );
    const snippets = fc.constantFrom(
      '[x](https://x.example/)',
      '[y](javascript:y)',
      '[z][r]',
      '\n[r]: ftp://r\n',
      '\n- ',
    );
    const markdown = fc.array(fc.oneof(mdChars, snippets), { maxLength: 200 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(markdown, (md) => {
        for (const entry of parseAwesomeList(md).entries) expect(isHttpUrl(entry.url)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the seed list', () => {
  const seedCopy = new URL('./data/awesome-distributed-architecture.md', import.meta.url);
  const sharedSeed = new URL('../../shared/seed/awesome-distributed-architecture.md', import.meta.url);
  const seed = readFileSync(seedCopy, 'utf8');
  const parsed = parseAwesomeList(seed);

  // The copy is the source of truth and stays verbatim (issue #3): corrections go into curation.
  it.skipIf(!existsSync(sharedSeed))('is a byte-identical copy of ../shared/seed', () => {
    expect(readFileSync(seedCopy).equals(readFileSync(sharedSeed))).toBe(true);
  });

  it('has 58 linked items under 10 headings and nothing dropped', () => {
    expect(parsed.entries).toHaveLength(58);
    expect(parsed.categories).toHaveLength(10);
    expect(parsed.dropped).toEqual([]);
  });

  it('keeps nesting as parents', () => {
    const parents = parsed.entries.filter((e) => e.parent).map((e) => [e.name, e.parent]);
    expect(parents).toEqual([
      ['JSON Schema', 'JSON'],
      ['JSON Schema Generator', 'JSON'],
      ['RabbitMQ Internals', 'RabbitMQ'],
      ['Bamboo', 'HAProxy'],
    ]);
  });

  it('marks the Chinese descriptions', () => {
    const zh = parsed.entries.filter((e) => e.descriptionLang === 'zh').map((e) => e.name);
    expect(zh).toEqual(['Apache Thrift', 'Varnish', 'Taobao File System', 'super diamond', 'XDiamond', 'consul']);
  });
});

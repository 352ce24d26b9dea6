import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundled';
import { createSearchIndex, precomputeInitials, search } from './search';
import { onlyMentions } from './search-mentions';
import { labelledQueries } from './search-queries';
import { testProject } from './test-project';
import { isCjk, normalizeText, tokenize } from './text-normalize';
import type { Catalog, Category, Project, ProjectStatus } from './types';

const categories: Category[] = [
  { id: 'message-queue', name: 'Message Queue', nameZh: '消息队列', heading: 'Messsage Queue' },
  { id: 'circuit-breaker', name: 'Circuit Breaker', nameZh: '熔断器', heading: '熔断器' },
];

// No summary: these tests are about the fields they set.
const project = (id: string, name: string, extra: Partial<Project> = {}): Project =>
  testProject(id, { name, categories: ['message-queue'], summary: { en: '' }, ...extra });

function catalogOf(projects: Project[]): Catalog {
  return { version: 1, hash: 'test', categories, projects };
}

const ids = (hits: { project: Project }[]) => hits.map((hit) => hit.project.id);

describe('normalizeText', () => {
  it.each([
    ['ØMQ', 'omq'],
    ['Cap’n Proto', 'capn proto'],
    ['ＲａｂｂｉｔＭＱ', 'rabbitmq'],
    ['  .NET   Service-Bus!! ', 'net service bus'],
    ['Vert.x', 'vert x'],
    ['Zürich', 'zurich'],
    ['熔断器（Hystrix）', '熔断器 hystrix'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('splits CJK runs from adjacent Latin letters', () => {
    expect(tokenize(normalizeText('thrift源于facebook'))).toEqual(['thrift', '源于', 'facebook']);
  });
});

describe('search on a small catalog', () => {
  const index = createSearchIndex(
    catalogOf([
      project('exact', 'Kestrel'),
      project('prefix', 'Kestrelite'),
      project('alias', 'Swift Queue', { keywords: ['kestrel-like'] }),
      project('described', 'Quill', { description: 'A queue inspired by kestrel and friends.' }),
      project('breaker', 'Fuse Box', {
        categories: ['circuit-breaker'],
        summary: { en: 'Trips on failure', zh: '熔断保护' },
      }),
      project('old-breaker', 'Old Box', { categories: ['circuit-breaker'], status: 'archived' }),
      project('zmq', 'ZeroMQ', { keywords: ['0mq', 'zmq'] }),
    ]),
  );

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, '?!.')).toEqual([]);
  });

  it('ranks exact name, then name prefix, then alias, then description, and says where it matched', () => {
    const hits = search(index, 'kestrel');
    expect(ids(hits)).toEqual(['exact', 'prefix', 'alias', 'described']);
    expect(hits.map((hit) => hit.matched)).toEqual(['name', 'name', 'alias', 'description']);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThan(hits[i].score);
  });

  it('finds a category by its English or Chinese name and puts archived projects below active ones', () => {
    expect(ids(search(index, 'circuit breaker'))).toEqual(['breaker', 'old-breaker']);
    expect(ids(search(index, '熔断'))).toEqual(['breaker', 'old-breaker']);
    expect(search(index, '熔断')[0].matched).toBe('category');
  });

  it('requires every word of a multi-word query', () => {
    expect(ids(search(index, 'kestrel friends'))).toEqual(['described']);
  });

  it('tolerates a typo and folds Ø', () => {
    expect(ids(search(index, 'kestral'))[0]).toBe('exact');
    expect(ids(search(index, 'ØMQ'))).toEqual(['zmq']);
  });

  it('honours the limit', () => {
    expect(search(index, 'kestrel', { limit: 2 })).toHaveLength(2);
    expect(search(index, 'kestrel', { limit: 0 })).toEqual([]);
  });

  it('gives the same answer every time', () => {
    const first = search(index, 'box');
    for (let i = 0; i < 3; i++) expect(search(index, 'box')).toEqual(first);
  });

  it('looks only at the start of a pasted paragraph', () => {
    expect(ids(search(index, `kestrel ${'lorem ipsum '.repeat(2_000)}`))[0]).toBe('exact');
  });

  it('falls back to the projects holding most words when none holds them all', () => {
    expect(ids(search(index, 'kestrel zzzz'))[0]).toBe('exact');
  });
});

describe('search ranks archived and dead projects below active ones of the same tier', () => {
  const statuses: ProjectStatus[] = ['dead-link', 'archived', 'maintenance', 'active'];
  const index = createSearchIndex(
    catalogOf(statuses.map((status) => project(status, `Relay ${status}`, { status, keywords: ['relay'] }))),
  );
  it('orders active, maintenance, then archived and dead-link', () => {
    expect(ids(search(index, 'relay')).slice(0, 2)).toEqual(['active', 'maintenance']);
  });
});

describe('a word of the category counts as the category, even in an alias or a name', () => {
  // The category's own words say what kind of project it is; repeating them in an alias or a
  // name must not put a project ahead of the category's best-known, active ones.
  const index = createSearchIndex(
    catalogOf([
      project('known', 'Bigbroker'),
      project('work-queue', 'Beanie', { keywords: ['work queue'], status: 'maintenance' }),
      project('named', 'Fast Message Hub', { status: 'archived' }),
      project('queue', 'Queue'),
      project('outsider', 'Guard', { categories: ['circuit-breaker'], keywords: ['queue guard'] }),
    ]),
  );

  it.each(['message queue', 'queue', '消息队列', 'message'])('"%s": by catalog order and status', (query) => {
    const hits = ids(search(index, query));
    expect(hits.indexOf('known')).toBeLessThan(hits.indexOf('work-queue'));
    expect(hits.indexOf('known')).toBeLessThan(hits.indexOf('named'));
  });

  it('outside the category, such an alias ranks after the category', () => {
    const hits = ids(search(index, 'queue'));
    expect(hits).toContain('outsider');
    expect(hits.indexOf('outsider')).toBeGreaterThan(hits.indexOf('work-queue'));
  });

  it('an alias still finds its project by the words the category does not have', () => {
    expect(ids(search(index, 'work queue'))[0]).toBe('work-queue');
    expect(ids(search(index, 'queue guard'))[0]).toBe('outsider');
    expect(ids(search(index, 'message hub'))[0]).toBe('named');
  });

  it('a misspelt category word counts as the category against a name or alias it reaches by a typo too', () => {
    // "queeu" is one slip from the category's "queue" and from the name Queue: among other
    // words it says what kind of project, as "queue" does. Alone, Queue is still its name.
    expect(ids(search(index, 'mesage queeu'))[0]).toBe('known');
    expect(ids(search(index, 'messag queeu'))[0]).toBe('known');
    expect(ids(search(index, 'queeu'))[0]).toBe('queue');
  });

  it('words glued together count as the category too', () => {
    // "message queue" glued is the start of the name MessageQueue Pro, and still the category.
    const glued = createSearchIndex(catalogOf([project('known', 'Bigbroker'), project('pro', 'MessageQueue Pro')]));
    const named = search(glued, 'message queue').find((hit) => hit.project.id === 'pro');
    expect(named?.matched).toBe('category');
    expect(named?.score).toBeLessThan(0.6);
    expect(search(glued, 'messagequeue')[0]).toMatchObject({ project: { id: 'pro' }, matched: 'name' });
  });

  it('a finished word near a word but no typo of it does not count: only the word being typed may be', () => {
    // "circit" is a typo of "circuit", and only near "circuitry": followed by another word it is
    // finished, so Breadbox (alias "circuitry", name "brea...") does not come before the category.
    const near = createSearchIndex(
      catalogOf([
        project('bread', 'Breadbox', { keywords: ['circuitry'] }),
        project('breaker', 'Fuse Box', { categories: ['circuit-breaker'] }),
      ]),
    );
    expect(ids(search(near, 'circit brea'))).toEqual(['breaker']);
    expect(ids(search(near, 'circuitr'))).toContain('bread');
    expect(ids(search(near, 'circit'))).toContain('breaker');
  });

  it('on the bundled catalog, a misspelt category query lists first what the right spelling does', () => {
    const bundled = createSearchIndex(bundledCatalog);
    const first = (query: string) => search(bundled, query, { limit: 1 })[0]?.project.id;
    for (const [misspelt, right] of [
      ['load balancr', 'load balancer'],
      ['lod balancer', 'load balancer'],
      ['load balancers', 'load balancer'],
      ['负载均衡 balancr', '负载均衡 balancer'],
      ['servce discovry', 'service discovery'],
      ['name servce', 'name service'],
      ['mesage queue', 'message queue'],
      ['circut breker', 'circuit breaker'],
      ['distribted file sytem', 'distributed file system'],
      ['reverse proxi', 'reverse proxy'],
      ['service buss', 'service bus'],
      ['enterprise servce bus', 'enterprise service bus'],
      ['fault tolerence', 'fault tolerance'],
      ['high availabilty', 'high availability'],
    ]) {
      expect(first(misspelt), `"${misspelt}" as "${right}"`).toBe(first(right));
    }
  });

  it('a whole name is still a name alone, and the category word among others', () => {
    expect(ids(search(index, 'queue'))[0]).toBe('queue');
    const named = search(index, 'message queue').find((hit) => hit.project.id === 'queue');
    expect(named?.matched).toBe('category');
  });

  it('on the bundled catalog, an English or Chinese category name lists an active project first', () => {
    const bundled = createSearchIndex(bundledCatalog);
    for (const category of bundledCatalog.categories) {
      const members = bundledCatalog.projects.filter((p) => p.categories[0] === category.id);
      if (!members.some((p) => p.status === 'active')) continue;
      for (const query of [category.name, category.nameZh]) {
        const first = search(bundled, query, { limit: 1 })[0]?.project;
        expect(first?.status, `"${query}" lists ${first?.id} first`).toBe('active');
      }
    }
  });

  it('on the bundled catalog, typing a category name lists an active project first from its second word on', () => {
    const bundled = createSearchIndex(bundledCatalog);
    for (const category of bundledCatalog.categories) {
      const name = category.name.toLowerCase();
      if (!bundledCatalog.projects.some((p) => p.categories[0] === category.id && p.status === 'active')) continue;
      for (let end = name.indexOf(' ') + 2; end > 1 && end <= name.length; end++) {
        const first = search(bundled, name.slice(0, end), { limit: 1 })[0]?.project;
        expect(first?.status, `"${name.slice(0, end)}" lists ${first?.id} first`).toBe('active');
      }
    }
  });

  it('on the bundled catalog, an alias that is no category word still finds its project first', () => {
    // The rule above is for a category's own words: a typo near one ("stomp", "fdfs") must not
    // pull an exact alias down. Projects sharing the alias all count.
    const bundled = createSearchIndex(bundledCatalog);
    const categoryWords = new Set(
      bundledCatalog.categories.flatMap((c) =>
        [c.name, c.nameZh, c.heading, ...(c.keywords ?? [])].flatMap((label) => tokenize(normalizeText(label))),
      ),
    );
    let checked = 0;
    for (const project of bundledCatalog.projects) {
      for (const alias of project.keywords) {
        const words = tokenize(normalizeText(alias));
        // One letter is a prefix of everything: no alias to test.
        if (words.length === 0 || words.some((word) => word.length < 2 || categoryWords.has(word) || isCjk(word)))
          continue;
        const glued = (text: string) => normalizeText(text).replace(/ /g, '');
        // Projects with this alias, named it ("akka" is an alias of Akka.NET and the name of Akka)
        // or written in it (a language is an alias too: "java").
        const sharing = bundledCatalog.projects.filter((p) =>
          [p.name, p.language ?? '', ...p.keywords].some((text) => glued(text) === glued(alias)),
        );
        const first = search(bundled, alias, { limit: 1 })[0]?.project.id;
        expect(
          sharing.map((p) => p.id),
          `"${alias}" (${project.id}) lists ${first} first`,
        ).toContain(first);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it.each([
    ['message queue', 'beanstalkd'],
    ['load balancer', 'pen'],
    ['distributed file system', 'taobao-file-system'],
    ['file system', 'taobao-file-system'],
    ['load balancr', 'balance'],
    ['servce disc', 'disconf'],
    ['servce dis', 'mogilefs'],
  ])('on the bundled catalog, "%s" does not start with %s', (query, notFirst) => {
    expect(search(createSearchIndex(bundledCatalog), query, { limit: 1 })[0].project.id).not.toBe(notFirst);
  });
});

describe('search breaks ties of a category query by prominence, not by name length', () => {
  // Seed order is best known first (the new tab's "Popular in" picks follow it too).
  const index = createSearchIndex(
    catalogOf([
      project('big', 'Bigbroker'),
      project('big-docs', 'Bigbroker Docs', { parent: 'big' }),
      project('mq', 'MQ'),
    ]),
  );
  it.each(['消息队列', 'message queue'])('"%s": catalog order, a project before its documentation', (query) => {
    expect(ids(search(index, query))).toEqual(['big', 'mq', 'big-docs']);
  });

  it('on the bundled catalog, every category name in English and Chinese', () => {
    const bundled = createSearchIndex(bundledCatalog);
    const order = new Map(bundledCatalog.projects.map((p, i) => [p.id, i]));
    for (const category of bundledCatalog.categories) {
      for (const query of [category.name, category.nameZh]) {
        const hits = search(bundled, query, { lang: query === category.nameZh ? 'zh' : 'en' });
        for (let i = 1; i < hits.length; i++) {
          const [a, b] = [hits[i - 1], hits[i]];
          if (a.score !== b.score || a.matched === 'name' || a.matched === 'alias') continue;
          const rank = (hit: typeof a) => [hit.project.parent ? 1 : 0, order.get(hit.project.id) ?? 0];
          const [[nestedA, orderA], [nestedB, orderB]] = [rank(a), rank(b)];
          expect(
            nestedA < nestedB || (nestedA === nestedB && orderA < orderB),
            `"${query}": ${a.project.id}, ${b.project.id}`,
          ).toBe(true);
        }
      }
    }
  });
});

describe('labelled queries against the bundled catalog', () => {
  const index = createSearchIndex(bundledCatalog);
  const known = new Set(bundledCatalog.projects.map((p) => p.id));

  it('has at least 40 queries whose expected ids all exist', () => {
    expect(labelledQueries.length).toBeGreaterThanOrEqual(40);
    for (const { query, expected } of labelledQueries) {
      for (const id of expected) expect(known.has(id), `"${query}" expects unknown project ${id}`).toBe(true);
    }
  });

  it('answers the same on a fresh index as on one whose caches earlier searches filled', () => {
    const queries = [
      ...labelledQueries.map((q) => q.query),
      'service bus queue proxy file system configuration circuit breaker',
      'r',
      'ra',
      'rab',
      'distributed f',
      'distributed fi',
    ];
    const warm = createSearchIndex(bundledCatalog);
    for (const query of [...queries, ...queries]) {
      expect(search(warm, query), query).toEqual(search(createSearchIndex(bundledCatalog), query));
    }
  });

  it.each(labelledQueries)('$kind: "$query" puts one of $expected first', ({ query, expected }) => {
    const hits = search(index, query, { limit: 5 });
    const got = hits.map((hit) => `${hit.project.id} (${hit.matched} ${hit.score})`).join(', ') || 'nothing';
    expect(
      expected.includes(hits[0]?.project.id ?? ''),
      `"${query}" gave ${got}. Fix the ranking in catalog/search*.ts, or add a keyword for the expected project in catalog/data/curation.json`,
    ).toBe(true);
  });
});

describe('an index built without the one-letter words (initials: false)', () => {
  it('answers every query exactly as the full index does, letters included, before and after precomputeInitials', () => {
    const full = createSearchIndex(bundledCatalog);
    const lazy = createSearchIndex(bundledCatalog, { initials: false });
    expect(lazy.initials.size).toBe(0);
    const queries = ['r', 'k', 'z', '消', 'ra', 'rabitmq', 'zoo keeper', ...labelledQueries.map((q) => q.query)];
    const names = (index: typeof full, query: string) =>
      search(index, query, { lang: 'en' }).map((hit) => `${hit.project.id}:${hit.score.toFixed(6)}`);
    for (const query of queries) expect(names(lazy, query), query).toEqual(names(full, query));
    precomputeInitials(lazy);
    expect(lazy.initials.size).toBe(full.initials.size);
    for (const query of ['r', 'k', 'n']) expect(names(lazy, query), query).toEqual(names(full, query));
  });
});

describe('names of projects the catalog lacks find only what really mentions them', () => {
  const index = createSearchIndex(
    catalogOf([
      project('cache', 'Stash', { description: 'A proxy that reduces latency.' }),
      project('rpc', 'Wire', { keywords: ['rpc'] }),
      project('streams', 'Flow', { summary: { en: 'Often used with Kafka.' } }),
    ]),
  );

  it('takes a typo of a whole description word, not the start or the middle of one', () => {
    expect(ids(search(index, 'reduses'))).toEqual(['cache']);
    expect(search(index, 'redis')).toEqual([]); // "redu-ces": one slip from its start
    expect(ids(search(index, 'proxys'))).toEqual(['cache']);
  });

  it('still finds a description word by its start while it is being typed', () => {
    expect(ids(search(index, 'reduc'))).toEqual(['cache']);
  });

  it('looks for no typo of a word shorter than four letters', () => {
    expect(search(index, 'grpc')).toEqual([]);
    expect(ids(search(index, 'rpc'))).toEqual(['rpc']);
  });

  it('says a word found only in a description matched there', () => {
    const hits = search(index, 'kafka');
    expect(ids(hits)).toEqual(['streams']);
    expect(onlyMentions(hits)).toBe(true);
    expect(onlyMentions(search(index, 'wire'))).toBe(false);
    expect(onlyMentions([])).toBe(false);
  });

  it('on the bundled catalog, a misspelt category word finds the category; a word that only looks like one does not', () => {
    const bundled = createSearchIndex(bundledCatalog);
    const misspelt = {
      'mesage queue': 'message-queue',
      'servce disc': 'service-discovery',
      'circuit brek': 'circuit-breaker',
    };
    for (const [query, category] of Object.entries(misspelt)) {
      expect(search(bundled, query)[0]?.project.categories, query).toContain(category);
    }
    // "docker" is two slips from "broker" (message broker), near its end: not a typo anyone makes.
    expect(search(bundled, 'docker')).toEqual([]);
  });

  it.each(['redis', 'nats', 'grpc', 'pulsar', 'envoy', 'istio', 'traefik', 'linkerd', 'docker'])(
    'on the bundled catalog, "%s" lists nothing',
    (query) => {
      const got = search(createSearchIndex(bundledCatalog), query).map((hit) => `${hit.project.id} (${hit.matched})`);
      expect(got, `"${query}" names no listed project and no description mentions it`).toEqual([]);
    },
  );

  it('on the bundled catalog, "kafka" finds Apache Avro, whose summary mentions it, as a mention', () => {
    const hits = search(createSearchIndex(bundledCatalog), 'kafka');
    expect(ids(hits)).toEqual(['avro']);
    expect(onlyMentions(hits)).toBe(true);
  });
});

import reservedNames from 'github-reserved-names';
import { describe, expect, it } from 'vitest';
import { type BuildInput, buildCatalog, docsMatchPatterns } from './build-catalog';
import { CatalogBuildError } from './build-error';
import type { Curation, CurationProject } from './curation-schema';

const seed = `# Mini

## Queues

- [Alpha](https://alpha.example/): first
    - [Alpha Docs](https://github.com/alpha/docs)
- [Beta](https://github.com/beta/beta): 第二个消息队列

## Proxies

- [Alpha](https://alpha.example/): first again
`;

const project = (id: string, fields: Partial<CurationProject>): CurationProject => ({
  id,
  seed: '',
  summary: { en: `${id} summary` },
  keywords: [],
  status: 'active',
  examples: [],
  ...fields,
});

function validCuration(): Curation {
  return {
    categories: [
      { heading: 'Queues', id: 'queues', name: 'Queues', nameZh: '队列', keywords: ['队列', 'MQ'] },
      { heading: 'Proxies', id: 'proxies', name: 'Proxies', nameZh: '代理', keywords: [] },
    ],
    projects: [
      project('alpha', {
        seed: 'https://alpha.example/',
        repo: 'alpha/alpha',
        repoAliases: ['old-alpha/alpha'],
        docs: ['https://alpha.example/docs', 'https://docs.example/'],
        keywords: ['Alf', 'alf'],
        examples: [
          'https://github.com/alpha/alpha',
          'https://alpha.example/docs/x',
          'https://github.com/old-alpha/alpha',
        ],
      }),
      project('alpha-docs', {
        seed: 'https://github.com/alpha/docs',
        repo: 'alpha/docs',
        examples: ['https://github.com/alpha/docs/wiki'],
      }),
      project('beta', {
        seed: 'https://github.com/beta/beta',
        name: 'Beta MQ',
        repo: 'beta/beta',
        summary: { en: 'Beta, a queue', zh: '第二个消息队列' },
        status: 'archived',
        examples: ['https://github.com/BETA/beta.git'],
      }),
    ],
  };
}

const input = (curation: unknown = validCuration(), markdown = seed): BuildInput => ({
  seed: markdown,
  curation,
  reservedNames: reservedNames.all,
});

/** The problems a broken input produces (fails the test if the build passes). */
function problemsOf(buildInput: BuildInput): string[] {
  try {
    buildCatalog(buildInput);
  } catch (error) {
    if (error instanceof CatalogBuildError) return error.problems;
    throw error;
  }
  throw new Error('expected the build to fail');
}

function withProject(id: string, change: (p: CurationProject) => void): Curation {
  const curation = validCuration();
  const target = curation.projects.find((p) => p.id === id);
  if (!target) throw new Error(`no ${id}`);
  change(target);
  return curation;
}

describe('buildCatalog on a small list', () => {
  const { catalog, matchIndex, docsMatches } = buildCatalog(input());

  it('merges an item listed twice into one project with two categories', () => {
    expect(catalog.projects.map((p) => p.id)).toEqual(['alpha', 'alpha-docs', 'beta']);
    expect(catalog.projects[0].categories).toEqual(['queues', 'proxies']);
    expect(catalog.projects[0].description).toBe('first');
  });

  it('takes nesting as the parent id, curated names, seed descriptions and their language', () => {
    const [, docs, beta] = catalog.projects;
    expect(docs.parent).toBe('alpha');
    expect(beta).toMatchObject({ name: 'Beta MQ', description: '第二个消息队列', descriptionLang: 'zh' });
  });

  it('turns docs URLs into host + path prefix and match patterns', () => {
    expect(catalog.projects[0].docs).toEqual([
      { host: 'alpha.example', pathPrefix: '/docs/' },
      { host: 'docs.example', pathPrefix: '/' },
    ]);
    // The prefix's own page too, with or without a query: "/docs", "/docs?x=1".
    expect(docsMatches).toEqual(['https://alpha.example/docs*', 'https://docs.example/*']);
    expect(docsMatchPatterns(catalog.projects)).toEqual(docsMatches);
  });

  it('runs the docs script on the whole host of a single-page app, still matching only the listed path', () => {
    const appHost = { ...validCuration(), singlePageAppHosts: ['alpha.example'] };
    const built = buildCatalog(input(appHost));
    expect(built.docsMatches).toEqual(['https://alpha.example/*', 'https://docs.example/*']);
    expect(built.matchIndex.docs['alpha.example']).toEqual([{ prefix: '/docs/', id: 'alpha' }]);
    // Only a path-scoped docs host can be one: a whole-host site or an unknown host is a mistake.
    for (const host of ['docs.example', 'nowhere.example']) {
      expect(problemsOf(input({ ...validCuration(), singlePageAppHosts: [host] }))).toEqual([
        `singlePageAppHosts: '${host}' is no project's path-scoped docs host: list only hosts whose docs URLs have a path`,
      ]);
    }
  });

  it('indexes repositories and aliases in lower case', () => {
    expect(matchIndex.repos).toEqual({
      'alpha/alpha': 'alpha',
      'alpha/docs': 'alpha-docs',
      'beta/beta': 'beta',
      'old-alpha/alpha': 'alpha',
    });
  });

  it('normalises keywords and keeps category keywords on the category', () => {
    expect(catalog.projects[0].keywords).toEqual(['alf']);
    expect(catalog.categories[0]).toEqual({
      id: 'queues',
      name: 'Queues',
      nameZh: '队列',
      heading: 'Queues',
      keywords: ['队列', 'mq'],
    });
  });

  it('hashes the content: stable for the same input, different for other data', () => {
    expect(catalog.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(buildCatalog(input()).catalog.hash).toBe(catalog.hash);
    const changed = withProject('beta', (p) => {
      p.summary.en = 'Beta, another queue';
    });
    expect(buildCatalog(input(changed)).catalog.hash).not.toBe(catalog.hash);
  });
});

describe('buildCatalog fails loudly', () => {
  const cases: { name: string; input: () => BuildInput; expected: RegExp }[] = [
    {
      name: 'a curated category id that does not exist',
      input: () => input(withProject('beta', (p) => (p.categories = ['queues', 'nope']))),
      expected: /project 'beta': names unknown category id 'nope' \(known: queues, proxies\)/,
    },
    {
      name: 'a parent id that does not exist',
      input: () => input(withProject('beta', (p) => (p.parent = 'gamma'))),
      expected: /project 'beta': names unknown parent id 'gamma'/,
    },
    {
      name: 'a homepage that is not http(s)',
      input: () => input(withProject('beta', (p) => (p.homepage = 'javascript:alert(1)'))),
      expected: /project 'beta': homepage 'javascript:alert\(1\)' is not an http\(s\) URL/,
    },
    {
      name: 'a docs URL that is not http(s)',
      input: () => input(withProject('alpha', (p) => p.docs?.push('ftp://alpha.example/'))),
      expected: /project 'alpha': docs\[2\] 'ftp:\/\/alpha.example\/' is not an http\(s\) URL/,
    },
    {
      name: 'an example that is not a URL',
      input: () => input(withProject('beta', (p) => p.examples.push('github.com/beta/beta'))),
      expected: /project 'beta': examples\[1\] 'github.com\/beta\/beta' is not an http\(s\) URL/,
    },
    {
      name: 'a seed link that is not http(s)',
      input: () => input(withProject('beta', (p) => (p.seed = 'mailto:beta@example.com'))),
      expected: /project 'beta': seed 'mailto:beta@example.com' is not an http\(s\) URL/,
    },
    {
      name: 'two projects claiming one repository',
      input: () => input(withProject('beta', (p) => (p.repo = 'Alpha/Alpha'))),
      expected: /repository 'alpha\/alpha' is claimed by both 'alpha' and 'beta'/,
    },
    {
      name: "an alias that is another project's repository",
      input: () => input(withProject('beta', (p) => (p.repoAliases = ['alpha/docs']))),
      expected: /repository 'alpha\/docs' is claimed by both 'alpha-docs' and 'beta'/,
    },
    {
      name: 'two projects claiming one docs prefix',
      input: () => input(withProject('beta', (p) => (p.docs = ['https://alpha.example/docs/']))),
      expected: /documentation prefix 'alpha.example\/docs\/' is claimed by both 'alpha' and 'beta'/,
    },
    {
      name: 'a seed project with no curation',
      input: () => {
        const curation = validCuration();
        curation.projects = curation.projects.filter((p) => p.id !== 'beta');
        return input(curation);
      },
      expected:
        /seed project 'Beta' \(https:\/\/github.com\/beta\/beta, line 7\) has no curation: add a project with "seed": "https:\/\/github.com\/beta\/beta"/,
    },
    {
      name: 'curation for a link the seed does not have',
      input: () => {
        const curation = validCuration();
        curation.projects.push(project('ghost', { seed: 'https://ghost.example/' }));
        return input(curation);
      },
      expected: /project 'ghost' names seed link 'https:\/\/ghost.example\/', which no item of the seed list links to/,
    },
    {
      name: 'the same id twice',
      input: () => {
        const curation = validCuration();
        curation.projects.push(project('beta', { seed: 'https://github.com/beta/beta' }));
        return input(curation);
      },
      expected: /project id 'beta' is curated twice/,
    },
    {
      name: 'a repository owner that is a GitHub reserved name',
      input: () => input(withProject('beta', (p) => (p.repo = 'settings/profile'))),
      expected:
        /project 'beta': repo 'settings\/profile': 'settings' is a GitHub reserved name \(github-reserved-names\)/,
    },
    {
      name: 'a reserved owner in an alias',
      input: () => input(withProject('beta', (p) => (p.repoAliases = ['Marketplace/beta']))),
      expected: /repoAliases\[0\] 'Marketplace\/beta': 'Marketplace' is a GitHub reserved name/,
    },
    {
      name: 'a repository that is not owner/name',
      input: () => input(withProject('beta', (p) => (p.repo = 'beta/beta/tree'))),
      expected: /project 'beta': repo 'beta\/beta\/tree' is not a GitHub "owner\/name"/,
    },
    {
      name: 'an example that matches another project',
      input: () => input(withProject('beta', (p) => p.examples.push('https://github.com/alpha/alpha/issues'))),
      expected:
        /example 'https:\/\/github.com\/alpha\/alpha\/issues' of 'beta' matches 'alpha' instead: fix the example/,
    },
    {
      name: 'an example that matches nothing',
      input: () => input(withProject('beta', (p) => p.examples.push('https://github.com/beta/gamma'))),
      expected: /example 'https:\/\/github.com\/beta\/gamma' of 'beta' matches no project/,
    },
    {
      name: 'a seed heading with no curated category',
      input: () => {
        const curation = validCuration();
        curation.categories = curation.categories.filter((c) => c.id !== 'proxies');
        return input(curation);
      },
      expected: /seed heading 'Proxies' has no curated category/,
    },
    {
      name: 'a curated category whose heading is not in the seed',
      input: () => {
        const curation = validCuration();
        curation.categories.push({ heading: 'Caches', id: 'caches', name: 'Caches', nameZh: '缓存', keywords: [] });
        return input(curation);
      },
      expected: /curated category 'caches' names heading 'Caches', which is not a heading of the seed list/,
    },
    {
      name: 'a malformed curation file, with the path of the bad field',
      input: () => input(withProject('beta', (p) => ((p as { status: string }).status = 'alive'))),
      expected:
        /curation.json projects.2.status: Invalid type: Expected \("active" \| "maintenance" \| "archived" \| "dead-link"\)/,
    },
    {
      name: 'an id that is not kebab-case',
      input: () => input(withProject('beta', (p) => (p.id = 'Beta_MQ'))),
      expected: /curation.json projects.2.id: must be a kebab-case id/,
    },
  ];

  it.each(cases)('on $name', ({ input: makeInput, expected }) => {
    const problems = problemsOf(makeInput());
    expect(
      problems.some((problem) => expected.test(problem)),
      `problems were:\n${problems.join('\n')}`,
    ).toBe(true);
  });

  it('lists every problem at once, not just the first', () => {
    const curation = withProject('beta', (p) => {
      p.homepage = 'ftp://beta.example/';
      p.parent = 'nobody';
    });
    expect(problemsOf(input(curation))).toHaveLength(2);
  });

  it('puts every problem in the error message', () => {
    expect(() => buildCatalog(input(withProject('beta', (p) => (p.parent = 'gamma'))))).toThrow(
      /catalog build failed with 1 problem\(s\):\n- project 'beta': names unknown parent id 'gamma'/,
    );
  });
});

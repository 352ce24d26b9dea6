// The catalog CLI (DESIGN.md "Contracts"): JSON on stdout, bad input as one line on stderr
// with exit code 2. Most cases call runCli in-process (the same function the entry point runs,
// without starting Node and tsx each time: 30 processes took ~45 s on a busy 2-core machine);
// the first block runs it as users and outside checks do, as a child process.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../catalog/cli';

const ROOT = new URL('../../', import.meta.url);
const FIXTURE = 'tests/fixtures/markdown/awesome-stream-processing.md';
const SEED = 'catalog/data/awesome-distributed-architecture.md';

// Processes start slowly on a busy 2-core machine; in-process cases load the catalog once.
const SLOW = 120_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npx tsx catalog/cli.ts ...args` as a child process. */
function spawnCli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'catalog/cli.ts', ...args],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: '' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The same command, in this process (paths are relative to the repository, vitest's working directory). */
async function cli(...args: string[]): Promise<Run> {
  const { stdout, stderr, exitCode } = await runCli(args);
  return { code: exitCode, stdout, stderr };
}

async function json(...args: string[]): Promise<unknown> {
  const run = await cli(...args);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

/** Bad input: exit 2, nothing on stdout, one line on stderr, no stack trace. */
function expectBadInput(run: Run, pattern: RegExp): void {
  expect(run.code, `stdout: ${run.stdout}\nstderr: ${run.stderr}`).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
  expect(run.stderr).toMatch(pattern);
}

describe.concurrent('catalog CLI as a process: exit codes, stdout and stderr', { timeout: SLOW }, () => {
  it('JSON on stdout and exit 0 for a query', async () => {
    const run = await spawnCli('match', 'https://github.com/etcd-io/etcd');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 'etcd', name: 'etcd' });
  });

  it('bad input: exit 2, one line on stderr, no stack trace', async () => {
    const [unknown, none] = await Promise.all([spawnCli('frobnicate'), spawnCli()]);
    expectBadInput(unknown, /unknown command 'frobnicate'/);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/usage: npm run -s catalog -- <command>/);
  });

  it('dropped links of a parsed file go to stderr while the JSON goes to stdout', async () => {
    const run = await spawnCli('parse', FIXTURE);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).categories).toEqual(['Engines', 'Brokers', 'Clients', 'Resources']);
    expect(run.stderr).toMatch(/line 20: dropped not-http javascript:alert\(1\)/);
  });
});

describe.concurrent('catalog CLI: catalog commands', { timeout: SLOW }, () => {
  it('stats: 56 projects in 10 categories, with counts per category and status', async () => {
    const stats = (await json('stats')) as {
      projects: number;
      categories: number;
      perCategory: Record<string, number>;
      perStatus: Record<string, number>;
    };
    expect(stats).toMatchObject({ projects: 56, categories: 10 });
    expect(Object.keys(stats.perCategory)).toHaveLength(10);
    expect(stats.perCategory['Message Queue']).toBe(7);
    // Nginx counts in both Load Balance and Reverse Proxy.
    expect(Object.values(stats.perCategory).reduce((a, b) => a + b, 0)).toBe(57);
    expect(Object.values(stats.perStatus).reduce((a, b) => a + b, 0)).toBe(56);
  });

  it('validate: the committed catalog is sound', async () => {
    expect(await json('validate')).toMatchObject({ ok: true, projects: 56, categories: 10 });
  });

  it('rejects an unknown command, arguments to validate, and no command at all', async () => {
    const [unknown, extra, none] = await Promise.all([cli('frobnicate'), cli('validate', 'now'), cli()]);
    expectBadInput(unknown, /unknown command 'frobnicate'/);
    expectBadInput(extra, /validate takes no arguments/);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/usage: npm run -s catalog -- <command>/);
  });
});

describe.concurrent('catalog CLI: match', { timeout: SLOW }, () => {
  it('a GitHub sub-page under an old name', async () => {
    expect(await json('match', 'https://github.com/coreos/etcd/issues/1')).toEqual({
      id: 'etcd',
      name: 'etcd',
      categories: ['Service Discovery'],
      alternatives: ['Apache ZooKeeper', 'Consul', 'SkyDNS'],
    });
  });

  it('a docs site on a shared host, and a project in two categories', async () => {
    const [protobuf, nginx] = await Promise.all([
      json('match', 'https://developers.google.com/protocol-buffers/docs/overview'),
      json('match', 'https://GitHub.com/nginx/nginx/pulls'),
    ]);
    expect(protobuf).toMatchObject({
      id: 'protocol-buffers',
      name: 'Protocol Buffers',
      categories: ['Data Exchange Format'],
    });
    expect(nginx).toMatchObject({ id: 'nginx', categories: ['Load Balance', 'Reverse Proxy'] });
    expect((nginx as { alternatives: string[] }).alternatives).toContain('HAProxy');
  });

  it('null for pages that belong to no project', async () => {
    const runs = await Promise.all(
      [
        'https://github.com/hashicorp/consul-templates',
        'https://github.com/settings/profile',
        'https://example.com/',
      ].map((url) => json('match', url)),
    );
    expect(runs).toEqual([null, null, null]);
  });

  it('bad input: not a URL, another scheme, a missing argument', async () => {
    const [notUrl, scheme, missing] = await Promise.all([
      cli('match', 'not-a-url'),
      cli('match', 'javascript:alert(1)'),
      cli('match'),
    ]);
    expectBadInput(notUrl, /not a URL: 'not-a-url'/);
    expectBadInput(scheme, /not an http\(s\) URL/);
    expectBadInput(missing, /match takes exactly one url/);
  });
});

describe.concurrent('catalog CLI: search', { timeout: SLOW }, () => {
  it('returns id, name, categories and score, best first, at most --limit', async () => {
    const hits = (await json('search', 'message', 'queue', '--limit', '3')) as {
      id: string;
      name: string;
      categories: string[];
      score: number;
    }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
    for (const hit of hits) expect(Object.keys(hit).sort()).toEqual(['categories', 'id', 'name', 'score']);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds projects by alias and in Chinese', async () => {
    const [zk, breaker] = (await Promise.all([json('search', 'zk'), json('search', '熔断器', '--limit=2')])) as {
      id: string;
    }[][];
    expect(zk[0].id).toBe('zookeeper');
    expect(breaker.map((hit) => hit.id)).toEqual(expect.arrayContaining([expect.stringMatching(/polly|hystrix/)]));
    expect(breaker.length).toBeLessThanOrEqual(2);
  });

  it('bad input: bad --limit values and an empty query', async () => {
    const runs = await Promise.all([
      cli('search', 'kafka', '--limit', 'abc'),
      cli('search', 'kafka', '--limit', '0'),
      cli('search', 'kafka', '--limit', '-1'),
      cli('search', 'kafka', '--limit', '2.5'),
      cli('search', 'kafka', '--limit'),
      cli('search', 'kafka', '--fast'),
      cli('search', '  '),
      cli('search'),
    ]);
    for (const run of runs.slice(0, 4)) expectBadInput(run, /bad --limit/);
    expectBadInput(runs[4], /--limit needs a number/);
    expectBadInput(runs[5], /unknown option for search: --fast/);
    expectBadInput(runs[6], /search needs a query/);
    expectBadInput(runs[7], /search needs a query/);
  });
});

describe.concurrent('catalog CLI: parse', { timeout: SLOW }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'archscout-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the seed: 58 linked items under its 10 headings, nesting as parent names', async () => {
    const parsed = (await json('parse', SEED)) as {
      categories: string[];
      projects: { name: string; url: string; category: string; parent?: string }[];
    };
    expect(parsed.categories).toHaveLength(10);
    expect(parsed.categories[3]).toBe('Messsage Queue');
    expect(parsed.projects).toHaveLength(58);
    expect(parsed.projects.find((p) => p.name === 'Bamboo')).toEqual({
      name: 'Bamboo',
      url: 'https://github.com/QubitProducts/bamboo',
      category: 'Load Balance',
      parent: 'HAProxy',
    });
  });

  it('another awesome list: badges, TOC, comments, code, reference links, tabs and bad links handled', async () => {
    const run = await cli('parse', FIXTURE);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      categories: ['Engines', 'Brokers', 'Clients', 'Resources'],
      projects: [
        { name: 'Apache Flink', url: 'https://flink.apache.org/', category: 'Engines' },
        { name: 'Apache Spark Streaming', url: 'https://spark.apache.org/streaming/', category: 'Engines' },
        { name: 'Kafka Streams', url: 'https://kafka.apache.org/documentation/streams/', category: 'Engines' },
        { name: 'Apache Kafka', url: 'https://kafka.apache.org/', category: 'Brokers' },
        {
          name: 'Kafka Connect',
          url: 'https://kafka.apache.org/documentation/#connect',
          category: 'Brokers',
          parent: 'Apache Kafka',
        },
        { name: 'Strimzi', url: 'https://strimzi.io/', category: 'Brokers', parent: 'Apache Kafka' },
        { name: 'Apache Pulsar', url: 'https://pulsar.apache.org/', category: 'Brokers' },
        { name: 'librdkafka', url: 'https://github.com/confluentinc/librdkafka', category: 'Clients' },
        { name: 'franz-go', url: 'https://github.com/twmb/franz-go', category: 'Clients' },
        {
          name: 'Streaming Systems',
          url: 'https://www.oreilly.com/library/view/streaming-systems/9781491983867/',
          category: 'Resources',
        },
      ],
    });
    // Dropped links are reported on stderr, never kept.
    expect(run.stderr).toMatch(/line 20: dropped not-http javascript:alert\(1\)/);
    expect(run.stderr).toMatch(/line 32: dropped not-http ftp:\/\/nats.example.org\//);
    expect(run.stdout).not.toMatch(/javascript:|ftp:|Hidden Engine|Not An Entry/);
  });

  it('bad input: a missing file, a directory, no argument', async () => {
    const [missing, directory, none] = await Promise.all([
      cli('parse', join(dir, 'nope.md')),
      cli('parse', dir),
      cli('parse'),
    ]);
    expectBadInput(missing, /no such file: .*nope\.md/);
    expectBadInput(directory, /not a file/);
    expectBadInput(none, /parse takes exactly one file\.md/);
  });

  it('bad input: an empty file and a blank one', async () => {
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'blank.md'), '\n  \n\t\n');
    const [empty, blank] = await Promise.all([
      cli('parse', join(dir, 'empty.md')),
      cli('parse', join(dir, 'blank.md')),
    ]);
    expectBadInput(empty, /empty file/);
    expectBadInput(blank, /empty file/);
  });

  it('bad input: binary files (NUL bytes, invalid UTF-8)', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    writeFileSync(join(dir, 'image.md'), png);
    writeFileSync(join(dir, 'latin1.md'), Buffer.from('## Caf\xe9\n\n- [A](https://a.example/)\n', 'latin1'));
    const [binary, latin1] = await Promise.all([
      cli('parse', join(dir, 'image.md')),
      cli('parse', join(dir, 'latin1.md')),
    ]);
    expectBadInput(binary, /not a text file: .* looks binary/);
    expectBadInput(latin1, /not a text file: .* not valid UTF-8/);
  });

  it('bad input: a 50 MB file is refused before it is read', async () => {
    const line = Buffer.from('- [Project](https://example.org/project): a description that repeats.\n');
    const chunk = Buffer.concat(Array.from({ length: Math.ceil((1024 * 1024) / line.length) }, () => line));
    const path = join(dir, 'huge.md');
    writeFileSync(path, Buffer.concat(Array.from({ length: 50 }, () => chunk)));
    expectBadInput(await cli('parse', path), /file too large: .* is 50\.\d MB; the limit is 5 MB/);
  });
});

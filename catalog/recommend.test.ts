import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundled';
import { projectOfTheDay, type RecommendInput, reasonText, recommend } from './recommend';
import type { Reason } from './recommend-reason';
import { testProject } from './test-project';
import type { Catalog, Category, Project, ProjectStatus } from './types';

const DAY = 86_400_000;
const date = new Date('2026-03-10T12:00:00Z');
const now = date.getTime();
const catalog = bundledCatalog;
const byId = new Map(catalog.projects.map((p) => [p.id, p]));
const primary = (id: string) => byId.get(id)?.categories[0];

function run(input: Partial<RecommendInput>) {
  return recommend({ catalog, favourites: [], visits: [], dismissed: [], date, ...input });
}

const ids = (items: { project: Project }[]) => items.map((item) => item.project.id);

describe('recommend: cold start', () => {
  const items = run({});

  it('gives the default nine, well-known live projects from as many categories as it can', () => {
    expect(items).toHaveLength(9);
    expect(new Set(items.map((item) => item.project.categories[0])).size).toBe(9);
    for (const { project, reason } of items) {
      expect(project.status).toBe('active');
      expect(project.parent).toBeUndefined();
      expect(reason.kind).toBe('popular-in-category');
    }
  });

  it('words the reason in English and Chinese', () => {
    const mq = items.find((item) => item.project.id === 'rabbitmq');
    expect(mq && reasonText(mq.reason, 'en')).toBe('Popular in Message Queue');
    expect(mq && reasonText(mq.reason, 'zh')).toBe('「消息队列」中的热门项目');
  });
});

describe('recommend: scenarios', () => {
  it.each([
    { limit: 3, expected: 6 },
    { limit: 7, expected: 7 },
    { limit: 12, expected: 12 },
    { limit: 40, expected: 12 },
  ])('limit $limit gives $expected items', ({ limit, expected }) => {
    expect(run({ limit })).toHaveLength(expected);
  });

  it('after saving RabbitMQ, the top items are its Message Queue alternatives', () => {
    const items = run({ favourites: [{ id: 'rabbitmq', addedAt: now - DAY }] });
    const top = items.filter((item) => item.reason.kind === 'alternative-to-favourite');
    expect(top.length).toBeGreaterThanOrEqual(4);
    expect(items.slice(0, top.length)).toEqual(top);
    for (const { project, reason } of top) {
      expect(project.categories).toContain('message-queue');
      expect(reasonText(reason, 'en')).toBe('Alternative to RabbitMQ, which you saved');
      expect(reasonText(reason, 'zh')).toBe('RabbitMQ 的替代方案（你收藏过它）');
    }
    // Its own internals documentation is not an alternative to it.
    expect(ids(items)).not.toContain('rabbitmq-internals');
    expect(ids(items)).not.toContain('rabbitmq');
    // The rest explores other categories.
    const rest = items.slice(top.length);
    expect(rest.length).toBeGreaterThan(0);
    for (const { project, reason } of rest) {
      expect(reason.kind).toBe('unexplored-category');
      expect(project.categories).not.toContain('message-queue');
    }
  });

  it('explains visits: "Same category as etcd, which you visited"', () => {
    const items = run({ visits: [{ id: 'etcd', at: now - 3_600_000 }] });
    expect(primary(items[0].project.id)).toBe('service-discovery');
    expect(reasonText(items[0].reason, 'en')).toBe('Same category as etcd, which you visited');
    expect(ids(items)).not.toContain('etcd');
  });

  it('tells which categories are left to explore', () => {
    const items = run({ favourites: ['rabbitmq'] });
    const explore = items.find((item) => item.reason.kind === 'unexplored-category');
    expect(explore && reasonText(explore.reason, 'en')).toMatch(/^You have not explored .+ yet$/);
    const breaker = run({ favourites: ['rabbitmq', 'etcd', 'nginx', 'ceph', 'consul-template', 'protocol-buffers'] })
      .map((item) => item.reason)
      .find((reason) => reason.kind === 'unexplored-category' && reason.category.id === 'circuit-breaker');
    expect(breaker && reasonText(breaker, 'en')).toBe('You have not explored Circuit Breaker yet');
    expect(breaker && reasonText(breaker, 'zh')).toBe('你还没有探索过「熔断器」');
  });

  it('weighs a favourite more than a recent, frequent visit', () => {
    const items = run({
      favourites: [{ id: 'hystrix', addedAt: now - 300 * DAY }],
      visits: [{ id: 'etcd', at: now - 60_000, count: 50 }],
    });
    expect(primary(items[0].project.id)).toBe('circuit-breaker');
    expect(items[0].reason.kind).toBe('alternative-to-favourite');
  });

  it('weighs a recent visit more than an old one', () => {
    const items = run({
      visits: [
        { id: 'hystrix', at: now - 90 * DAY },
        { id: 'etcd', at: now - DAY },
      ],
    });
    expect(primary(items[0].project.id)).toBe('service-discovery');
    expect(items.some((item) => primary(item.project.id) === 'circuit-breaker')).toBe(true);
  });

  it('takes favourites as plain ids too, as the new tab passes them', () => {
    expect(run({ favourites: ['rabbitmq'] })).toEqual(run({ favourites: [{ id: 'rabbitmq' }] }));
  });

  it('survives an invalid date', () => {
    const items = run({ date: new Date(Number.NaN), favourites: ['rabbitmq'], visits: [{ id: 'etcd', at: now }] });
    expect(items).toHaveLength(9);
    expect(items[0].reason.kind).toBe('alternative-to-favourite');
  });

  it('ignores unknown ids in favourites, visits and dismissals', () => {
    const items = run({ favourites: ['gone'], visits: [{ id: 'gone-too', at: now }], dismissed: ['nope'] });
    expect(items).toEqual(run({}));
  });
});

describe('recommend: prefers live projects', () => {
  const categories: Category[] = [
    { id: 'a', name: 'Alpha', nameZh: '甲', heading: 'Alpha' },
    { id: 'b', name: 'Beta', nameZh: '乙', heading: 'Beta' },
  ];
  const project = (id: string, category: string, status: ProjectStatus = 'active'): Project =>
    testProject(id, { name: id.toUpperCase(), categories: [category], status });
  const small: Catalog = {
    version: 1,
    hash: 'small',
    categories,
    projects: [
      project('saved', 'a'),
      project('dead', 'a', 'dead-link'),
      project('old', 'a', 'archived'),
      project('kept', 'a', 'maintenance'),
      project('live', 'a'),
      ...['b1', 'b2', 'b3', 'b4', 'b5'].map((id) => project(id, 'b')),
    ],
  };

  it('ranks active, then maintenance, then archived and dead alternatives', () => {
    const items = recommend({ catalog: small, favourites: ['saved'], visits: [], dismissed: [], date });
    const alternatives = ids(items.filter((item) => item.reason.kind === 'alternative-to-favourite'));
    expect(alternatives.slice(0, 2)).toEqual(['live', 'kept']);
    expect(alternatives.slice(2).sort()).toEqual(['dead', 'old']);
  });
});

describe('recommend: invariants over random histories', () => {
  const allIds = catalog.projects.map((p) => p.id);
  const history = fc.record({
    favourites: fc.uniqueArray(fc.constantFrom(...allIds), { maxLength: 15 }),
    visits: fc.array(
      fc.record({ id: fc.constantFrom(...allIds), at: fc.integer({ min: now - 400 * DAY, max: now }) }),
      { maxLength: 30 },
    ),
    dismissed: fc.uniqueArray(fc.constantFrom(...allIds), { maxLength: 15 }),
    day: fc.integer({ min: 0, max: 3_000 }),
  });

  it('never recommends a favourite or a dismissed project, never twice, 6-12 items, same input same output', () => {
    fc.assert(
      fc.property(history, ({ favourites, visits, dismissed, day }) => {
        const input = { catalog, favourites, visits, dismissed, date: new Date(Date.UTC(2024, 0, 1) + day * DAY) };
        const items = recommend(input);
        const got = ids(items);
        for (const id of got) {
          expect(favourites).not.toContain(id);
          expect(dismissed).not.toContain(id);
        }
        expect(new Set(got).size).toBe(got.length);
        expect(items.length).toBeGreaterThanOrEqual(6);
        expect(items.length).toBeLessThanOrEqual(12);
        expect(recommend(structuredClone(input))).toEqual(items);
      }),
      { numRuns: 150 },
    );
  });

  it('gives every reason a category the project is in, and refers only to saved or visited projects', () => {
    fc.assert(
      fc.property(history, ({ favourites, visits, dismissed, day }) => {
        const items = recommend({ catalog, favourites, visits, dismissed, date: new Date(day * DAY) });
        for (const { project, reason } of items) {
          expect(project.categories).toContain(reason.category.id);
          const ref = (reason as Extract<Reason, { ref: unknown }>).ref;
          if (reason.kind === 'alternative-to-favourite') expect(favourites).toContain(ref.id);
          if (reason.kind === 'same-category-as-visited') expect(visits.map((v) => v.id)).toContain(ref.id);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('projectOfTheDay', () => {
  const dayDate = (n: number, hour = 12) =>
    new Date(Date.UTC(2026, 0, 1) + n * DAY + hour * 3_600_000 - 12 * 3_600_000);

  it('is the same all day (UTC) and differs from one day to the next', () => {
    for (let n = 0; n < 400; n++) {
      const morning = projectOfTheDay(catalog, new Date(Date.UTC(2026, 0, 1) + n * DAY + 1_000), new Set());
      const evening = projectOfTheDay(catalog, new Date(Date.UTC(2026, 0, 1) + (n + 1) * DAY - 1_000), new Set());
      const next = projectOfTheDay(catalog, new Date(Date.UTC(2026, 0, 1) + (n + 1) * DAY + 1_000), new Set());
      expect(evening?.id).toBe(morning?.id);
      expect(next?.id, `day ${n} and the next`).not.toBe(morning?.id);
    }
  });

  it('shows every project exactly once per cycle of catalog-size days', () => {
    const size = catalog.projects.length;
    for (const cycle of [0, 1, 2, 731]) {
      const seen = new Set<string>();
      for (let day = cycle * size; day < (cycle + 1) * size; day++) {
        const pick = projectOfTheDay(catalog, new Date(day * DAY + 43_200_000));
        if (pick) seen.add(pick.id);
      }
      expect(seen.size).toBe(size);
    }
  });

  it('skips favourites and dismissed projects without repeating a project two days running', () => {
    const exclude = new Set(['rabbitmq', 'etcd', 'nginx', 'hystrix', 'ceph', 'zeromq', 'consul', 'polly']);
    let previous: string | undefined;
    for (let n = 0; n < 300; n++) {
      const pick = projectOfTheDay(catalog, dayDate(n), exclude);
      expect(pick).not.toBeNull();
      expect(exclude.has(pick?.id ?? '')).toBe(false);
      expect(pick?.id, `day ${n}`).not.toBe(previous);
      previous = pick?.id;
    }
  });

  it('for any exclusions: never an excluded project, never the same twice running, each left one once per cycle', () => {
    const allIds = catalog.projects.map((p) => p.id);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...allIds), { maxLength: allIds.length - 3 }),
        fc.integer({ min: 0, max: 40_000 }),
        (excluded, start) => {
          const left = allIds.length - excluded.length;
          const cycleStart = Math.ceil(start / left) * left;
          const seen = new Set<string>();
          let previous: string | undefined;
          for (let day = cycleStart - 3; day < cycleStart + left; day++) {
            const pick = projectOfTheDay(catalog, new Date(day * DAY), excluded)?.id as string;
            expect(excluded).not.toContain(pick);
            expect(pick).not.toBe(previous);
            previous = pick;
            if (day >= cycleStart) seen.add(pick);
          }
          expect(seen.size).toBe(left);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('accepts the excluded ids as an array and does not depend on catalog order', () => {
    const reversed = { ...catalog, projects: [...catalog.projects].reverse() };
    for (let n = 0; n < 60; n++) {
      expect(projectOfTheDay(reversed, dayDate(n), ['etcd'])?.id).toBe(
        projectOfTheDay(catalog, dayDate(n), new Set(['etcd']))?.id,
      );
    }
  });

  it('is null when everything is excluded or the catalog is empty', () => {
    expect(projectOfTheDay(catalog, date, new Set(catalog.projects.map((p) => p.id)))).toBeNull();
    expect(projectOfTheDay({ ...catalog, projects: [] }, date, new Set())).toBeNull();
  });
});

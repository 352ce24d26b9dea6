import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundled';
import { createSearchIndex, search } from './search';
import { wordVariants } from './search-word-variants';

const bundled = createSearchIndex(bundledCatalog);
// The best four and the first one's score: further down, a bonus for another field the plural or
// the abbreviation itself was found in may swap two neighbours.
const top = (query: string) => {
  const hits = search(bundled, query);
  return { first: hits[0]?.score, ids: hits.slice(0, 4).map((hit) => hit.project.id) };
};

describe('wordVariants', () => {
  it.each([
    ['proxies', ['proxy', 'proxie', 'proxi']],
    ['queues', ['queue', 'queu']],
    ['lbs', ['lb']],
    ['msg', ['message']],
    ['fs', ['filesystem']],
    ['golang', ['go']],
    ['mass', []], // "ss" is no plural ending
    ['as', []], // too short to be a plural
    ['has', []], // a verb, not many "ha"s (HAProxy's "ha proxy")
    ['its', []],
    ['queue', []],
    ['proxie', ['proxy']], // "proxies" being typed
    // Names of Object's own properties are no abbreviations (the table is looked up by word).
    ['constructor', []],
    ['__proto__', []],
  ])('%s -> %j', (word, variants) => {
    expect(wordVariants(word)).toEqual(variants);
  });
});

describe('on the bundled catalog, a plural or an abbreviation of a word is that word', () => {
  it.each([
    ['proxies', 'proxy'],
    ['queues', 'queue'],
    ['brokers', 'broker'],
    ['load balancers', 'load balancer'],
    ['file systems', 'file system'],
    ['circuit breakers', 'circuit breaker'],
    ['lbs', 'lb'],
    ['msg queue', 'message queue'],
    ['svc discovery', 'service discovery'],
    ['distributed fs', 'distributed filesystem'],
  ])('"%s" lists first what "%s" does', (variant, word) => {
    expect(top(word).ids.length).toBeGreaterThan(0);
    expect(top(variant)).toEqual(top(word));
  });

  it('typed letter by letter, a plural lists its category at every keystroke ("proxie" is on its way)', () => {
    for (const typed of ['prox', 'proxi', 'proxie', 'proxies'])
      expect(
        search(bundled, typed).map((hit) => hit.project.id),
        typed,
      ).toEqual(expect.arrayContaining(['varnish', 'squid', 'nginx']));
  });

  it('a word that only ends in "s" stays itself: names, and names the catalog lacks', () => {
    expect(search(bundled, 'xtreemfs')[0]?.project.id).toBe('xtreemfs');
    expect(search(bundled, 'ipvs')[0]?.project.id).toBe('lvs');
    expect(search(bundled, 'redis')).toEqual([]);
    expect(search(bundled, 'nats')).toEqual([]);
    // Words of a sentence typed as a query: "has" is no plural of HAProxy's "ha".
    expect(search(bundled, 'which has raft').map((hit) => hit.project.id)).not.toContain('haproxy');
  });

  it('Chinese is left as it is', () => {
    expect(wordVariants('消息队列s'.slice(0, 4))).toEqual([]);
    expect(search(bundled, '消息队列')[0]?.project.categories).toContain('message-queue');
  });
});

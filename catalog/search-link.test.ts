import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundled';
import { projectOfLink, queryLink } from './search-link';

describe('projectOfLink', () => {
  it.each([
    ['https://github.com/etcd-io/etcd/issues/1', 'etcd'],
    ['  https://github.com/hashicorp/consul-template/blob/main/README.md ', 'consul-template'],
    ['github.com/apache/zookeeper', 'zookeeper'],
    ['https://www.rabbitmq.com/docs/queues', 'rabbitmq'],
    // Own addresses no match-url rule covers (no docs site): homepage or seed link, any scheme.
    ['http://www.inlab.de/balance.html', 'balance'],
    ['www.inlab.de/balance.html', 'balance'],
    ['https://tfs.taobao.org', 'taobao-file-system'],
    ['http://xtreemfs.org/index.php', 'xtreemfs'],
  ])('%s is the page of %s', (query, id) => {
    expect(projectOfLink(bundledCatalog, query)?.id).toBe(id);
  });

  it('is null for a link to no listed project, so the search shows nothing rather than guesses', () => {
    expect(projectOfLink(bundledCatalog, 'https://github.com/someone/something')).toBeNull();
    expect(projectOfLink(bundledCatalog, 'https://example.com/')).toBeNull();
    expect(projectOfLink(bundledCatalog, 'http://www.inlab.de/other.html')).toBeNull();
  });

  it('leaves words, names with dots and non-http links to the search', () => {
    for (const query of ['etcd', 'vert.x', 'akka.net', 'message queue', 'javascript:alert(1)', 'node.js', ''])
      expect(queryLink(query), query).toBeUndefined();
  });
});

// Facts the curation must keep (issue #3), checked on the built catalog.
import { describe, expect, it } from 'vitest';
import { bundledCatalog as catalog } from './bundled';
import type { Project } from './types';

const byId = new Map(catalog.projects.map((p) => [p.id, p]));
const get = (id: string): Project => {
  const project = byId.get(id);
  if (!project) throw new Error(`no project '${id}' in the catalog`);
  return project;
};
const categoryName = (id: string) => catalog.categories.find((c) => c.id === id)?.name;

describe('curated catalog', () => {
  it('has 56 distinct projects in 10 categories', () => {
    expect(catalog.projects).toHaveLength(56);
    expect(new Set(catalog.projects.map((p) => p.id)).size).toBe(56);
    expect(catalog.categories).toHaveLength(10);
  });

  it('merges the duplicates: GlusterFS once, Nginx in two categories', () => {
    expect(catalog.projects.filter((p) => p.name.toLowerCase() === 'glusterfs')).toHaveLength(1);
    expect(get('nginx').categories.map(categoryName)).toEqual(['Load Balance', 'Reverse Proxy']);
  });

  it.each([
    ['protocol-buffers', 'Protocol Buffers'],
    ['xtreemfs', 'XtreemFS'],
    ['zookeeper', 'Apache ZooKeeper'],
    ['messagepack', 'MessagePack'],
  ])('fixes the display name of %s to %s', (id, name) => {
    expect(get(id).name).toBe(name);
  });

  it('names every category in English and Chinese, keeping the seed heading', () => {
    const names = catalog.categories.map((c) => [c.heading, c.name, c.nameZh]);
    expect(names).toContainEqual(['Messsage Queue', 'Message Queue', '消息队列']);
    expect(names).toContainEqual(['分布式协调(Service Discovery, Name Service)', 'Service Discovery', '分布式协调']);
    expect(names).toContainEqual(['熔断器', 'Circuit Breaker', '熔断器']);
    for (const category of catalog.categories) expect(category.nameZh, category.id).toMatch(/\p{Script=Han}/u);
  });

  it.each([
    ['消息队列', 'message-queue'],
    ['熔断', 'circuit-breaker'],
    ['服务发现', 'service-discovery'],
    ['配置管理', 'configuration-management'],
    ['分布式文件系统', 'distributed-file-system'],
    ['负载均衡', 'load-balance'],
    ['反向代理', 'reverse-proxy'],
    ['序列化', 'data-exchange-format'],
  ])('gives category keyword %s to %s', (keyword, id) => {
    expect(catalog.categories.find((c) => c.id === id)?.keywords).toContain(keyword);
  });

  it.each([
    ['etcd', 'etcd-io/etcd', ['coreos/etcd']],
    ['nsq', 'nsqio/nsq', ['bitly/nsq']],
    ['seaweedfs', 'seaweedfs/seaweedfs', ['chrislusf/seaweedfs']],
    ['nservicebus', 'Particular/NServiceBus', undefined],
    ['bond', 'microsoft/bond', undefined],
    ['consul', 'hashicorp/consul', undefined],
    ['consul-template', 'hashicorp/consul-template', undefined],
    ['zookeeper', 'apache/zookeeper', undefined],
    ['rabbitmq', 'rabbitmq/rabbitmq-server', undefined],
    ['zeromq', 'zeromq/libzmq', undefined],
    ['fastdfs', 'happyfish100/fastdfs', undefined],
    ['protocol-buffers', 'protocolbuffers/protobuf', ['google/protobuf']],
    ['hystrix', 'Netflix/Hystrix', undefined],
  ])('%s lives at %s (aliases %j)', (id, repo, aliases) => {
    expect(get(id).repo).toBe(repo);
    expect(get(id).repoAliases).toEqual(aliases);
  });

  it('keeps the seed nesting as parents', () => {
    const parents = catalog.projects.filter((p) => p.parent).map((p) => [p.id, p.parent]);
    expect(parents).toEqual([
      ['json-schema', 'json'],
      ['json-schema-generator', 'json'],
      ['rabbitmq-internals', 'rabbitmq'],
      ['bamboo', 'haproxy'],
    ]);
  });

  it('marks code.google.com and codeplex.com links dead unless the project lives on elsewhere', () => {
    const deadHosts = catalog.projects.filter((p) =>
      /(^|\.)(code\.google|codeplex)\.com$/.test(new URL(p.url).hostname),
    );
    expect(deadHosts.map((p) => p.id).sort()).toEqual(['fastdfs', 'hystrix-net']);
    for (const project of deadHosts) {
      expect(project.status === 'dead-link' || Boolean(project.repo ?? project.homepage), project.id).toBe(true);
    }
    // Its CodePlex code carried on on GitHub, not released since 2016.
    expect(get('hystrix-net')).toMatchObject({ status: 'archived', repo: 'Elders/Hystrix.NET' });
    expect(get('fastdfs')).toMatchObject({ status: 'active', homepage: 'https://github.com/happyfish100/fastdfs' });
  });

  it('has an English one-line summary for every project, and a Chinese one for every Chinese description', () => {
    for (const project of catalog.projects) {
      expect(project.summary.en, project.id).toMatch(/^[^\u4e00-\u9fff\r\n]{10,}$/);
      if (project.descriptionLang === 'zh') expect(project.summary.zh, project.id).toMatch(/\p{Script=Han}/u);
    }
  });

  it.each([
    ['protocol-buffers', 'protobuf'],
    ['zookeeper', 'zk'],
    ['messagepack', 'msgpack'],
    ['zeromq', '0mq'],
    ['zeromq', 'zmq'],
    ['zeromq', 'ømq'],
    ['nginx', 'engine x'],
    ['taobao-file-system', '淘宝'],
    ['capn-proto', 'capnp'],
    ['consul', '服务发现'],
    ['zookeeper', '注册中心'],
  ])('lets search find %s by %s', (id, keyword) => {
    expect(get(id).keywords).toContain(keyword);
  });

  it('uses only http(s) links', () => {
    for (const project of catalog.projects) {
      for (const url of [project.url, project.homepage, ...project.examples].filter(Boolean)) {
        expect(['http:', 'https:'], `${project.id}: ${url}`).toContain(new URL(url as string).protocol);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { testProject } from '@/catalog/test-project';
import type { Category, Project } from '@/catalog/types';
import { categoryNames, homepageUrl, linkText, projectHref, repositoryUrl, summaryOf } from './project-text';

const project = (overrides: Partial<Project> = {}): Project =>
  testProject('etcd', {
    categories: ['service-discovery', 'configuration-management'],
    url: 'https://github.com/etcd-io/etcd',
    homepage: 'https://etcd.io/',
    repo: 'etcd-io/etcd',
    summary: { en: 'Distributed key-value store', zh: '分布式键值存储' },
    ...overrides,
  });

const categories: Category[] = [
  { id: 'service-discovery', name: 'Service Discovery', nameZh: '服务发现', heading: '分布式协调' },
];

describe('project text', () => {
  it('links to the homepage or the repository as the setting says, falling back to the other', () => {
    expect(projectHref(project(), 'homepage')).toBe('https://etcd.io/');
    expect(projectHref(project(), 'repository')).toBe('https://github.com/etcd-io/etcd');
    expect(projectHref(project({ repo: undefined }), 'repository')).toBe('https://etcd.io/');
    expect(projectHref(project({ homepage: undefined }), 'homepage')).toBe('https://github.com/etcd-io/etcd');
  });

  it('never yields a link that is not http(s), whatever the data says', () => {
    const hostile = project({ homepage: 'javascript:alert(1)', url: 'data:text/html,x', repo: 'a/b"><script>' });
    expect(homepageUrl(hostile)).toBeUndefined();
    expect(repositoryUrl(hostile)).toBeUndefined();
    expect(projectHref(hostile, 'homepage')).toBeUndefined();
    expect(projectHref(hostile, 'repository')).toBeUndefined();
  });

  it('names the categories the card knows, in the UI language, primary first', () => {
    expect(categoryNames(project(), categories, 'en')).toEqual(['Service Discovery']);
    expect(categoryNames(project(), categories, 'zh')).toEqual(['服务发现']);
  });

  it('shows the Chinese summary when there is one, else the English', () => {
    expect(summaryOf(project(), 'zh')).toBe('分布式键值存储');
    expect(summaryOf(project({ summary: { en: 'Only English' } }), 'zh')).toBe('Only English');
    expect(summaryOf(project(), 'en')).toBe('Distributed key-value store');
  });

  it('shortens link text to host and path', () => {
    expect(linkText('https://www.rabbitmq.com/')).toBe('rabbitmq.com');
    expect(linkText('https://github.com/etcd-io/etcd')).toBe('github.com/etcd-io/etcd');
    expect(linkText('https://developers.google.com/protocol-buffers/')).toBe('developers.google.com/protocol-buffers');
  });
});

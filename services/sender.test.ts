import { describe, expect, it } from 'vitest';
import docsMatches from '@/catalog/data/docs-matches.json';
import { contentScriptOrigins, originOfMatchPattern } from './allowed-origins';
import { classifySender, type SenderPolicy } from './sender';

describe('contentScriptOrigins', () => {
  it('is github.com plus the origin of every docs match pattern the manifest uses', () => {
    expect(originOfMatchPattern('https://developer.hashicorp.com/consul/*')).toBe('https://developer.hashicorp.com');
    expect(originOfMatchPattern('<all_urls>')).toBeNull();
    const origins = contentScriptOrigins();
    expect(origins.has('https://github.com')).toBe(true);
    expect(origins.size).toBeGreaterThan(1);
    for (const pattern of docsMatches as string[]) expect(origins.has(originOfMatchPattern(pattern) ?? '')).toBe(true);
    expect(origins.has('https://gist.github.com')).toBe(false);
  });
});

describe('classifySender', () => {
  const firefox: SenderPolicy = {
    extensionId: 'archscout@archscout.dev',
    extensionOrigin: 'moz-extension://0b7c1a52-2d3e-4f6a-9b8c-1d2e3f4a5b6c',
    contentOrigins: new Set(['https://github.com']),
  };
  it('recognises Firefox extension pages and content scripts', () => {
    const page = { id: firefox.extensionId, url: `${firefox.extensionOrigin}/options.html` };
    expect(classifySender(page, firefox)).toBe('page');
    // An extension page opened in a tab (the new tab) is still a page.
    expect(classifySender({ ...page, tab: { id: 3 } }, firefox)).toBe('page');
    expect(
      classifySender({ id: firefox.extensionId, url: 'https://github.com/etcd-io/etcd', tab: { id: 3 } }, firefox),
    ).toBe('content');
    expect(classifySender({ id: firefox.extensionId, url: 'moz-extension://someone-else/x.html' }, firefox)).toBeNull();
    expect(classifySender({ id: firefox.extensionId, url: 'http://github.com/x', tab: { id: 3 } }, firefox)).toBeNull();
  });
});

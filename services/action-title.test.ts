import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LanguageSetting } from '@/catalog/settings';
import { actionTitle, registerActionTitleUpdates, retitleMatchedTabs } from './action-title';
import { contentSender, makeBackground, testCatalog } from './test-background';

const etcd = testCatalog.projects.find((p) => p.id === 'etcd');
if (!etcd) throw new Error('the test catalog lost etcd');

let uiLanguage = 'en-US';
beforeEach(() => {
  fakeBrowser.reset();
  uiLanguage = 'en-US';
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => uiLanguage);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('Archscout');
});

const setLanguage = (language: LanguageSetting) => fakeBrowser.storage.local.set({ settings: { language } });
const title = (tabId: number) => fakeBrowser.action.getTitle({ tabId });

describe('actionTitle', () => {
  it('names the project and its primary category in the given language', () => {
    expect(actionTitle(testCatalog, etcd, 'en')).toBe('etcd · Service Discovery');
    expect(actionTitle(testCatalog, etcd, 'zh')).toBe('etcd · 服务发现');
    expect(actionTitle(testCatalog, { ...etcd, categories: ['no-such-category'] }, 'zh')).toBe('etcd');
  });
});

describe('the pageMatch title follows the language setting', () => {
  const cases: [setting: LanguageSetting, browserLanguage: string, expected: string][] = [
    ['auto', 'en-US', 'etcd · Service Discovery'],
    ['auto', 'zh-CN', 'etcd · 服务发现'],
    ['auto', 'zh-TW', 'etcd · 服务发现'], // any Chinese UI gets the Chinese names, as on the other surfaces
    ['zh_CN', 'en-US', 'etcd · 服务发现'],
    ['en', 'zh-CN', 'etcd · Service Discovery'],
  ];
  for (const [setting, browserLanguage, expected] of cases) {
    it(`language "${setting}" in a ${browserLanguage} browser: "${expected}"`, async () => {
      uiLanguage = browserLanguage;
      await setLanguage(setting);
      const bg = makeBackground();
      await bg.call({ type: 'pageMatch', id: 'etcd' }, contentSender(42, 'https://etcd.io/'));
      expect(await title(42)).toBe(expected);
    });
  }
});

describe('retitling open tabs', () => {
  it('re-titles tabs still on a listed page when the language changes, and leaves the others', async () => {
    const bg = makeBackground();
    // Both tabs are open (a record of a closed tab is forgotten at the next record).
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([42, 43].map((id) => ({ id })) as never);
    await bg.call({ type: 'pageMatch', id: 'etcd' }, contentSender(42, 'https://etcd.io/'));
    await bg.call({ type: 'pageMatch', id: 'consul' }, contentSender(43));
    // Tab 43 has since loaded another site: the browser dropped its badge (services/tab-match.ts).
    await fakeBrowser.action.setBadgeText({ tabId: 43, text: '' });
    await fakeBrowser.action.setTitle({ tabId: 43, title: 'Archscout' });
    expect(await title(42)).toBe('etcd · Service Discovery');

    registerActionTitleUpdates(testCatalog);
    await setLanguage('zh_CN');
    await vi.waitFor(async () => expect(await title(42)).toBe('etcd · 服务发现'));
    expect(await title(43)).toBe('Archscout');

    await setLanguage('en');
    await vi.waitFor(async () => expect(await title(42)).toBe('etcd · Service Discovery'));
  });

  it('ignores records of projects the catalog does not have', async () => {
    await fakeBrowser.storage.session.set({ 'tabMatch:7': 'gone-project', 'tabMatch:x': 'etcd' });
    await fakeBrowser.action.setBadgeText({ tabId: 7, text: '★' });
    await fakeBrowser.action.setTitle({ tabId: 7, title: 'before' });
    await retitleMatchedTabs(testCatalog);
    expect(await title(7)).toBe('before');
  });
});

// @vitest-environment happy-dom
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { preloadSettings, useSettings, useSettingsState } from './use-settings';

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

describe('useSettingsState', () => {
  it('with preloaded settings, has them from the first render and still follows changes', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'zh_CN', theme: 'dark' } });
    await preloadSettings();
    const { result } = renderHook(() => useSettingsState());
    expect(result.current.loaded).toBe(true);
    expect(result.current.settings.language).toBe('zh_CN');
    expect(result.current.settings.theme).toBe('dark');
    await fakeBrowser.storage.local.set({ settings: { language: 'en', theme: 'dark' } });
    await waitFor(() => expect(result.current.settings.language).toBe('en'));
  });

  it('reads again after the first render: a change made after the preload is not lost', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'zh_CN' } });
    await preloadSettings();
    // Changed before the hook watches: only its own read can see it.
    await fakeBrowser.storage.local.set({ settings: { language: 'en', minimalNewTab: true } });
    const { result } = renderHook(() => useSettingsState());
    await waitFor(() => expect(result.current.settings.minimalNewTab).toBe(true));
    expect(result.current.settings.language).toBe('en');
  });

  it('one storage read and one watch per page, however many components use the settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { openTarget: 'repository' } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const addListener = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    const many = Array.from({ length: 12 }, () => renderHook(() => useSettings()));
    await waitFor(() => {
      for (const { result } of many) expect(result.current.openTarget).toBe('repository');
    });
    expect(get).toHaveBeenCalledTimes(1);
    expect(addListener).toHaveBeenCalledTimes(1);
    // Unmounted everywhere: the watch goes; a later component opens a fresh one.
    for (const { unmount } of many) unmount();
    await fakeBrowser.storage.local.set({ settings: { openTarget: 'homepage' } });
    const { result } = renderHook(() => useSettings());
    await waitFor(() => expect(result.current.openTarget).toBe('homepage'));
    expect(get).toHaveBeenCalledTimes(2);
  });
});

describe('whenSettingsKnown (the page cache, issue #8)', () => {
  // Fresh module state per test: the preloaded settings and the store are per page.
  const load = async () => {
    vi.resetModules();
    return import('./use-settings');
  };
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('first page: waits for storage.local, then keeps a copy for the next page', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'zh_CN' } });
    const { whenSettingsKnown } = await load();
    const render = vi.fn();
    whenSettingsKnown(render);
    expect(render).not.toHaveBeenCalled();
    await waitFor(() => expect(render).toHaveBeenCalledTimes(1));
    expect(JSON.parse(localStorage.getItem('archscout.cache.settings') ?? '{}').language).toBe('zh_CN');
  });

  it('next page: renders at once with the copy, then follows storage.local where it differs', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'zh_CN', theme: 'dark' } });
    await (await load()).preloadSettings(); // a page that read them before
    // Changed since (say, by sync from another device): the copy is now out of date.
    await fakeBrowser.storage.local.set({ settings: { language: 'en', theme: 'dark' } });
    const { whenSettingsKnown, useSettingsState } = await load();
    let first: ReturnType<typeof useSettingsState> | undefined;
    whenSettingsKnown(() => {
      const { result } = renderHook(() => useSettingsState());
      first = { ...result.current };
      void waitFor(() => expect(result.current.settings.language).toBe('en')).then(() => {
        first = { ...result.current };
      });
    });
    expect(first?.loaded).toBe(true); // rendered synchronously, no defaults, no waiting
    expect(first?.settings.language).toBe('zh_CN');
    await waitFor(() => expect(first?.settings.language).toBe('en'));
    await waitFor(() =>
      expect(JSON.parse(localStorage.getItem('archscout.cache.settings') ?? '{}').language).toBe('en'),
    );
  });

  it('a damaged copy is not used: the page waits for storage.local instead', async () => {
    localStorage.setItem('archscout.cache.settings', '{"language": "zh_C');
    await fakeBrowser.storage.local.set({ settings: { language: 'en' } });
    const { whenSettingsKnown } = await load();
    const render = vi.fn();
    whenSettingsKnown(render);
    expect(render).not.toHaveBeenCalled();
    await waitFor(() => expect(render).toHaveBeenCalledTimes(1));
  });
});

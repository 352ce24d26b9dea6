// @vitest-environment happy-dom
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

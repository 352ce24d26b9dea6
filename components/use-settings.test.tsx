// @vitest-environment happy-dom
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { preloadSettings, useSettingsState } from './use-settings';

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
});

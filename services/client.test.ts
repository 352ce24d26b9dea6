import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/catalog/settings';
import {
  getFavouriteIds,
  getSettings,
  MessageError,
  sendMessage,
  watchFavouriteIds,
  watchSettings,
  watchUserData,
} from './client';

beforeEach(() => fakeBrowser.reset());

describe('sendMessage', () => {
  it('unwraps a result and throws MessageError on an error answer', async () => {
    // The fake's listener type is the callback form; the real router answers with a Promise (webextension-polyfill).
    const listener = (message: { type: string }) =>
      Promise.resolve(
        message.type === 'settings.get'
          ? { ok: true, result: defaultSettings }
          : { ok: false, error: 'Invalid request' },
      );
    fakeBrowser.runtime.onMessage.addListener(listener as never);
    expect(await sendMessage({ type: 'settings.get' })).toEqual(defaultSettings);
    await expect(sendMessage({ type: 'favourites.list' })).rejects.toThrow(MessageError);
  });
});

describe('storage.local mirror helpers', () => {
  it('read and watch favourite ids, settings and user-data revisions', async () => {
    expect(await getFavouriteIds()).toEqual([]);
    expect(await getSettings()).toEqual(defaultSettings);
    const ids = vi.fn();
    const settings = vi.fn();
    const data = vi.fn();
    const unwatch = watchFavouriteIds(ids);
    watchSettings(settings);
    watchUserData(data);
    await fakeBrowser.storage.local.set({
      favouriteIds: ['etcd', 42],
      settings: { theme: 'dark', language: 'x' },
      userDataRev: 3,
    });
    expect(ids).toHaveBeenLastCalledWith(['etcd']);
    expect(settings).toHaveBeenLastCalledWith({ ...defaultSettings, theme: 'dark' });
    expect(data).toHaveBeenCalledTimes(1);
    expect(await getFavouriteIds()).toEqual(['etcd']);
    unwatch();
    await fakeBrowser.storage.local.set({ favouriteIds: [] });
    expect(ids).toHaveBeenCalledTimes(1);
    // Changes in other areas are not ours.
    await fakeBrowser.storage.sync.set({ favouriteIds: ['x'], userDataRev: 9 });
    expect(data).toHaveBeenCalledTimes(1);
  });
});

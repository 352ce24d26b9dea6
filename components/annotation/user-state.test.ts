import { describe, expect, it, vi } from 'vitest';
import type { AnnotationSettings } from './backend';
import { createUserState } from './user-state';

const SETTINGS: AnnotationSettings = {
  language: 'en',
  openTarget: 'homepage',
  annotateGithub: true,
  annotateDocs: true,
};

function setup() {
  const listeners = {
    settings: [] as ((s: AnnotationSettings) => void)[],
    favourites: [] as ((ids: string[]) => void)[],
    userData: [] as (() => void)[],
  };
  const unwatch = vi.fn();
  const watch =
    <T>(list: T[]) =>
    (listener: T) => {
      list.push(listener);
      return unwatch;
    };
  const backend = {
    getSettings: vi.fn(async () => SETTINGS),
    getFavouriteIds: vi.fn(async () => ['etcd']),
    watchSettings: watch(listeners.settings),
    watchFavouriteIds: watch(listeners.favourites),
    watchUserData: watch(listeners.userData),
  };
  const cleanups: (() => void)[] = [];
  const stars = { replace: vi.fn((_ids: Iterable<string>) => {}) };
  const changed = { settings: vi.fn(), favourites: vi.fn(), userData: vi.fn() };
  const state = createUserState(backend, (fn) => cleanups.push(fn), stars, changed);
  return { backend, listeners, unwatch, cleanups, stars, changed, state };
}

describe('createUserState', () => {
  it('reads nothing until loaded, then reads and watches once', async () => {
    const { backend, listeners, stars, state } = setup();
    expect(state.settings).toBeUndefined();
    expect(backend.getSettings).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([state.load(), state.load()]);
    expect([first, second]).toEqual([true, true]);
    await state.load();
    expect(backend.getSettings).toHaveBeenCalledTimes(1);
    expect(backend.getFavouriteIds).toHaveBeenCalledTimes(1);
    expect(listeners.settings).toHaveLength(1);
    expect(state.settings).toEqual(SETTINGS);
    expect(stars.replace).toHaveBeenCalledWith(['etcd']);
  });

  it('passes changes on: settings with what was in force before, favourites to the stars first', async () => {
    const { listeners, stars, changed, state } = setup();
    await state.load();
    const next = { ...SETTINGS, language: 'zh_CN' } as const;
    listeners.settings[0]?.(next);
    expect(state.settings).toBe(next);
    expect(changed.settings).toHaveBeenCalledWith(next, SETTINGS);
    changed.favourites.mockImplementationOnce(() => expect(stars.replace).toHaveBeenLastCalledWith(['consul']));
    listeners.favourites[0]?.(['consul']);
    expect(changed.favourites).toHaveBeenCalledTimes(1);
    listeners.userData[0]?.();
    expect(changed.userData).toHaveBeenCalledTimes(1);
  });

  it('stops watching when the content script is invalidated', async () => {
    const { unwatch, cleanups, state } = setup();
    await state.load();
    for (const fn of cleanups) fn();
    expect(unwatch).toHaveBeenCalledTimes(3);
  });

  it('says false when the extension context went away', async () => {
    const { backend, state } = setup();
    backend.getFavouriteIds.mockRejectedValueOnce(new Error('Extension context invalidated'));
    expect(await state.load()).toBe(false);
    expect(state.settings).toBeUndefined();
  });
});

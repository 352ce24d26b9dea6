// @vitest-environment happy-dom
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { preloadUserData, useUserData } from './use-user-data';

/** A stand-in background answering the three user-data requests, counting them. */
function fakeBackground() {
  const state = { favourites: [{ id: 'etcd', addedAt: 1, tags: [], note: '' }], requests: 0 };
  const listener = async (message: { type: string }) => {
    state.requests++;
    if (message.type === 'favourites.list') return { ok: true, result: [...state.favourites] };
    if (message.type === 'visits.recent') return { ok: true, result: [] };
    if (message.type === 'dismissed.list') return { ok: true, result: [] };
    return { ok: false, error: `unexpected ${message.type}` };
  };
  fakeBrowser.runtime.onMessage.addListener(listener as never);
  return state;
}

const ids = (favourites: { id: string }[]) => favourites.map((f) => f.id);

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

describe('useUserData', () => {
  it('without a preload: asks the background after the first render', async () => {
    const background = fakeBackground();
    const { result } = renderHook(() => useUserData());
    expect(result.current.loaded).toBe(false);
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(ids(result.current.favourites)).toEqual(['etcd']);
    expect(background.requests).toBe(3);
  });

  it('starts from a preloaded answer, loaded from the first render, without asking again', async () => {
    const background = fakeBackground();
    preloadUserData();
    await waitFor(() => expect(background.requests).toBe(3));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the answer is in
    const { result } = renderHook(() => useUserData());
    expect(result.current.loaded).toBe(true);
    expect(ids(result.current.favourites)).toEqual(['etcd']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(background.requests).toBe(3);
  });

  it('waits for a preload still under way instead of asking twice', async () => {
    const background = fakeBackground();
    preloadUserData();
    const { result } = renderHook(() => useUserData());
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(ids(result.current.favourites)).toEqual(['etcd']);
    expect(background.requests).toBe(3);
  });

  it('asks again when the user data changed after the preload went out', async () => {
    const background = fakeBackground();
    preloadUserData();
    await waitFor(() => expect(background.requests).toBe(3));
    background.favourites.push({ id: 'consul', addedAt: 2, tags: [], note: '' });
    await fakeBrowser.storage.local.set({ userDataRev: 1 });
    const { result } = renderHook(() => useUserData());
    await waitFor(() => expect(ids(result.current.favourites)).toEqual(['etcd', 'consul']));
    expect(background.requests).toBe(6);
  });
});

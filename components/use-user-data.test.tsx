// @vitest-environment happy-dom
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCAL_KEYS } from '@/services/protocol';
import { preloadUserData, type UserData, useUserData } from './use-user-data';

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
    await preloadUserData(); // resolves once the answer is in
    expect(background.requests).toBe(3);
    const { result } = renderHook(() => useUserData());
    expect(result.current.loaded).toBe(true);
    expect(ids(result.current.favourites)).toEqual(['etcd']);
    // A change then makes it ask (three requests): that those are the only ones since the preload
    // says the first render asked nothing.
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.userDataRev]: 1 });
    await waitFor(() => expect(background.requests).toBeGreaterThanOrEqual(6));
    expect(background.requests).toBe(6);
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

  it('an answer that comes in between the first render and the effects is still shown', async () => {
    const background = fakeBackground();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener((async (message: { type: string }) => {
      await held;
      background.requests++;
      const result = message.type === 'favourites.list' ? [...background.favourites] : [];
      return { ok: true, result };
    }) as never);
    preloadUserData();
    let seen: UserData | undefined;
    function Probe() {
      seen = useUserData();
      return null;
    }
    // Preact's own render, not testing-library's act(): effects run a frame later, as in a page.
    const root = document.createElement('div');
    render(<Probe />, root);
    expect(seen?.loaded).toBe(false);
    release();
    await waitFor(() => expect(seen?.loaded).toBe(true));
    expect(ids(seen?.favourites ?? [])).toEqual(['etcd']);
    expect(background.requests).toBe(3);
    render(null, root);
  });
});

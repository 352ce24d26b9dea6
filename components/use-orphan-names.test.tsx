// @vitest-environment happy-dom
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FavouriteView } from '@/services/protocol';
import { useOrphanNames } from './use-orphan-names';

const favourite = (id: string, name: string, orphaned: boolean): FavouriteView => ({
  id,
  name,
  addedAt: 1,
  updatedAt: 1,
  tags: [],
  orphaned,
});

function fakeBackground(favourites: FavouriteView[]) {
  const asked = vi.fn();
  const listener = async (message: { type: string }) => {
    asked(message.type);
    return message.type === 'favourites.list' ? { ok: true, result: favourites } : { ok: false, error: 'unexpected' };
  };
  fakeBrowser.runtime.onMessage.addListener(listener as never);
  return asked;
}

const listed = new Set(['etcd']);
const isListed = (id: string) => listed.has(id);

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

describe('useOrphanNames', () => {
  it('asks the background for the saved names once a favourite is unknown to the catalog', async () => {
    const asked = fakeBackground([favourite('etcd', 'etcd', false), favourite('gone', 'Gone Project', true)]);
    const { result } = renderHook(() => useOrphanNames(['etcd', 'gone'], isListed, true));
    await waitFor(() => expect(result.current.get('gone')).toBe('Gone Project'));
    expect(asked).toHaveBeenCalledWith('favourites.list');
  });

  it('asks nothing while every favourite is listed, or before the catalog is loaded', async () => {
    const asked = fakeBackground([favourite('gone', 'Gone Project', true)]);
    const { result, rerender } = renderHook(({ ids, ready }) => useOrphanNames(ids, isListed, ready), {
      initialProps: { ids: ['etcd'], ready: true },
    });
    rerender({ ids: ['gone'], ready: false });
    expect(result.current.size).toBe(0);
    // Once the catalog is loaded it asks, for a new unknown id too; when that answer is in, a
    // question from either render before (sent in its effect) would have been counted first.
    rerender({ ids: ['gone', 'lost'], ready: true });
    await waitFor(() => expect(result.current.get('gone')).toBe('Gone Project'));
    expect(asked).toHaveBeenCalledTimes(1);
  });
});

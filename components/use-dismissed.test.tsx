// @vitest-environment happy-dom
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DismissedItem } from '@/services/protocol';
import { useDismissed } from './use-dismissed';

/** A stand-in background keeping dismissals in memory, answering like services/router.ts. */
function fakeBackground(initial: DismissedItem[], { refuseUndismiss = false } = {}) {
  const store = [...initial];
  const listener = async (message: { type: string; id?: string; scope?: string }) => {
    if (message.type === 'dismissed.list') return { ok: true, result: [...store] };
    if (message.type === 'undismiss') {
      if (refuseUndismiss) return { ok: false, error: 'refused' };
      const at = store.findIndex((d) => d.id === message.id && d.scope === message.scope);
      if (at >= 0) store.splice(at, 1);
      return { ok: true, result: null };
    }
    return { ok: false, error: `unexpected ${message.type}` };
  };
  fakeBrowser.runtime.onMessage.addListener(listener as never);
  return store;
}

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

describe('useDismissed', () => {
  it('loads the list and follows changes made elsewhere (userDataRev)', async () => {
    const store = fakeBackground([{ id: 'etcd', scope: 'annotation', at: 1 }]);
    const { result } = renderHook(() => useDismissed());
    expect(result.current.loaded).toBe(false);
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.items.map((d) => d.id)).toEqual(['etcd']);

    store.push({ id: 'consul', scope: 'recommendation', at: 2 });
    await fakeBrowser.storage.local.set({ userDataRev: 1 });
    await waitFor(() => expect(result.current.items.map((d) => d.id)).toEqual(['etcd', 'consul']));
  });

  it('undismiss drops the row at once and asks the background', async () => {
    const store = fakeBackground([
      { id: 'etcd', scope: 'annotation', at: 1 },
      { id: 'etcd', scope: 'recommendation', at: 2 },
    ]);
    const { result } = renderHook(() => useDismissed());
    await waitFor(() => expect(result.current.items).toHaveLength(2));
    await result.current.undismiss('etcd', 'annotation');
    await waitFor(() => expect(result.current.items).toEqual([{ id: 'etcd', scope: 'recommendation', at: 2 }]));
    expect(store).toEqual([{ id: 'etcd', scope: 'recommendation', at: 2 }]);
  });

  it('puts the row back when the background refuses', async () => {
    fakeBackground([{ id: 'etcd', scope: 'annotation', at: 1 }], { refuseUndismiss: true });
    const { result } = renderHook(() => useDismissed());
    await waitFor(() => expect(result.current.items).toHaveLength(1));
    await expect(result.current.undismiss('etcd', 'annotation')).rejects.toThrow('refused');
    await waitFor(() => expect(result.current.items.map((d) => d.id)).toEqual(['etcd']));
  });
});

describe('useDismissed with answers arriving late', () => {
  it('does not bring back a row being shown again when a list read before that change arrives', async () => {
    const store: DismissedItem[] = [{ id: 'etcd', scope: 'annotation', at: 1 }];
    let finishUndismiss: () => void = () => undefined;
    const listener = (message: { type: string }) => {
      if (message.type === 'dismissed.list') return Promise.resolve({ ok: true, result: [...store] });
      // The background is busy: the undismiss is done (and answered) only when the test says so.
      return new Promise((resolve) => {
        finishUndismiss = () => {
          store.splice(0);
          resolve({ ok: true, result: null });
        };
      });
    };
    fakeBrowser.runtime.onMessage.addListener(listener as never);
    const { result } = renderHook(() => useDismissed());
    await waitFor(() => expect(result.current.items).toHaveLength(1));

    const undismissed = result.current.undismiss('etcd', 'annotation');
    await waitFor(() => expect(result.current.items).toEqual([]));
    // Another change lands meanwhile: the list is read again, still with etcd in it. Once that
    // answer is rendered (a new list: the hook sets one per answer) etcd is still not in it.
    const shown = result.current.items;
    await fakeBrowser.storage.local.set({ userDataRev: 1 });
    await waitFor(() => expect(result.current.items).not.toBe(shown));
    expect(result.current.items).toEqual([]);

    finishUndismiss();
    await undismissed;
    const before = result.current.items;
    await waitFor(() => expect(result.current.items).not.toBe(before)); // read again after it, and rendered
    expect(result.current.items).toEqual([]);
  });
});

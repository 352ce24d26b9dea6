import { describe, expect, it, vi } from 'vitest';
import { createDismissNotice, pageOf } from './dismiss-notice';

const ETCD = 'https://github.com/etcd-io/etcd';

function setup() {
  const timers: { fn: () => void; ms: number }[] = [];
  const backend = {
    dismiss: vi.fn(async (_id: string) => null),
    undismiss: vi.fn(async (_id: string) => null),
  };
  let href = ETCD;
  const hooks = {
    currentHref: () => href,
    show: vi.fn((_id: string, _dismissed: boolean) => {}),
    focusUndo: vi.fn(),
    focusDismiss: vi.fn(),
    expired: vi.fn(),
  };
  const notice = createDismissNotice({ backend, setTimeout: (fn, ms) => void timers.push({ fn, ms }) }, hooks);
  return {
    backend,
    hooks,
    notice,
    timers,
    navigate: (to: string) => {
      href = to;
      notice.follow(to);
    },
    runTimers: () => {
      for (const { fn } of timers.splice(0)) fn();
    },
  };
}

describe('createDismissNotice', () => {
  it('dismiss shows the notice and focuses Undo at once; once the background agreed it runs out', async () => {
    const { backend, hooks, notice, timers, runTimers } = setup();
    notice.dismiss('etcd');
    expect(notice.showsFor('etcd')).toBe(true);
    expect(hooks.show).toHaveBeenCalledWith('etcd', true);
    expect(hooks.focusUndo).toHaveBeenCalledTimes(1);
    expect(backend.dismiss).toHaveBeenCalledWith('etcd');
    await vi.waitFor(() => expect(timers).toHaveLength(1));
    expect(timers[0]?.ms).toBe(6000);
    runTimers();
    expect(notice.showsFor('etcd')).toBe(false);
    expect(hooks.expired).toHaveBeenCalledTimes(1);
  });

  it('undo brings the card back with focus on ✕; the running-out timer then does nothing', async () => {
    const { backend, hooks, notice, timers, runTimers } = setup();
    notice.dismiss('etcd');
    await vi.waitFor(() => expect(timers).toHaveLength(1));
    notice.undo('etcd');
    expect(notice.showsFor('etcd')).toBe(false);
    expect(hooks.show).toHaveBeenLastCalledWith('etcd', false);
    expect(hooks.focusDismiss).toHaveBeenCalledTimes(1);
    expect(backend.undismiss).toHaveBeenCalledWith('etcd');
    runTimers();
    expect(hooks.expired).not.toHaveBeenCalled();
  });

  it('a dismiss or undo the background refuses is put back', async () => {
    const { backend, hooks, notice } = setup();
    backend.dismiss.mockRejectedValueOnce(new Error('no answer'));
    notice.dismiss('etcd');
    await vi.waitFor(() => expect(hooks.show).toHaveBeenLastCalledWith('etcd', false));
    expect(notice.showsFor('etcd')).toBe(false);
    backend.undismiss.mockRejectedValueOnce(new Error('no answer'));
    notice.undo('etcd');
    await vi.waitFor(() => expect(hooks.show).toHaveBeenLastCalledWith('etcd', true));
    expect(notice.showsFor('etcd')).toBe(true);
  });

  it('an in-page anchor keeps the notice; another page ends it, and it does not run out later', async () => {
    const { hooks, notice, timers, navigate, runTimers } = setup();
    notice.dismiss('etcd');
    navigate(`${ETCD}#readme`);
    expect(notice.showsFor('etcd')).toBe(true);
    navigate(`${ETCD}/issues/2`);
    expect(notice.showsFor('etcd')).toBe(false);
    await vi.waitFor(() => expect(timers).toHaveLength(1));
    runTimers();
    expect(hooks.expired).not.toHaveBeenCalled();
  });

  it('pageOf drops only the fragment', () => {
    expect(pageOf(`${ETCD}/issues?q=1#top`)).toBe(`${ETCD}/issues?q=1`);
    expect(pageOf(ETCD)).toBe(ETCD);
  });
});

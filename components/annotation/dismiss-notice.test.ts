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

/** Makes the next dismiss wait for an answer; returns what refuses it, when the test says. */
function refuseNextDismissLater(backend: ReturnType<typeof setup>['backend']): () => void {
  let refuse: () => void = () => {};
  backend.dismiss.mockImplementationOnce(
    () =>
      new Promise((_resolve, reject) => {
        refuse = () => reject(new Error('no answer'));
      }),
  );
  return () => refuse();
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

  it("hide, Undo, hide again: the first hide's late refusal does not take the second notice back", async () => {
    const { backend, hooks, notice, timers } = setup();
    const refuseFirst = refuseNextDismissLater(backend);
    notice.dismiss('etcd'); // not answered yet
    notice.undo('etcd');
    notice.dismiss('etcd');
    await vi.waitFor(() => expect(timers).toHaveLength(1)); // the second hide's
    refuseFirst();
    // A task later the refusal's handlers have run (the fakes answer with promises: microtasks).
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(notice.showsFor('etcd')).toBe(true);
    expect(hooks.show).toHaveBeenLastCalledWith('etcd', true);
  });

  it("hide, Undo, hide again: the first hide's timer does not cut the second notice short", async () => {
    const { hooks, notice, timers } = setup();
    notice.dismiss('etcd');
    await vi.waitFor(() => expect(timers).toHaveLength(1));
    notice.undo('etcd');
    notice.dismiss('etcd');
    await vi.waitFor(() => expect(timers).toHaveLength(2));
    timers[0]?.fn(); // the first hide's 6 s are up: the second notice has shown for less
    expect(notice.showsFor('etcd')).toBe(true);
    expect(hooks.expired).not.toHaveBeenCalled();
    timers[1]?.fn();
    expect(notice.showsFor('etcd')).toBe(false);
    expect(hooks.expired).toHaveBeenCalledTimes(1);
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

  it("a late refusal for a project left behind corrects that project only: the next one's notice stays", async () => {
    const { backend, hooks, notice, navigate } = setup();
    const refuseEtcd = refuseNextDismissLater(backend);
    notice.dismiss('etcd');
    navigate('https://github.com/hashicorp/consul');
    notice.dismiss('consul');
    refuseEtcd();
    await vi.waitFor(() => expect(hooks.show).toHaveBeenLastCalledWith('etcd', false));
    expect(notice.showsFor('consul')).toBe(true);
  });

  it('an Undo the background refuses brings the notice back, and it still runs out', async () => {
    const { backend, hooks, notice, timers, runTimers } = setup();
    notice.dismiss('etcd');
    await vi.waitFor(() => expect(timers).toHaveLength(1));
    backend.undismiss.mockRejectedValueOnce(new Error('no answer'));
    notice.undo('etcd');
    await vi.waitFor(() => expect(notice.showsFor('etcd')).toBe(true));
    runTimers();
    expect(notice.showsFor('etcd')).toBe(false);
    expect(hooks.expired).toHaveBeenCalledTimes(1);
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

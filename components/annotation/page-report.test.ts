import { describe, expect, it, vi } from 'vitest';
import { createPageReport } from './page-report';

function setup() {
  const timers: (() => void)[] = [];
  const backend = { reportPage: vi.fn(async (_id: string | null) => null), visit: vi.fn(async (_id: string) => null) };
  const report = createPageReport({ backend, setTimeout: (fn) => void timers.push(fn) });
  const runTimers = () => {
    for (const fn of timers.splice(0)) fn();
  };
  return { backend, report, runTimers };
}

describe('createPageReport', () => {
  it('reports nothing for unlisted pages until a match is left, then null once', () => {
    const { backend, report, runTimers } = setup();
    report(null, 'https://github.com/torvalds/linux');
    report(null, 'https://github.com/settings');
    runTimers();
    expect(backend.reportPage).not.toHaveBeenCalled();
    report('etcd', 'https://github.com/etcd-io/etcd');
    runTimers();
    report(null, 'https://github.com/settings');
    report(null, 'https://github.com/torvalds/linux');
    runTimers();
    expect(backend.reportPage.mock.calls).toEqual([['etcd'], [null]]);
  });

  it('reports a match again on each URL change, not twice for the same URL', () => {
    const { backend, report, runTimers } = setup();
    report('etcd', 'https://github.com/etcd-io/etcd');
    runTimers();
    report('etcd', 'https://github.com/etcd-io/etcd');
    runTimers();
    report('etcd', 'https://github.com/etcd-io/etcd/issues');
    runTimers();
    expect(backend.reportPage.mock.calls).toEqual([['etcd'], ['etcd']]);
  });

  it('waits a task, and sends only the last of several quick changes', () => {
    const { backend, report, runTimers } = setup();
    report('etcd', 'https://github.com/etcd-io/etcd');
    report('consul', 'https://github.com/hashicorp/consul');
    expect(backend.reportPage).not.toHaveBeenCalled();
    runTimers();
    expect(backend.reportPage.mock.calls).toEqual([['consul']]);
  });

  it('records a visit once per project, at once', () => {
    const { backend, report } = setup();
    for (const [id, href] of [
      ['etcd', 'https://github.com/etcd-io/etcd'],
      ['etcd', 'https://github.com/etcd-io/etcd/pulls'],
      [null, 'https://github.com/settings'],
      ['consul', 'https://github.com/hashicorp/consul'],
      ['etcd', 'https://github.com/etcd-io/etcd'],
    ] as const) {
      report(id, href);
    }
    expect(backend.visit.mock.calls).toEqual([['etcd'], ['consul']]);
  });

  it('a background that does not answer raises nothing on the page', async () => {
    const calls: string[] = [];
    // Plain functions, not vi.fn: a mock watches its promises and so would handle the rejection itself.
    const fail = (call: string) => async () => {
      calls.push(call);
      throw new Error('Extension context invalidated');
    };
    const report = createPageReport({
      backend: { reportPage: fail('reportPage'), visit: fail('visit') },
      setTimeout: (fn) => fn(),
    });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      report('etcd', 'https://github.com/etcd-io/etcd');
      // Not a guess at a delay: Node reports a task's unhandled rejections once its microtasks
      // have run, before the next task (this one) starts.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(calls).toEqual(['reportPage', 'visit']);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

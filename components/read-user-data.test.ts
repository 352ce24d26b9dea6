import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentSender, makeBackground, testCatalog } from '@/services/test-background';
import { readRecentVisits, readUserRecords, userDataAnswer } from './read-user-data';

describe('readUserRecords and userDataAnswer (the new tab reads IndexedDB itself)', () => {
  it('answers exactly what the background answers for the same data, orphans included', async () => {
    fakeBrowser.reset();
    const bg = makeBackground();
    await bg.start();
    await bg.call({ type: 'favourites.set', id: 'kafka', on: true });
    await bg.call({ type: 'favourites.set', id: 'zeromq', on: true });
    await bg.call({ type: 'favourites.update', id: 'kafka', tags: ['streams'], note: 'the log' });
    for (const id of ['etcd', 'consul', 'etcd', 'nats']) {
      bg.clock.now += 1_000;
      await bg.call({ type: 'visit', id }, contentSender(3, `https://github.com/example/${id}`));
    }
    await bg.call({ type: 'dismiss', id: 'pulsar', scope: 'recommendation' });
    await bg.call({ type: 'dismiss', id: 'nsq', scope: 'annotation' });

    // The page's catalog no longer lists ZeroMQ (say, after an update): it is an orphan there.
    const names = new Map(testCatalog.projects.filter((p) => p.id !== 'zeromq').map((p) => [p.id, p.name]));
    const read = userDataAnswer(await readUserRecords(3, bg.factory), (id) => names.get(id));
    const [favourites, visits, dismissed] = await Promise.all([
      bg.call({ type: 'favourites.list' }),
      bg.call({ type: 'visits.recent', limit: 3 }),
      bg.call({ type: 'dismissed.list' }),
    ]);
    expect(read.visits).toEqual(visits);
    expect(await readRecentVisits(3, bg.factory)).toEqual(visits); // the popup's home
    expect(read.visits.map((visit) => visit.id)).toEqual(['nats', 'etcd', 'consul']);
    expect(read.dismissed).toEqual(dismissed);
    expect(read.favourites.map(({ orphaned, ...rest }) => rest)).toEqual(
      (favourites as { orphaned: boolean }[]).map(({ orphaned, ...rest }) => rest),
    );
    expect(read.favourites.find((f) => f.id === 'zeromq')).toMatchObject({ name: 'ZeroMQ', orphaned: true });
    expect(read.favourites.find((f) => f.id === 'kafka')).toMatchObject({ tags: ['streams'], note: 'the log' });
  });
});

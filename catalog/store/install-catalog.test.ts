import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { addFavourite, listFavourites, listTombstones, updateFavourite } from './favourites';
import { makeCatalog, makeProject } from './fixtures/test-catalog';
import { installCatalog } from './install-catalog';
import { openArchscoutDb } from './open-db';
import { getCatalogMeta, readCatalog } from './read-catalog';
import { recentVisits, recordVisit } from './visits';

const open = () => openArchscoutDb(new IDBFactory());

describe('installCatalog', () => {
  it('installs, then skips a catalog with the same hash', async () => {
    const db = await open();
    const catalog = makeCatalog([makeProject('kafka'), makeProject('nats')], 'hash-a');
    expect((await installCatalog(db, catalog, 100)).installed).toBe(true);
    expect(await readCatalog(db)).toEqual(catalog);
    expect((await installCatalog(db, { ...catalog, projects: [] }, 200)).installed).toBe(false);
    expect((await readCatalog(db))?.projects).toHaveLength(2);
    expect((await getCatalogMeta(db))?.installedAt).toBe(100);
    db.close();
  });

  it('keeps 1,000 favourites through an update with a renamed and a removed project', async () => {
    const db = await open();
    const ids = Array.from({ length: 1000 }, (_, i) => `project-${i}`);
    const v1 = makeCatalog(
      ids.map((id) => makeProject(id)),
      'hash-1',
    );
    await installCatalog(db, v1, 1);
    for (const [i, id] of ids.entries()) await addFavourite(db, id, v1.projects[i]?.name ?? id, 10 + i);
    await updateFavourite(db, 'project-1', { tags: ['streaming'], note: 'renamed later' }, 5000);
    await recordVisit(db, 'project-3', 7000);

    // v2: project-1 renamed (found through formerIds), project-2 renamed (found through its repo alias),
    // project-3 removed, everything else unchanged.
    const projects = v1.projects
      .filter((p) => !['project-1', 'project-2', 'project-3'].includes(p.id))
      .concat(
        makeProject('project-one', { name: 'Project One', formerIds: ['project-1'] }),
        makeProject('project-two', { repo: 'new-owner/project-two', repoAliases: ['example/project-2'] }),
      );
    const report = await installCatalog(db, makeCatalog(projects, 'hash-2'), 9000);

    expect(report.installed).toBe(true);
    expect(report.renamed).toEqual([
      { from: 'project-1', to: 'project-one' },
      { from: 'project-2', to: 'project-two' },
    ]);
    expect(report.orphaned).toEqual(['project-3']);
    const after = await listFavourites(db);
    expect(after).toHaveLength(1000);
    const byId = new Map(after.map((f) => [f.id, f]));
    expect(byId.has('project-1')).toBe(false);
    expect(byId.get('project-one')).toMatchObject({
      name: 'Project One',
      addedAt: 11,
      tags: ['streaming'],
      note: 'renamed later',
    });
    expect(byId.get('project-two')).toMatchObject({ addedAt: 12 });
    expect(await listTombstones(db)).toEqual([
      { id: 'project-1', deletedAt: 9000 },
      { id: 'project-2', deletedAt: 9000 },
    ]);
    expect(byId.get('project-3')).toMatchObject({ name: v1.projects[3]?.name, addedAt: 13 });
    for (const [i, id] of ids.entries()) {
      if (i > 3) expect(byId.get(id)?.addedAt).toBe(10 + i);
    }
    // User stores are never touched by the install.
    expect(await recentVisits(db)).toEqual([{ id: 'project-3', at: 7000, count: 1 }]);
    db.close();
  });

  it('merges a renamed favourite into an existing favourite of its successor', async () => {
    const db = await open();
    await installCatalog(db, makeCatalog([makeProject('old'), makeProject('new')], 'a'), 1);
    await addFavourite(db, 'old', 'Old', 5);
    await updateFavourite(db, 'old', { tags: ['a'], note: 'old note' }, 6);
    await addFavourite(db, 'new', 'New', 7);
    await updateFavourite(db, 'new', { tags: ['b'] }, 8);
    await installCatalog(db, makeCatalog([makeProject('new', { formerIds: ['old'] })], 'b'), 100);
    expect(await listFavourites(db)).toEqual([
      { id: 'new', name: 'New', addedAt: 5, updatedAt: 100, tags: ['b', 'a'], note: 'old note' },
    ]);
    db.close();
  });

  it('refreshes the name snapshot of a favourite whose project was renamed in place', async () => {
    const db = await open();
    await installCatalog(db, makeCatalog([makeProject('rocketmq')], 'a'), 1);
    await addFavourite(db, 'rocketmq', 'Rocketmq', 5);
    await installCatalog(db, makeCatalog([makeProject('rocketmq', { name: 'Apache RocketMQ' })], 'b'), 2);
    expect((await listFavourites(db))[0]?.name).toBe('Apache RocketMQ');
    db.close();
  });
});

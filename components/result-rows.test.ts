import { describe, expect, it } from 'vitest';
import { testProject } from '@/catalog/test-project';
import type { Project } from '@/catalog/types';
import { activeIndexOf, flatItems, itemId, layoutRows, type ResultGroup } from './result-rows';

const project = (id: string): Project => testProject(id);

const groups: ResultGroup[] = [
  { id: 'page', label: 'On this page', items: [{ key: 'page:etcd', project: project('etcd') }] },
  { id: 'empty', label: 'Nothing', items: [] },
  {
    id: 'favourites',
    label: 'Favourites',
    items: [
      { key: 'fav:etcd', project: project('etcd') },
      { key: 'fav:consul', project: project('consul') },
    ],
  },
];

describe('layoutRows', () => {
  it('numbers label and item rows from 1 and skips empty groups', () => {
    const rows = layoutRows(groups, null);
    expect(rows.map((row) => [row.kind, row.line, row.kind === 'item' ? row.item.key : row.group])).toEqual([
      ['label', 1, 'page'],
      ['item', 2, 'page:etcd'],
      ['label', 3, 'favourites'],
      ['item', 4, 'fav:etcd'],
      ['item', 5, 'fav:consul'],
    ]);
  });

  it('puts the expanded item’s details on the next row and moves the rest down', () => {
    const rows = layoutRows(groups, 'fav:etcd');
    expect(rows.map((row) => `${row.kind}@${row.line}`)).toEqual([
      'label@1',
      'item@2',
      'label@3',
      'item@4',
      'details@5',
      'item@6',
    ]);
  });

  it('counts items across groups in arrow-key order', () => {
    const rows = layoutRows(groups, 'page:etcd');
    const indexes = rows.flatMap((row) => (row.kind === 'item' ? [row.index] : []));
    expect(indexes).toEqual([0, 1, 2]);
    expect(flatItems(groups).map((item) => item.key)).toEqual(['page:etcd', 'fav:etcd', 'fav:consul']);
  });

  it('never gives an orphan (no longer in the catalog) a details row', () => {
    const withOrphan: ResultGroup[] = [
      {
        id: 'favourites',
        label: 'Favourites',
        items: [
          { key: 'fav:gone', orphan: { id: 'gone', name: 'Gone' } },
          { key: 'fav:etcd', project: project('etcd') },
        ],
      },
    ];
    expect(layoutRows(withOrphan, 'fav:gone').map((row) => row.kind)).toEqual(['label', 'item', 'item']);
    expect(layoutRows(withOrphan, 'fav:etcd').map((row) => row.kind)).toEqual(['label', 'item', 'item', 'details']);
    expect(flatItems(withOrphan).map(itemId)).toEqual(['gone', 'etcd']);
  });

  it('search results without a label take no label row', () => {
    const rows = layoutRows([{ id: 'hits', items: [{ key: 'a', project: project('a') }] }], null);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'item', line: 1 });
  });
});

describe('activeIndexOf', () => {
  const items = ['a', 'b', 'c'].map((id) => ({ key: id, project: project(id) }));

  it('is the chosen item while it is listed, wherever it moved', () => {
    expect(activeIndexOf(items, 'b', 1)).toBe(1);
    expect(activeIndexOf(items, 'c', 0)).toBe(2);
  });

  it('is the first item when nothing is chosen (a new query), and none for an empty list', () => {
    expect(activeIndexOf(items, null, 2)).toBe(0);
    expect(activeIndexOf([], 'a', 0)).toBe(-1);
    expect(activeIndexOf([], null, 0)).toBe(-1);
  });

  it('hands a chosen item that left the list over to the one in its place, or the new last one', () => {
    const withoutB = items.filter((item) => item.key !== 'b');
    expect(activeIndexOf(withoutB, 'b', 1), 'c took b’s place').toBe(1);
    const withoutC = items.filter((item) => item.key !== 'c');
    expect(activeIndexOf(withoutC, 'c', 2), 'c was last: b is now').toBe(1);
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { MatchCard } from '@/services/protocol';
import { createCardCache } from './card-cache';

const card = (id: string, isFavourite = false) => ({ project: { id }, isFavourite, dismissed: false }) as MatchCard;

function setup() {
  const backend = {
    match: vi.fn(async (href: string) => (href.includes('etcd') ? card('etcd', true) : null)),
  };
  const taken: MatchCard[] = [];
  const stars = { beforeFetch: () => (c: MatchCard) => void taken.push(c) };
  return { backend, taken, cards: createCardCache(backend, stars) };
}

describe('createCardCache', () => {
  it('asks once per project, unlisted answers included, and hands each fetched card to the stars', async () => {
    const { backend, taken, cards } = setup();
    expect((await cards.get('etcd', 'https://github.com/etcd-io/etcd'))?.project.id).toBe('etcd');
    expect((await cards.get('etcd', 'https://github.com/etcd-io/etcd/issues'))?.project.id).toBe('etcd');
    expect(await cards.get('gone', 'https://github.com/gone/gone')).toBeNull();
    expect(await cards.get('gone', 'https://github.com/gone/gone')).toBeNull();
    expect(backend.match).toHaveBeenCalledTimes(2);
    expect(taken.map((c) => c.project.id)).toEqual(['etcd']);
  });

  it('keeps no card asked for before a clear: it answers as things were before the change', async () => {
    const { backend, cards } = setup();
    let answer: () => void = () => {};
    backend.match.mockImplementationOnce(
      () =>
        new Promise<MatchCard>((resolve) => {
          answer = () => resolve(card('etcd', false)); // as the background saw it before the change
        }),
    );
    const early = cards.get('etcd', 'https://github.com/etcd-io/etcd');
    cards.clear(); // favourited in another tab meanwhile
    answer();
    expect((await early)?.isFavourite).toBe(false);
    expect((await cards.get('etcd', 'https://github.com/etcd-io/etcd'))?.isFavourite).toBe(true);
    expect(backend.match).toHaveBeenCalledTimes(2);
  });

  it('keeps no failed fetch: the next call asks again', async () => {
    const { backend, cards } = setup();
    backend.match.mockRejectedValueOnce(new Error('no answer'));
    expect(await cards.get('etcd', 'https://github.com/etcd-io/etcd')).toBeNull();
    expect(await cards.get('etcd', 'https://github.com/etcd-io/etcd')).not.toBeNull();
    expect(backend.match).toHaveBeenCalledTimes(2);
  });

  it('marks a kept card dismissed or not without asking again; clear() asks again', async () => {
    const { backend, cards } = setup();
    expect(cards.setDismissed('etcd', true)).toBeUndefined(); // nothing kept yet
    await cards.get('etcd', 'https://github.com/etcd-io/etcd');
    expect(cards.setDismissed('etcd', true)?.dismissed).toBe(true);
    expect((await cards.get('etcd', 'https://github.com/etcd-io/etcd'))?.dismissed).toBe(true);
    expect(backend.match).toHaveBeenCalledTimes(1);
    cards.clear();
    expect((await cards.get('etcd', 'https://github.com/etcd-io/etcd'))?.dismissed).toBe(false);
    expect(backend.match).toHaveBeenCalledTimes(2);
  });
});

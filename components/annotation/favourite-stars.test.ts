import { describe, expect, it, vi } from 'vitest';
import type { MatchCard } from '@/services/protocol';
import { createFavouriteStars } from './favourite-stars';

const card = (id: string, isFavourite: boolean) => ({ project: { id }, isFavourite }) as MatchCard;

function setup() {
  const backend = { setFavourite: vi.fn(async (_id: string, _on: boolean) => null) };
  const changed = vi.fn(() => {});
  return { backend, changed, stars: createFavouriteStars(backend, changed) };
}

describe('createFavouriteStars', () => {
  it('a press shows and counts at once, and is sent', () => {
    const { backend, changed, stars } = setup();
    stars.press('etcd', true);
    expect(stars.has('etcd')).toBe(true);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(backend.setFavourite).toHaveBeenCalledWith('etcd', true);
    stars.press('etcd', false);
    expect(stars.has('etcd')).toBe(false);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('a press the background refuses is put back', async () => {
    const { backend, changed, stars } = setup();
    backend.setFavourite.mockRejectedValueOnce(new Error('no answer'));
    stars.press('etcd', true);
    await vi.waitFor(() => expect(stars.has('etcd')).toBe(false));
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it("two quick presses both refused end on the mirror's word", async () => {
    const { backend, changed, stars } = setup();
    stars.replace([]); // the mirror: not a favourite
    const refusals: (() => void)[] = [];
    backend.setFavourite.mockImplementation(
      () =>
        new Promise<null>((_resolve, reject) => {
          refusals.push(() => reject(new Error('no answer')));
        }),
    );
    stars.press('etcd', true);
    stars.press('etcd', false);
    for (const refuse of refusals) refuse();
    // Two presses and two put-backs: both refusals have been taken in.
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(4));
    expect(stars.has('etcd')).toBe(false);
  });

  it("takes a fetched card's word, unless a star was pressed while it was asked for", () => {
    const { stars } = setup();
    stars.beforeFetch()(card('etcd', true));
    expect(stars.has('etcd')).toBe(true);
    const takeLate = stars.beforeFetch();
    stars.press('etcd', false);
    takeLate(card('etcd', true)); // fetched before "off": says nothing about the star any more
    expect(stars.has('etcd')).toBe(false);
    stars.beforeFetch()(card('consul', false));
    expect(stars.has('consul')).toBe(false);
  });

  it("the mirror's list replaces what was known", () => {
    const { stars } = setup();
    stars.press('etcd', true);
    stars.replace(['consul']);
    expect(stars.has('etcd')).toBe(false);
    expect(stars.has('consul')).toBe(true);
  });
});

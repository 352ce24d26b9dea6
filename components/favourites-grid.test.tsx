// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { bundledCatalog } from '@/catalog/bundled';
import type { FavouriteView } from '@/services/protocol';
import { FAVOURITES_PAGE, FavouritesGrid, tagCounts } from './favourites-grid';

const projects = new Map(bundledCatalog.projects.map((p) => [p.id, p]));

function favourite(id: string, extra: Partial<FavouriteView> = {}): FavouriteView {
  return { id, name: projects.get(id)?.name ?? id, addedAt: 1, updatedAt: 1, tags: [], orphaned: false, ...extra };
}

const favourites = [
  favourite('rabbitmq', { tags: ['broker', 'amqp'], addedAt: 3 }),
  favourite('etcd', { tags: ['coordination'], addedAt: 2, note: 'Raft inside' }),
  favourite('gone-project', { name: 'Gone Project', orphaned: true, tags: ['broker'], addedAt: 1 }),
];

function setup(list = favourites) {
  const onChange = vi.fn();
  const onRemove = vi.fn();
  render(
    <FavouritesGrid
      favourites={list}
      projects={projects}
      categories={bundledCatalog.categories}
      onChange={onChange}
      onRemove={onRemove}
    />,
  );
  return { onChange, onRemove };
}

const names = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

describe('FavouritesGrid', () => {
  it('shows favourites newest first, an orphan by its saved name as no longer in the catalog', () => {
    setup();
    expect(names()).toEqual(['RabbitMQ', 'etcd', 'Gone Project']);
    const orphan = screen.getByText('Gone Project').closest('article') as HTMLElement;
    expect(within(orphan).getByText('Not in this catalog')).toBeTruthy();
    expect(within(orphan).queryByRole('link')).toBeNull();
    const rabbit = screen.getByText('RabbitMQ').closest('article') as HTMLElement;
    expect(within(rabbit).getByRole('link', { name: 'RabbitMQ' }).getAttribute('href')).toMatch(/^https:/);
  });

  it('filters by tag and back to all', () => {
    setup();
    const filter = screen.getByRole('group', { name: 'Filter favourites by tag' });
    fireEvent.click(within(filter).getByRole('button', { name: /#broker/ }));
    expect(names()).toEqual(['RabbitMQ', 'Gone Project']);
    expect(
      within(filter)
        .getByRole('button', { name: /#broker/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    fireEvent.click(within(filter).getByRole('button', { name: /#coordination/ }));
    expect(names()).toEqual(['etcd']);
    fireEvent.click(within(filter).getByRole('button', { name: /All/ }));
    expect(names()).toHaveLength(3);
  });

  it('counts tags, most used first', () => {
    expect(tagCounts(favourites)).toEqual([
      { tag: 'broker', count: 2 },
      { tag: 'amqp', count: 1 },
      { tag: 'coordination', count: 1 },
    ]);
  });

  it('adds normalised tags, removes one, and never sends an unchanged list', () => {
    const { onChange } = setup();
    const field = screen.getByRole('textbox', { name: 'Add a tag to etcd' });
    fireEvent.input(field, { target: { value: ' Raft, KV ,raft' } });
    fireEvent.submit(field.closest('form') as HTMLFormElement);
    expect(onChange).toHaveBeenLastCalledWith('etcd', { tags: ['coordination', 'raft', 'kv'] });
    fireEvent.input(field, { target: { value: 'coordination' } });
    fireEvent.submit(field.closest('form') as HTMLFormElement);
    expect(onChange).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag amqp from RabbitMQ' }));
    expect(onChange).toHaveBeenLastCalledWith('rabbitmq', { tags: ['broker'] });
  });

  it('edits a note: Save sends it trimmed, an emptied note is cleared, Escape cancels', () => {
    const { onChange } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add a note to RabbitMQ' }));
    const field = screen.getByRole('textbox', { name: 'Note on RabbitMQ' });
    fireEvent.input(field, { target: { value: '  quorum queues  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onChange).toHaveBeenLastCalledWith('rabbitmq', { note: 'quorum queues' });

    fireEvent.click(screen.getByRole('button', { name: 'Edit the note on etcd' }));
    const etcd = screen.getByRole('textbox', { name: 'Note on etcd' }) as HTMLTextAreaElement;
    expect(etcd.value).toBe('Raft inside');
    fireEvent.keyDown(etcd, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Note on etcd' })).toBeNull();
    expect(onChange).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Edit the note on etcd' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Note on etcd' }), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onChange).toHaveBeenLastCalledWith('etcd', { note: null });
  });

  it('removes a favourite, orphans included', () => {
    const { onRemove } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Gone Project from favourites' }));
    expect(onRemove).toHaveBeenCalledWith(favourites[2]);
  });

  it("renders a long-time user's hundred favourites a page at a time, focus on the first new card", () => {
    const hundred = Array.from({ length: 100 }, (_, i) =>
      favourite(`old-${i}`, { name: `Old ${i}`, orphaned: true, addedAt: 1000 - i }),
    );
    setup(hundred);
    expect(screen.getAllByRole('article')).toHaveLength(FAVOURITES_PAGE);
    fireEvent.click(screen.getByRole('button', { name: `Show more favourites (${100 - FAVOURITES_PAGE} not shown)` }));
    expect(screen.getAllByRole('article')).toHaveLength(2 * FAVOURITES_PAGE);
    const firstNew = screen.getAllByRole('article')[FAVOURITES_PAGE];
    expect(firstNew.contains(document.activeElement)).toBe(true);
    expect(names()[FAVOURITES_PAGE]).toBe(`Old ${FAVOURITES_PAGE}`);
    fireEvent.click(screen.getByRole('button', { name: /^Show more favourites/ }));
    expect(screen.getAllByRole('article')).toHaveLength(100);
    expect(screen.queryByRole('button', { name: /^Show more favourites/ })).toBeNull();
  });

  it('says how to add favourites when there are none', () => {
    setup([]);
    expect(screen.getByText(/No favourites yet/)).toBeTruthy();
    expect(screen.queryByRole('group')).toBeNull();
  });
});

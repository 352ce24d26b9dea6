// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HiddenGroup, HiddenItem } from './hidden-groups';
import { HiddenItemsView } from './hidden-items';

const groups: HiddenGroup[] = [
  {
    scope: 'annotation',
    items: [
      { id: 'etcd', scope: 'annotation', name: 'etcd', at: 2 },
      { id: 'consul', scope: 'annotation', name: 'Consul', at: 1 },
    ],
  },
  { scope: 'recommendation', items: [{ id: 'rabbitmq', scope: 'recommendation', name: 'RabbitMQ', at: 3 }] },
];

/** The view with a parent that drops a row once it is shown again, as the options page does. */
function Harness({ onShowAgain }: { onShowAgain: (item: HiddenItem) => Promise<void> }) {
  const [shown, setShown] = useState(groups);
  return (
    <HiddenItemsView
      groups={shown}
      loaded
      onShowAgain={async (item) => {
        await onShowAgain(item);
        setShown((current) =>
          current
            .map((g) => ({ ...g, items: g.items.filter((i) => i.id !== item.id || i.scope !== item.scope) }))
            .filter((g) => g.items.length > 0),
        );
      }}
    />
  );
}

afterEach(cleanup);

describe('HiddenItemsView', () => {
  it('lists hidden projects under their scope, each with a "Show again" button naming it', () => {
    render(<HiddenItemsView groups={groups} loaded onShowAgain={vi.fn()} />);
    const cards = screen.getByRole('list', { name: 'On-page cards' });
    expect(
      within(cards)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('span')?.textContent),
    ).toEqual(['etcd', 'Consul']);
    const recommendations = screen.getByRole('list', { name: 'Recommendations' });
    expect(within(recommendations).getByRole('button', { name: 'Show again: RabbitMQ' }).textContent).toBe(
      'Show again',
    );
    expect(screen.queryByText('Nothing is hidden.')).toBeNull();
  });

  it('says when nothing is hidden, but only once the list is loaded', () => {
    const { rerender } = render(<HiddenItemsView groups={[]} loaded={false} onShowAgain={vi.fn()} />);
    expect(screen.queryByText('Nothing is hidden.')).toBeNull();
    rerender(<HiddenItemsView groups={[]} loaded onShowAgain={vi.fn()} />);
    expect(screen.getByText('Nothing is hidden.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows again, announces it and moves focus to the next row, then to the heading', async () => {
    const onShowAgain = vi.fn(async () => {});
    render(<Harness onShowAgain={onShowAgain} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show again: etcd' }));
    expect(onShowAgain).toHaveBeenCalledWith(groups[0]?.items[0]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The card for etcd will show again.'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show again: Consul' }));

    fireEvent.click(screen.getByRole('button', { name: 'Show again: Consul' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show again: RabbitMQ' })),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show again: RabbitMQ' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('RabbitMQ can be recommended again.'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Hidden projects' }));
  });

  it('says why when the background refuses', async () => {
    render(
      <HiddenItemsView groups={groups} loaded onShowAgain={() => Promise.reject(new Error('background asleep'))} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show again: RabbitMQ' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Could not show RabbitMQ again: background asleep'),
    );
  });
});

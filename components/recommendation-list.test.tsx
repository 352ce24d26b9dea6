// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { bundledCatalog } from '@/catalog/bundled';
import { CategoryBrowser } from './category-browser';
import { type RecommendationItem, RecommendationList } from './recommendation-list';

const byId = new Map(bundledCatalog.projects.map((p) => [p.id, p]));
const item = (id: string, reason: string): RecommendationItem => {
  const project = byId.get(id);
  if (!project) throw new Error(`${id} is not in the bundled catalog`);
  return { project, reason };
};
const items = [
  item('zeromq', 'Alternative to RabbitMQ, which you saved'),
  item('nsq', 'Alternative to RabbitMQ, which you saved'),
  item('hystrix', 'You have not explored Circuit Breaker yet'),
];

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

describe('RecommendationList', () => {
  it('shows each project with its category, its reason and its own Not interested button', () => {
    const onNotInterested = vi.fn();
    render(
      <RecommendationList
        items={items}
        categories={bundledCatalog.categories}
        favouriteIds={new Set()}
        onFavourite={() => {}}
        onNotInterested={onNotInterested}
      />,
    );
    const cards = screen.getAllByRole('listitem');
    expect(cards).toHaveLength(3);
    expect(within(cards[0]).getByText('Alternative to RabbitMQ, which you saved')).toBeTruthy();
    expect(within(cards[0]).getByText('Message Queue')).toBeTruthy();
    expect(within(cards[2]).getByText('You have not explored Circuit Breaker yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Not interested in NSQ' }));
    expect(onNotInterested).toHaveBeenCalledWith(items[1].project);
  });

  it('moves focus to the next card after a dismissal', () => {
    const props = {
      categories: bundledCatalog.categories,
      favouriteIds: new Set<string>(),
      onFavourite: () => {},
    };
    const { rerender } = render(<RecommendationList items={items} {...props} onNotInterested={() => {}} />);
    const button = screen.getByRole('button', { name: 'Not interested in ZeroMQ' });
    button.focus();
    fireEvent.click(button);
    rerender(<RecommendationList items={items.slice(1)} {...props} onNotInterested={() => {}} />);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Not interested in NSQ');
  });

  it('favourites through the star without dismissing', () => {
    const onFavourite = vi.fn();
    const onNotInterested = vi.fn();
    render(
      <RecommendationList
        items={items}
        categories={bundledCatalog.categories}
        favouriteIds={new Set(['nsq'])}
        onFavourite={onFavourite}
        onNotInterested={onNotInterested}
      />,
    );
    expect(screen.getByRole('button', { name: 'Remove NSQ from favourites' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add ZeroMQ to favourites' }));
    expect(onFavourite).toHaveBeenCalledWith('zeromq', true);
    expect(onNotInterested).not.toHaveBeenCalled();
  });
});

describe('CategoryBrowser', () => {
  it('lists every category with the number of its projects, each behind a disclosure', () => {
    render(<CategoryBrowser catalog={bundledCatalog} />);
    const disclosures = document.querySelectorAll('details');
    expect(disclosures).toHaveLength(bundledCatalog.categories.length);
    for (const category of bundledCatalog.categories) {
      const expected = bundledCatalog.projects.filter((p) => p.categories.includes(category.id));
      const summary = screen.getByText(category.name).closest('summary') as HTMLElement;
      expect(summary.textContent).toContain(expected.length === 1 ? '1 project' : `${expected.length} projects`);
      const links = within(summary.parentElement as HTMLElement).getAllByRole('link', { hidden: true });
      expect(links.map((a) => a.textContent)).toEqual(expected.map((p) => p.name));
    }
  });
});

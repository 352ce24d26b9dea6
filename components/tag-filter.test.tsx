// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SHOWN_TAGS, shownTags, TagFilter } from './tag-filter';

const many = Array.from({ length: 40 }, (_, i) => ({ tag: `tag-${String(i).padStart(2, '0')}`, count: 40 - i }));

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

describe('shownTags', () => {
  it('keeps the most used tags and the selected one, or all of them when expanded or few', () => {
    expect(shownTags(many, null, false).map((t) => t.tag)).toEqual(many.slice(0, SHOWN_TAGS).map((t) => t.tag));
    expect(shownTags(many, 'tag-30', false).map((t) => t.tag)).toEqual([
      ...many.slice(0, SHOWN_TAGS).map((t) => t.tag),
      'tag-30',
    ]);
    expect(shownTags(many, null, true)).toHaveLength(40);
    expect(shownTags(many.slice(0, SHOWN_TAGS), null, false)).toHaveLength(SHOWN_TAGS);
  });
});

describe('TagFilter', () => {
  it('shows a dozen tags and a "More tags" toggle for a long-time user with hundreds of tags', () => {
    const onSelect = vi.fn();
    render(<TagFilter tags={many} total={50} selected={null} onSelect={onSelect} />);
    const filter = screen.getByRole('group', { name: 'Filter favourites by tag' });
    const more = within(filter).getByRole('button', { name: `More tags (${40 - SHOWN_TAGS})` });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(within(filter).getAllByRole('button', { pressed: false })).toHaveLength(SHOWN_TAGS);
    expect(within(filter).queryByRole('button', { name: /#tag-39/ })).toBeNull();

    fireEvent.click(more);
    expect(within(filter).getAllByRole('button', { pressed: false })).toHaveLength(40);
    fireEvent.click(within(filter).getByRole('button', { name: /#tag-39/ }));
    expect(onSelect).toHaveBeenCalledWith('tag-39');
    const fewer = within(filter).getByRole('button', { name: 'Fewer tags' });
    expect(fewer.getAttribute('aria-expanded')).toBe('true');
  });

  it('has no toggle when every tag fits', () => {
    render(<TagFilter tags={many.slice(0, 3)} total={3} selected={null} onSelect={() => {}} />);
    expect(screen.getAllByRole('button')).toHaveLength(4);
  });
});

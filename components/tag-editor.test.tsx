// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chipKeyTarget, TagEditor } from './tag-editor';

afterEach(cleanup);

const chips = () => screen.queryAllByRole('listitem').map((item) => item.textContent?.replace('×', '').trim());

describe('TagEditor', () => {
  it('shows a change at once and builds the next one on it, before the stored tags catch up', () => {
    const sent: string[][] = [];
    render(<TagEditor name="etcd" tags={['one', 'two', 'three']} onChange={(tags) => sent.push(tags)} />);
    fireEvent.click(screen.getByRole('button', { name: /one/ }));
    fireEvent.click(screen.getByRole('button', { name: /three/ }));
    expect(sent).toEqual([['two', 'three'], ['two']]);
    expect(chips()).toEqual(['#two']);
  });

  it('shows the stored tags again when a change is refused', async () => {
    render(<TagEditor name="etcd" tags={['one', 'two']} onChange={() => Promise.reject(new Error('refused'))} />);
    fireEvent.click(screen.getByRole('button', { name: /one/ }));
    expect(chips()).toEqual(['#two']);
    await waitFor(() => expect(chips()).toEqual(['#one', '#two']));
  });
});

describe('TagEditor keyboard', () => {
  const stops = () =>
    screen
      .getAllByRole('button')
      .filter((button) => button.tabIndex === 0)
      .map((button) => button.getAttribute('aria-label'));

  it('makes the remove buttons one Tab stop, the one last focused; Delete removes it', () => {
    const sent: string[][] = [];
    render(<TagEditor name="etcd" tags={['one', 'two', 'three']} onChange={(tags) => sent.push(tags)} />);
    expect(stops()).toEqual(['Remove tag one from etcd']);
    fireEvent.keyDown(screen.getByRole('button', { name: /one/ }), { key: 'End' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove tag three from etcd');
    expect(stops()).toEqual(['Remove tag three from etcd']);
    fireEvent.keyDown(screen.getByRole('button', { name: /three/ }), { key: 'Delete' });
    expect(sent).toEqual([['one', 'two']]);
    expect(stops()).toEqual(['Remove tag two from etcd']);
  });
});

describe('chipKeyTarget', () => {
  it.each([
    ['ArrowLeft', 2, 1],
    ['ArrowUp', 2, 1],
    ['ArrowLeft', 0, 0], // no wrap
    ['ArrowRight', 2, 3],
    ['ArrowDown', 2, 3],
    ['ArrowRight', 4, 4], // no wrap
    ['Home', 3, 0],
    ['End', 1, 4],
    ['Delete', 1, 'remove'],
    ['Backspace', 1, 'remove'],
    ['Enter', 1, null], // the button's own
    ['Tab', 1, null],
  ] as const)('%s on chip %i of 5 -> %s', (key, index, expected) => {
    expect(chipKeyTarget(key, index, 5)).toBe(expected);
  });
});

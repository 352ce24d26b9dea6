// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TagEditor } from './tag-editor';

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

// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { findPlacement, SIDEBAR_ANCHORS } from './placement';

const FIXTURES = join(__dirname, '../../tests/fixtures');

function load(name: string): void {
  const parsed = new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
}

const newHost = () => document.createElement('archscout-annotation');

describe('findPlacement on GitHub', () => {
  beforeEach(() => load('github/repo-react-sidebar.html'));

  it('React sidebar: right after the first (About) section', () => {
    const placement = findPlacement(document, 'github');
    expect(placement.kind).toBe('sidebar');
    expect(placement.anchor).toBe(SIDEBAR_ANCHORS[0]);
    const host = newHost();
    placement.place(host);
    expect(host.previousElementSibling?.querySelector('h2')?.textContent).toBe('About');
    expect(placement.holds(host)).toBe(true);
  });

  it('finds the same place again with the host in the page (idempotent)', () => {
    const host = newHost();
    findPlacement(document, 'github', host).place(host);
    const again = findPlacement(document, 'github', host);
    expect(again.holds(host)).toBe(true);
    again.place(host);
    expect(document.querySelectorAll('archscout-annotation')).toHaveLength(1);
  });

  it('notices when a re-render discarded or moved the host', () => {
    const host = newHost();
    findPlacement(document, 'github', host).place(host);
    host.remove();
    expect(findPlacement(document, 'github', host).holds(host)).toBe(false);
    document.querySelector('main')?.append(host);
    expect(findPlacement(document, 'github', host).holds(host)).toBe(false);
  });

  it.each([
    ['github/repo-pagelayout-sidebar.html', SIDEBAR_ANCHORS[1]],
    ['github/repo-classic-sidebar.html', SIDEBAR_ANCHORS[2]],
  ])('%s: a row of the BorderGrid, after the About row', (fixture, anchor) => {
    load(fixture);
    const placement = findPlacement(document, 'github');
    expect(placement.anchor).toBe(anchor);
    const host = newHost();
    placement.place(host);
    expect(host.parentElement?.classList.contains('BorderGrid')).toBe(true);
    expect(host.previousElementSibling?.textContent).toContain('About');
  });

  it('a page without a sidebar gets the floating badge in <body>', () => {
    load('github/issue-no-sidebar.html');
    const placement = findPlacement(document, 'github');
    expect(placement.kind).toBe('floating');
    const host = newHost();
    placement.place(host);
    expect(host.parentElement).toBe(document.body);
  });

  it('docs sites always float, whatever their markup', () => {
    expect(findPlacement(document, 'docs').kind).toBe('floating');
  });
});

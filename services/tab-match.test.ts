import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readCurrentTabMatch, readTabMatch, readTabMatches, recordTabMatch } from './tab-match';

describe('tab match (storage.session, read by the popup)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  /** Two open tabs, as the browser lists them (tabs.query). */
  const openTabs = async () => [(await fakeBrowser.tabs.create({})).id, (await fakeBrowser.tabs.create({})).id];

  it('records, reads and forgets per tab', async () => {
    const [first = 0, second = 0] = await openTabs();
    await recordTabMatch(first, 'etcd');
    await recordTabMatch(second, 'consul');
    expect(await readTabMatch(first)).toBe('etcd');
    expect(await readTabMatch(second)).toBe('consul');
    expect(await readTabMatch(9999)).toBeNull();
    await recordTabMatch(first, null);
    expect(await readTabMatch(first)).toBeNull();
    expect(await readTabMatch(second)).toBe('consul');
  });

  it('forgets the records of closed tabs at the next record (no tabs.onRemoved listener to wake the worker)', async () => {
    const [first = 0, second = 0] = await openTabs();
    await recordTabMatch(first, 'etcd');
    await recordTabMatch(second, 'consul');
    // The first tab closes (the fake browser's tabs.remove trips over its own window lookup).
    const stillOpen = (await fakeBrowser.tabs.query({})).filter((tab) => tab.id !== first);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(stillOpen);
    expect(await readTabMatch(first), 'kept until the next record').toBe('etcd');
    await recordTabMatch(second, 'zookeeper');
    expect(await readTabMatches()).toEqual(new Map([[second, 'zookeeper']]));
    // The reporting tab itself is kept even when no list has it (a prerendered page).
    await recordTabMatch(4242, 'nginx');
    expect(await readTabMatch(4242)).toBe('nginx');
  });

  it('lists every tab’s record, skipping other keys and corrupt values', async () => {
    const [first = 0, second = 0] = await openTabs();
    await recordTabMatch(first, 'etcd');
    await recordTabMatch(second, 'consul');
    await fakeBrowser.storage.session.set({
      'tabMatch:44': { id: 'x' },
      'tabMatch:abc': 'etcd',
      'tabMatch:': 'etcd',
      other: 'etcd',
    });
    expect(await readTabMatches()).toEqual(
      new Map([
        [first, 'etcd'],
        [second, 'consul'],
      ]),
    );
  });

  it('reads nothing from a corrupt record', async () => {
    await fakeBrowser.storage.session.set({ 'tabMatch:5': { id: 'etcd' } });
    expect(await readTabMatch(5)).toBeNull();
  });

  it('counts a record as current only while the tab still has its badge (dropped when another page loads)', async () => {
    await recordTabMatch(42, 'etcd');
    await fakeBrowser.action.setBadgeText({ tabId: 42, text: '★' });
    expect(await readCurrentTabMatch(42)).toBe('etcd');
    await fakeBrowser.action.setBadgeText({ tabId: 42, text: '' }); // what the browser does on navigation
    expect(await readCurrentTabMatch(42)).toBeNull();
    await fakeBrowser.action.setBadgeText({ tabId: 43, text: '★' });
    expect(await readCurrentTabMatch(43), 'a badge without a record').toBeNull();
  });
});

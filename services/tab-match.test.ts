import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readCurrentTabMatch, readTabMatch, readTabMatches, recordTabMatch } from './tab-match';

describe('tab match (storage.session, read by the popup)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('records, reads and forgets per tab', async () => {
    await recordTabMatch(42, 'etcd');
    await recordTabMatch(43, 'consul');
    expect(await readTabMatch(42)).toBe('etcd');
    expect(await readTabMatch(43)).toBe('consul');
    expect(await readTabMatch(44)).toBeNull();
    await recordTabMatch(42, null);
    expect(await readTabMatch(42)).toBeNull();
    expect(await readTabMatch(43)).toBe('consul');
  });

  it('lists every tab’s record, skipping other keys and corrupt values', async () => {
    await recordTabMatch(42, 'etcd');
    await recordTabMatch(43, 'consul');
    await fakeBrowser.storage.session.set({
      'tabMatch:44': { id: 'x' },
      'tabMatch:abc': 'etcd',
      'tabMatch:': 'etcd',
      other: 'etcd',
    });
    expect(await readTabMatches()).toEqual(
      new Map([
        [42, 'etcd'],
        [43, 'consul'],
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

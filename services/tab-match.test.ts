import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readTabMatch, recordTabMatch } from './tab-match';

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

  it('reads nothing from a corrupt record', async () => {
    await fakeBrowser.storage.session.set({ 'tabMatch:5': { id: 'etcd' } });
    expect(await readTabMatch(5)).toBeNull();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installBundledCatalog } from './catalog-install';
import { makeBackground } from './test-background';

describe('catalog install at start-up', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('reports favourites no longer in the catalog when a catalog comes in, not at every start of the worker', async () => {
    const bg = makeBackground();
    await bg.start();
    const at = '2024-01-02T10:00:00.000Z';
    const file = {
      format: 'archscout',
      version: 1,
      exportedAt: at,
      favourites: [{ id: 'gone', name: 'Gone', addedAt: at }],
    };
    expect(await bg.importText(JSON.stringify(file))).toMatchObject({ ok: true, added: 1 });
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const again = await installBundledCatalog(bg.ctx); // the worker started again: same catalog
    expect(again).toMatchObject({ installed: false, orphaned: ['gone'] });
    expect(info).not.toHaveBeenCalled();
  });
});

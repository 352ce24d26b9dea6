// @vitest-environment happy-dom
import { cleanup, renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledCatalog } from '@/catalog/bundled';
import { projectOfTheDay } from '@/catalog/recommend';
import { dayAsDate } from './page-date';
import { memoryStorage } from './test-storage';
import { type PickInput, usePickOfTheDay } from './use-pick-of-the-day';

afterEach(cleanup);

const DAY = '2026-11-26';
const otherIds = (but: string[]) => bundledCatalog.projects.map((p) => p.id).filter((id) => !but.includes(id));

/** The page's pick through a day of changes, as the new tab renders it (one hook, re-rendered). */
function page(storage = memoryStorage(), initial: Partial<PickInput> = {}) {
  let props: PickInput = {
    catalog: bundledCatalog,
    day: DAY,
    favouriteIds: [],
    dismissedIds: [],
    loaded: true,
    storage,
  };
  props = { ...props, ...initial };
  const hook = renderHook((p: PickInput) => usePickOfTheDay(p), { initialProps: props });
  return {
    storage,
    pick: () => hook.result.current?.id,
    change(next: Partial<PickInput>) {
      props = { ...props, ...next };
      hook.rerender(props);
    },
  };
}

describe('usePickOfTheDay', () => {
  it('keeps the day’s pick when the favourites and dismissals change elsewhere, on this page and the next', () => {
    const first = page();
    const pick = first.pick() as string;
    expect(pick).toBe(projectOfTheDay(bundledCatalog, dayAsDate(DAY))?.id);
    // Without the pin each of these would pick another project (the rotation runs over what is left).
    const others = otherIds([pick]);
    first.change({ favouriteIds: others.slice(0, 3) });
    expect(first.pick()).toBe(pick);
    first.change({ dismissedIds: others.slice(3, 5) });
    expect(first.pick()).toBe(pick);
    expect(projectOfTheDay(bundledCatalog, dayAsDate(DAY), others.slice(0, 5))?.id).not.toBe(pick);
    // A new tab later that day.
    const later = page(first.storage, { favouriteIds: others.slice(0, 3), dismissedIds: others.slice(3, 5) });
    expect(later.pick()).toBe(pick);
  });

  it('keeps the pick when the user saves it from its card', () => {
    const tab = page();
    const pick = tab.pick() as string;
    tab.change({ favouriteIds: [pick] });
    expect(tab.pick()).toBe(pick);
    expect(page(tab.storage, { favouriteIds: [pick] }).pick()).toBe(pick);
  });

  it('picks again when the pick is dismissed, and keeps the new one', () => {
    const tab = page();
    const pick = tab.pick() as string;
    tab.change({ dismissedIds: [pick] });
    const next = tab.pick() as string;
    expect(next).not.toBe(pick);
    expect(next).toBe(projectOfTheDay(bundledCatalog, dayAsDate(DAY), [pick])?.id);
    expect(page(tab.storage, { dismissedIds: [pick], favouriteIds: otherIds([next]).slice(0, 4) }).pick()).toBe(next);
  });

  it('chooses afresh on another day, skipping the favourites of then', () => {
    const tab = page();
    const today = tab.pick() as string;
    const tomorrow = '2026-11-27';
    const next = page(tab.storage, { day: tomorrow, favouriteIds: [today] });
    expect(next.pick()).toBe(projectOfTheDay(bundledCatalog, dayAsDate(tomorrow), [today])?.id);
  });

  it('pins nothing before the user’s data is loaded (favourites look empty then)', () => {
    const early = page(memoryStorage(), { loaded: false });
    const provisional = early.pick() as string;
    expect(early.storage.items.size).toBe(0);
    // Loaded: the user had saved the provisional pick, so the day's pick skips it.
    early.change({ loaded: true, favouriteIds: [provisional] });
    expect(early.pick()).not.toBe(provisional);
    expect(early.storage.items.size).toBe(1);
  });

  it('picks afresh when the pinned project left the catalog or the pin is damaged', () => {
    const storage = memoryStorage();
    storage.setItem('archscout.cache.pick-of-the-day', JSON.stringify({ day: DAY, id: 'gone-project' }));
    expect(page(storage).pick()).toBe(projectOfTheDay(bundledCatalog, dayAsDate(DAY))?.id);
    storage.setItem('archscout.cache.pick-of-the-day', '{"day":');
    expect(page(storage).pick()).toBe(projectOfTheDay(bundledCatalog, dayAsDate(DAY))?.id);
  });
});

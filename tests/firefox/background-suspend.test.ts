// Firefox's counterpart of tests/e2e/background-restart.spec.ts: an MV3 background in Firefox is
// an event page, suspended when idle (30 s by default; 1 s here, by preference) and started
// again for the next message. Whether it is running is read from runtime.getContexts(), so the
// test knows it really was suspended before checking that the surfaces wake it and lose nothing.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FirefoxExtension, launchFirefoxExtension } from '../helpers/firefox';
import { favouriteCardNames, favouriteIds, sendFromPage } from '../helpers/firefox-pages';

let firefox: FirefoxExtension;

beforeAll(async () => {
  firefox = await launchFirefoxExtension({ prefs: { 'extensions.background.idle.timeout': 1_000 } });
});

afterAll(async () => {
  await firefox?.close();
});

interface RuntimeApi {
  runtime: { getContexts(filter: object): Promise<{ contextType: string }[]> };
}

/** Whether the background page is running, asked from an extension page. */
const backgroundRunning = (page: Page) =>
  page.evaluate(async () => {
    const { runtime } = (globalThis as unknown as { browser: RuntimeApi }).browser;
    return (await runtime.getContexts({})).some((context) => context.contextType === 'BACKGROUND');
  });

it('a suspended background stays asleep for the popup, wakes for messages, with nothing lost', async () => {
  const options = await firefox.openPage('options.html');
  await sendFromPage(options, { type: 'favourites.set', id: 'rabbitmq', on: true });
  expect(await favouriteIds(options)).toEqual(['rabbitmq']);

  // Idle: Firefox suspends the event page (an open options page does not keep it alive).
  await expect.poll(() => backgroundRunning(options), { timeout: 15_000, interval: 250 }).toBe(false);

  // The popup lists the favourite made before without starting it: its home reads the
  // storage.local mirror and IndexedDB itself (components/read-user-data.ts). A message from it
  // starts the background again, which still has the favourite.
  const popup = await firefox.openPage('popup.html', { width: 380, height: 600 });
  await popup.waitForSelector('[role="listbox"]:not([aria-busy="true"]) [role="option"][aria-label^="RabbitMQ, "]');
  expect(await backgroundRunning(options)).toBe(false);
  expect(await favouriteIds(popup)).toEqual(['rabbitmq']);
  expect(await backgroundRunning(options)).toBe(true);
  await popup.close();

  // Asleep again: the new tab (which reads IndexedDB itself) shows the favourite, and a message
  // from the options page wakes the background, which still has it.
  await expect.poll(() => backgroundRunning(options), { timeout: 15_000, interval: 250 }).toBe(false);
  const newtab = await firefox.openPage('newtab.html');
  await newtab.waitForSelector('#recommended li');
  await expect.poll(() => favouriteCardNames(newtab), { timeout: 10_000 }).toContain('RabbitMQ');
  expect(await favouriteIds(options)).toEqual(['rabbitmq']);
  await newtab.close();
  await options.close();
  expect(firefox.errors).toEqual([]);
});

interface AlarmsAndStorage {
  alarms: { create(name: string, info: { when: number }): Promise<void> };
  storage: { local: { get(key: string): Promise<Record<string, { at?: number } | undefined>> } };
}

it('the sync retry alarm wakes the suspended background, which runs a sync pass', async () => {
  const options = await firefox.openPage('options.html');
  const statusAt = () =>
    options.evaluate(async () => {
      const { storage } = (globalThis as unknown as { browser: AlarmsAndStorage }).browser;
      return (await storage.local.get('syncStatus')).syncStatus?.at ?? 0;
    });
  await expect.poll(() => backgroundRunning(options), { timeout: 15_000, interval: 250 }).toBe(false);
  const before = await statusAt();
  // The alarm the background sets when a sync write is refused (services/sync-retry.ts), set here
  // with a near time: Firefox's storage.sync has no write rate to refuse a write with, and the
  // Chromium spec (tests/e2e/sync-retry.spec.ts) covers the refusal itself.
  await options.evaluate(async () => {
    const { alarms } = (globalThis as unknown as { browser: AlarmsAndStorage }).browser;
    await alarms.create('sync-retry', { when: Date.now() + 200 });
  });
  await expect.poll(statusAt, { timeout: 10_000, interval: 250 }).toBeGreaterThan(before);
  await options.close();
  expect(firefox.errors).toEqual([]);
});

interface SessionAndSync extends AlarmsAndStorage {
  storage: AlarmsAndStorage['storage'] &
    Record<'session' | 'sync', { get(key: string): Promise<Record<string, unknown>> }>;
}

it("the sync write-rate log outlives the suspended background (storage.session, Firefox's too)", async () => {
  const options = await firefox.openPage('options.html');
  const read = (area: 'session' | 'sync', key: string) =>
    options.evaluate(
      async (area, key) =>
        (await (globalThis as unknown as { browser: SessionAndSync }).browser.storage[area].get(key))[key],
      area,
      key,
    );
  const logged = async () => ((await read('session', 'syncWrites')) as number[] | undefined) ?? [];
  const asleep = () => expect.poll(() => backgroundRunning(options), { timeout: 15_000, interval: 250 }).toBe(false);
  // Suspended after 1 s idle here, the background may sleep before its debounced pass (1.5 s)
  // runs: the retry alarm wakes it for a pass (its start-up pass), as in the test above.
  const passOnAlarm = () =>
    options.evaluate(async () => {
      await (globalThis as unknown as { browser: SessionAndSync }).browser.alarms.create('sync-retry', {
        when: Date.now() + 200,
      });
    });

  const before = (await logged()).length; // the earlier tests' writes, within the hour
  await sendFromPage(options, { type: 'favourites.set', id: 'etcd', on: true });
  await asleep();
  await passOnAlarm();
  await expect.poll(() => read('sync', 'fav:etcd'), { timeout: 10_000, interval: 250 }).toBeTruthy();
  await expect.poll(async () => (await logged()).length, { timeout: 10_000, interval: 250 }).toBe(before + 1);
  const first = await logged();

  // Suspended and started again (its memory gone), it logs its next write after those.
  await asleep();
  await sendFromPage(options, { type: 'favourites.set', id: 'consul', on: true });
  await asleep();
  await passOnAlarm();
  await expect.poll(() => read('sync', 'fav:consul'), { timeout: 10_000, interval: 250 }).toBeTruthy();
  await expect.poll(logged, { timeout: 10_000, interval: 250 }).toEqual([...first, expect.any(Number)]);
  await options.close();
  expect(firefox.errors).toEqual([]);
});

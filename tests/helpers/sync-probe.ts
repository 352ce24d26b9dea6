// Looks at the background's sync from an extension page that runs no script of ours: the
// smallest file of the build (an icon) as a tab has the extension's APIs, and nothing in it
// messages (and so wakes) the background. The sync specs read storage and the retry alarm here.
import type { Page } from '@playwright/test';
import type { SyncStatus } from '@/services/protocol';

export interface Alarm {
  name: string;
  scheduledTime: number;
}

type Area = 'local' | 'sync' | 'session';

/** The `chrome` global in an extension page, as far as the sync specs use it (no @types/chrome here). */
export interface SyncChrome {
  chrome: {
    storage: Record<Area, { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> }>;
    alarms: {
      get(name: string): Promise<Alarm | undefined>;
      create(name: string, info: { when: number }): Promise<void>;
    };
  };
}

export interface SyncProbe {
  page: Page;
  stored(area: Area, key: string): Promise<unknown>;
  status(): Promise<SyncStatus | undefined>;
  /** The favourite's entry in storage.sync (catalog/sync/sync-entry.ts), if it got there. */
  synced(id: string): Promise<unknown>;
  retryAlarm(): Promise<Alarm | null>;
}

export async function openSyncProbe(openExtensionPage: (path: string) => Promise<Page>): Promise<SyncProbe> {
  const page = await openExtensionPage('icon/16.png');
  const stored = (area: Area, key: string) =>
    page.evaluate(
      async ([area, key]) => (await (globalThis as unknown as SyncChrome).chrome.storage[area].get(key))[key],
      [area, key] as const,
    );
  return {
    page,
    stored,
    status: async () => (await stored('local', 'syncStatus')) as SyncStatus | undefined,
    synced: (id) => stored('sync', `fav:${id}`),
    retryAlarm: () =>
      page.evaluate(async () => (await (globalThis as unknown as SyncChrome).chrome.alarms.get('sync-retry')) ?? null),
  };
}

// The one way surfaces talk to the background: a typed wrapper over
// runtime.sendMessage plus watchers for the storage.local mirror (see
// services/README.md for the change-notification mechanism).
import { browser } from 'wxt/browser';
import { normaliseSettings, type Settings } from '@/catalog/settings';
import {
  type Envelope,
  LOCAL_KEYS,
  type RequestOf,
  type RequestType,
  type ResponseFor,
  type SyncStatus,
} from './protocol';
import { type Unwatch, watchLocal } from './watch-local';

/** The background answered with an error (invalid request, unknown id, ...). */
export class MessageError extends Error {
  override name = 'MessageError';
}

export async function sendMessage<T extends RequestType>(request: RequestOf<T>): Promise<ResponseFor<T>> {
  const reply = (await browser.runtime.sendMessage(request)) as Envelope<ResponseFor<T>> | undefined;
  if (!reply || typeof reply !== 'object') throw new MessageError(`No answer from the background to "${request.type}"`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.result;
}

/** Current favourite ids, read from the mirror (works in content scripts too). */
export async function getFavouriteIds(): Promise<string[]> {
  const stored = await browser.storage.local.get(LOCAL_KEYS.favouriteIds);
  const ids = stored[LOCAL_KEYS.favouriteIds];
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

export function watchFavouriteIds(onChange: (ids: string[]) => void): Unwatch {
  return watchLocal(LOCAL_KEYS.favouriteIds, (value) =>
    onChange(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []),
  );
}

/** Fires after any user-data change (favourites, tags, notes, dismissals, imports): refetch what you show. */
export function watchUserData(onChange: () => void): Unwatch {
  return watchLocal(LOCAL_KEYS.userDataRev, () => onChange());
}

/** Settings straight from storage.local (no background round trip; validated field by field). */
export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(LOCAL_KEYS.settings);
  return normaliseSettings(stored[LOCAL_KEYS.settings]);
}

export function watchSettings(onChange: (settings: Settings) => void): Unwatch {
  return watchLocal(LOCAL_KEYS.settings, (value) => onChange(normaliseSettings(value)));
}

export function watchSyncStatus(onChange: (status: SyncStatus | undefined) => void): Unwatch {
  return watchLocal(LOCAL_KEYS.syncStatus, (value) => onChange(value as SyncStatus | undefined));
}

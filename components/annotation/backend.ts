// What the annotation needs from the rest of the extension, as one small interface (tests can
// hand the controller a fake). It speaks services/protocol.ts's typed messages and reads the
// storage.local mirror like services/client.ts does, but without importing it: client.ts pulls
// in valibot through catalog/settings.ts, and this code runs on every GitHub page within a
// 12 KB gzip budget (issue #8). The four settings it reads are checked field by field here.
import { browser } from 'wxt/browser';
import type { Settings } from '@/catalog/settings';
import type { Envelope, MatchCard, RequestOf, RequestType, ResponseFor } from '@/services/protocol';

type Unwatch = () => void;

export type AnnotationSettings = Pick<Settings, 'language' | 'openTarget' | 'annotateGithub' | 'annotateDocs'>;

export interface AnnotationBackend {
  match(url: string): Promise<MatchCard | null>;
  /** Tells the background which listed project (if any) this tab shows, for the toolbar badge. */
  reportPage(id: string | null): Promise<unknown>;
  visit(id: string): Promise<unknown>;
  setFavourite(id: string, on: boolean): Promise<unknown>;
  dismiss(id: string): Promise<unknown>;
  undismiss(id: string): Promise<unknown>;
  getSettings(): Promise<AnnotationSettings>;
  getFavouriteIds(): Promise<string[]>;
  watchSettings(onChange: (settings: AnnotationSettings) => void): Unwatch;
  watchFavouriteIds(onChange: (ids: string[]) => void): Unwatch;
  watchUserData(onChange: () => void): Unwatch;
  uiLanguage(): string;
}

// services/protocol.ts LOCAL_KEYS, by value (importing the module would bundle its runtime sets too).
const SETTINGS_KEY = 'settings';
const FAVOURITES_KEY = 'favouriteIds';
const USER_DATA_KEY = 'userDataRev';

async function send<T extends RequestType>(request: RequestOf<T>): Promise<ResponseFor<T>> {
  const reply = (await browser.runtime.sendMessage(request)) as Envelope<ResponseFor<T>> | undefined;
  if (!reply?.ok) throw new Error(reply?.error ?? `No answer to "${request.type}"`);
  return reply.result;
}

/** Stored settings (possibly old or corrupt) to the four the annotation uses; bad fields get defaults. */
export function readSettings(stored: unknown): AnnotationSettings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const pick = <T>(value: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  return {
    language: pick(s.language, ['auto', 'en', 'zh_CN'] as const, 'auto'),
    openTarget: pick(s.openTarget, ['homepage', 'repository'] as const, 'homepage'),
    annotateGithub: pick(s.annotateGithub, [true, false], true),
    annotateDocs: pick(s.annotateDocs, [true, false], true),
  };
}

const readIds = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];

async function readLocal(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

function watchLocal(key: string, onChange: (value: unknown) => void): Unwatch {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && Object.hasOwn(changes, key)) onChange(changes[key]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export const clientBackend: AnnotationBackend = {
  match: (url) => send({ type: 'match', url }),
  reportPage: (id) => send({ type: 'pageMatch', id }),
  visit: (id) => send({ type: 'visit', id }),
  setFavourite: (id, on) => send({ type: 'favourites.set', id, on }),
  dismiss: (id) => send({ type: 'dismiss', id, scope: 'annotation' }),
  undismiss: (id) => send({ type: 'undismiss', id, scope: 'annotation' }),
  getSettings: async () => readSettings(await readLocal(SETTINGS_KEY)),
  getFavouriteIds: async () => readIds(await readLocal(FAVOURITES_KEY)),
  watchSettings: (onChange) => watchLocal(SETTINGS_KEY, (value) => onChange(readSettings(value))),
  watchFavouriteIds: (onChange) => watchLocal(FAVOURITES_KEY, (value) => onChange(readIds(value))),
  watchUserData: (onChange) => watchLocal(USER_DATA_KEY, () => onChange()),
  uiLanguage: () => browser.i18n.getUILanguage(),
};

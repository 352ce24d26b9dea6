// The user's settings and favourites as the annotation needs them: read on the first listed page
// only (most GitHub pages are not listed projects, and storage is not read on them), and
// watched from then on.
import type { AnnotationBackend, AnnotationSettings } from './backend';
import type { FavouriteStars } from './favourite-stars';

export interface UserStateChanges {
  /** New settings; `before` is what was in force. */
  settings(next: AnnotationSettings, before: AnnotationSettings | undefined): void;
  /** The favourites mirror changed (the stars hold the new list already). */
  favourites(): void;
  /** userDataRev moved: a dismiss, undo or favourite, here or elsewhere (options page, another tab). */
  userData(): void;
}

export interface UserState {
  /** Watches and reads settings and favourites, once; false when the extension context went away. */
  load(): Promise<boolean>;
  /** Undefined until loaded. */
  readonly settings: AnnotationSettings | undefined;
}

export function createUserState(
  backend: Pick<
    AnnotationBackend,
    'getSettings' | 'getFavouriteIds' | 'watchSettings' | 'watchFavouriteIds' | 'watchUserData'
  >,
  onInvalidated: (fn: () => void) => void,
  stars: Pick<FavouriteStars, 'replace'>,
  changed: UserStateChanges,
): UserState {
  let settings: AnnotationSettings | undefined;
  let loaded: Promise<boolean> | undefined;

  async function load(): Promise<boolean> {
    const watches = [
      backend.watchSettings((next) => {
        const before = settings;
        settings = next;
        changed.settings(next, before);
      }),
      backend.watchFavouriteIds((ids) => {
        stars.replace(ids);
        changed.favourites();
      }),
      backend.watchUserData(() => changed.userData()),
    ];
    for (const unwatch of watches) onInvalidated(unwatch);
    try {
      const [read, ids] = await Promise.all([backend.getSettings(), backend.getFavouriteIds()]);
      settings = read;
      stars.replace(ids);
      return true;
    } catch {
      return false; // the extension context went away
    }
  }

  return {
    load: () => {
      loaded ??= load();
      return loaded;
    },
    get settings() {
      return settings;
    },
  };
}

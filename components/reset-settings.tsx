import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { defaultSettings } from '@/catalog/settings';
import { getFavouriteIds, sendMessage, watchFavouriteIds } from '@/services/client';
import { useLocale } from './locale-context';

type ResetState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; removed: number }
  | { kind: 'failed'; reason: string };

/** How many favourites there are, live from the storage.local mirror. */
function useFavouriteCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let alive = true;
    getFavouriteIds().then((ids) => alive && setCount(ids.length));
    const unwatch = watchFavouriteIds((ids) => setCount(ids.length));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return count;
}

/** Reset with an in-page confirmation step (not window.confirm): settings to defaults, favourites optionally. */
export function ResetSettings() {
  const { t } = useLocale();
  const id = useId();
  const count = useFavouriteCount();
  const [confirming, setConfirming] = useState(false);
  const [alsoFavourites, setAlsoFavourites] = useState(false);
  const [state, setState] = useState<ResetState>({ kind: 'idle' });
  const openButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the step: into the confirmation (on its safe choice), back to the button after.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) openButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  // Cancelling forgets what was chosen in the confirmation: a destructive choice must not wait,
  // ticked, for the next "Reset…".
  function cancel() {
    setConfirming(false);
    setAlsoFavourites(false);
  }

  async function reset() {
    setState({ kind: 'busy' });
    try {
      await sendMessage({ type: 'settings.set', patch: { ...defaultSettings } });
      // One request: the background removes them all, each with its sync tombstone.
      const removed = alsoFavourites ? await sendMessage({ type: 'favourites.clear' }) : 0;
      setState({ kind: 'done', removed });
      setConfirming(false);
      setAlsoFavourites(false);
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div class="reset">
      <p>{t('optionsResetIntro')}</p>
      {!confirming && (
        <button
          ref={openButton}
          type="button"
          class="button button--danger"
          onClick={() => {
            setState({ kind: 'idle' });
            setConfirming(true);
          }}
        >
          {t('optionsResetButton')}
        </button>
      )}
      {confirming && (
        <fieldset
          class="confirm"
          onKeyDown={(event) => {
            // Escape anywhere in the confirmation cancels it, as it would a dialog.
            if (event.key === 'Escape' && state.kind !== 'busy') cancel();
          }}
        >
          <legend class="confirm__title">{t('optionsResetConfirmTitle')}</legend>
          {count > 0 && (
            <div class="toggle-setting">
              <input
                id={`${id}-favourites`}
                type="checkbox"
                checked={alsoFavourites}
                onChange={(event) => setAlsoFavourites(event.currentTarget.checked)}
              />
              <label for={`${id}-favourites`}>{t('optionsResetAlsoFavourites', count)}</label>
            </div>
          )}
          <div class="button-row">
            <button type="button" class="button button--danger" disabled={state.kind === 'busy'} onClick={reset}>
              {t('optionsResetConfirm')}
            </button>
            <button ref={cancelButton} type="button" class="button" disabled={state.kind === 'busy'} onClick={cancel}>
              {t('optionsResetCancel')}
            </button>
          </div>
        </fieldset>
      )}
      <p class={state.kind === 'failed' ? 'notice notice--error' : 'hint'} role="status">
        {state.kind === 'done' &&
          (state.removed > 0 ? t('optionsResetDoneFavourites', state.removed) : t('optionsResetDone'))}
        {state.kind === 'failed' && t('optionsResetFailed', state.reason)}
      </p>
    </div>
  );
}

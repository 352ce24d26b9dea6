import { useLocale } from './locale-context';

interface Props {
  name: string | null; // the project just dismissed, or null for nothing to say
  onUndo: () => void;
}

/**
 * Confirms a "Not interested" in a polite live region, with a way back: the dismissal is for
 * good, so a mis-click must be cheap to undo.
 */
export function DismissNotice({ name, onUndo }: Props) {
  const { t } = useLocale();
  return (
    <div class="notice" role="status">
      {name && (
        <>
          {/* A long name must not push Undo out of sight (issue #9). */}
          <span class="name-clamp">{t('newtabDismissed', name)}</span>{' '}
          <button type="button" class="button button--quiet" onClick={onUndo}>
            {t('newtabUndo')}
          </button>
        </>
      )}
    </div>
  );
}

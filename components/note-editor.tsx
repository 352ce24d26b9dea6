import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_NOTE_LENGTH } from '@/catalog/store/favourite-fields';
import { useLocale } from './locale-context';

interface Props {
  name: string; // the project's name, for labels
  note: string | undefined;
  onSave: (note: string | null) => void; // null clears the note
}

/** A favourite's note: shown as text, edited in place (Escape cancels, Ctrl/Cmd+Enter saves). */
export function NoteEditor({ name, note, onSave }: Props) {
  const { t } = useLocale();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note ?? '');
  const field = useRef<HTMLTextAreaElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (editing) field.current?.focus();
    else if (wasEditing.current) toggle.current?.focus(); // back where the user started
    wasEditing.current = editing;
  }, [editing]);

  const save = () => {
    const trimmed = draft.trim();
    onSave(trimmed ? trimmed : null);
    setEditing(false);
  };
  const cancel = () => {
    setDraft(note ?? '');
    setEditing(false);
  };

  if (!editing) {
    return (
      <div class="note">
        {note && <p class="note__text">{note}</p>}
        <button
          ref={toggle}
          type="button"
          class="button button--quiet"
          aria-label={t(note ? 'newtabEditNoteFor' : 'newtabAddNoteFor', name)}
          onClick={() => {
            setDraft(note ?? '');
            setEditing(true);
          }}
        >
          {t(note ? 'newtabEditNote' : 'newtabAddNote')}
        </button>
      </div>
    );
  }
  return (
    <form
      class="note note--editing"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <textarea
        ref={field}
        class="note__field"
        aria-label={t('newtabNoteFor', name)}
        maxLength={MAX_NOTE_LENGTH}
        rows={3}
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            cancel();
          } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            save();
          }
        }}
      />
      <div class="tile__actions">
        <button type="submit" class="button button--primary">
          {t('newtabSave')}
        </button>
        <button type="button" class="button button--quiet" onClick={cancel}>
          {t('newtabCancel')}
        </button>
      </div>
    </form>
  );
}

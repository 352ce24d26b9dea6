import { useState } from 'preact/hooks';
import { MAX_TAG_LENGTH, MAX_TAGS, normaliseTags } from '@/catalog/store/favourite-fields';
import { useLocale } from './locale-context';

interface Props {
  name: string; // the project's name, for labels
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}

/** A favourite's tags as removable chips plus a field that adds one (Enter or comma-separated). */
export function TagEditor({ name, tags, onChange }: Props) {
  const { t } = useLocale();
  const [draft, setDraft] = useState('');
  const add = () => {
    const next = normaliseTags([...tags, ...draft.split(',')]);
    setDraft('');
    if (next.length !== tags.length) onChange(next);
  };
  return (
    <div class="tags">
      {tags.length > 0 && (
        <ul class="tags__list" aria-label={t('newtabTagsOf', name)}>
          {tags.map((tag) => (
            <li key={tag} class="tag">
              <span>#{tag}</span>
              <button
                type="button"
                class="tag__remove"
                aria-label={t('newtabRemoveTag', tag, name)}
                title={t('newtabRemoveTag', tag, name)}
                onClick={() => onChange(tags.filter((other) => other !== tag))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {tags.length < MAX_TAGS && (
        <form
          class="tags__add"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <input
            type="text"
            class="tags__field"
            aria-label={t('newtabAddTagTo', name)}
            placeholder={t('newtabAddTag')}
            maxLength={MAX_TAG_LENGTH * 2}
            value={draft}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
        </form>
      )}
    </div>
  );
}

import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { MAX_TAG_LENGTH, MAX_TAGS, normaliseTags, tagText } from '@/catalog/store/favourite-fields';
import { useLocale } from './locale-context';

interface Props {
  name: string; // the project's name, for labels
  tags: readonly string[];
  /** A returned promise that rejects means the change was refused: the stored tags show again. */
  onChange: (tags: string[]) => unknown;
}

// Where focus goes after a change removed the focused control: the chip now at that place, or
// the field when no chip is left (a removed chip), or the last chip (the 20th tag hid the field).
type FocusAfter = { chip: number } | 'field' | null;

/** A favourite's tags as removable chips plus a field that adds one (Enter or comma-separated). */
export function TagEditor({ name, tags, onChange }: Props) {
  const { t } = useLocale();
  const [draft, setDraft] = useState('');
  // The tags as last changed here, shown at once: a change reaches the stored favourite a moment
  // later, and a second change made meanwhile must build on the first, not on the stored list
  // (two quick removals brought the first tag back; "alpha", Enter, "beta", Enter kept only beta).
  const [shown, setShown] = useState<readonly string[]>(tags);
  const stored = tags.join('\n');
  // Keyed on the stored tags' text, not the array: each refresh brings a new array.
  useEffect(() => setShown(stored === '' ? [] : stored.split('\n')), [stored]);
  const focusAfter = useRef<FocusAfter>(null);
  const root = useRef<HTMLDivElement>(null);
  // The chips' remove buttons are one Tab stop (a roving tabindex, WAI-ARIA APG), the arrow keys
  // move between them: a favourite with 20 tags was 20 Tab presses, and a new tab of 48 such
  // cards over 1,000. The chip last focused keeps the stop, so Shift+Tab comes back to it.
  const [current, setCurrent] = useState(0);
  const stop = Math.min(current, shown.length - 1);

  const storedNow = useRef(tags);
  storedNow.current = tags;
  const change = (next: string[], focus: FocusAfter) => {
    focusAfter.current = focus;
    setShown(next);
    Promise.resolve(onChange(next)).catch(() => setShown(storedNow.current));
  };
  const remove = (index: number) =>
    change(
      shown.filter((_, other) => other !== index),
      shown.length > 1 ? { chip: index } : 'field',
    );
  const chipKeys = (event: KeyboardEvent, index: number) => {
    const to = chipKeyTarget(event.key, index, shown.length);
    if (to === null) return;
    event.preventDefault();
    if (to === 'remove') remove(index);
    else root.current?.querySelectorAll<HTMLButtonElement>('.tag__remove')[to]?.focus();
  };
  const [limitNote, setLimitNote] = useState<string | null>(null);
  const add = () => {
    const typed = draft.split(',').map(tagText).filter(Boolean);
    const next = normaliseTags([...shown, ...typed]);
    setDraft('');
    // Say what the limits did rather than silently cut a tag or drop some.
    const left = typed.filter((tag) => !next.includes(tag.slice(0, MAX_TAG_LENGTH))).length;
    if (left > 0) setLimitNote(t('newtabTagsTooMany', MAX_TAGS, left));
    else if (typed.some((tag) => tag.length > MAX_TAG_LENGTH)) setLimitNote(t('newtabTagTooLong', MAX_TAG_LENGTH));
    else setLimitNote(null);
    if (next.length !== shown.length) change(next, next.length >= MAX_TAGS ? { chip: next.length - 1 } : null);
  };

  useLayoutEffect(() => {
    const focus = focusAfter.current;
    if (!focus || !root.current) return;
    focusAfter.current = null;
    const chips = root.current.querySelectorAll<HTMLButtonElement>('.tag__remove');
    const field = root.current.querySelector<HTMLInputElement>('.tags__field');
    const target = focus === 'field' ? field : (chips[Math.min(focus.chip, chips.length - 1)] ?? field);
    target?.focus();
  }, [shown]);

  return (
    <div class="tags" ref={root}>
      {shown.length > 0 && (
        <ul class="tags__list" aria-label={t('newtabTagsOf', name)}>
          {shown.map((tag, index) => (
            <li key={tag} class="tag">
              <span>#{tag}</span>
              <button
                type="button"
                class="tag__remove"
                tabIndex={index === stop ? 0 : -1}
                aria-label={t('newtabRemoveTag', tag, name)}
                title={t('newtabRemoveTag', tag, name)}
                onFocus={() => setCurrent(index)}
                onKeyDown={(event) => chipKeys(event, index)}
                onClick={() => remove(index)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown.length < MAX_TAGS && (
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
            onInput={(event) => {
              setDraft(event.currentTarget.value);
              setLimitNote(null);
            }}
          />
        </form>
      )}
      <p class="tags__note" role="status">
        {limitNote}
      </p>
    </div>
  );
}

/**
 * Where a key pressed on the chip at `index` (of `count`) sends the focus: another chip's index,
 * 'remove' (Delete and Backspace remove a chip, as in mail clients' address chips), or null for
 * keys left to the browser. The arrows stop at the ends: the chips wrap over lines, and a jump
 * from the last to the first would read as a jump back up.
 */
export function chipKeyTarget(key: string, index: number, count: number): number | 'remove' | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(index + 1, count - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Delete':
    case 'Backspace':
      return 'remove';
    default:
      return null;
  }
}

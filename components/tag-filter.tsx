import { useLocale } from './locale-context';

interface Props {
  tags: readonly { tag: string; count: number }[];
  total: number;
  selected: string | null; // null: all favourites
  onSelect: (tag: string | null) => void;
}

/** A row of toggle buttons (aria-pressed), one per tag plus "All": a single-choice filter that needs no menu. */
export function TagFilter({ tags, total, selected, onSelect }: Props) {
  const { t } = useLocale();
  if (tags.length === 0) return null;
  const options: { tag: string | null; label: string; count: number }[] = [
    { tag: null, label: t('newtabTagAll'), count: total },
    ...tags.map(({ tag, count }) => ({ tag, label: `#${tag}`, count })),
  ];
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would bring a legend box; role="group" with a label is the same to assistive tech.
    <div class="tag-filter" role="group" aria-label={t('newtabTagFilter')}>
      {options.map(({ tag, label, count }) => (
        <button
          key={tag ?? ''}
          type="button"
          class="chip"
          aria-pressed={selected === tag}
          onClick={() => onSelect(tag)}
        >
          {label} <span class="chip__count">{count}</span>
        </button>
      ))}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { useLocale } from './locale-context';

interface TagCount {
  tag: string;
  count: number;
}

interface Props {
  tags: readonly TagCount[];
  total: number;
  selected: string | null; // null: all favourites
  onSelect: (tag: string | null) => void;
}

/**
 * How many tags the filter shows before "More tags": a long-time user with every favourite
 * tagged differently had 1,120 chips, ten screens above the first favourite and 1,120 Tab
 * presses to get past. The most used come first (tagCounts), so the first few are the useful ones.
 */
export const SHOWN_TAGS = 12;

/** The tags to show: all when expanded, else the first `limit`, plus the selected one wherever it is. */
export function shownTags(
  tags: readonly TagCount[],
  selected: string | null,
  expanded: boolean,
  limit = SHOWN_TAGS,
): readonly TagCount[] {
  if (expanded || tags.length <= limit) return tags;
  return tags.filter((item, index) => index < limit || item.tag === selected);
}

/** A row of toggle buttons (aria-pressed), one per tag plus "All": a single-choice filter that needs no menu. */
export function TagFilter({ tags, total, selected, onSelect }: Props) {
  const { t } = useLocale();
  const [expanded, setExpanded] = useState(false);
  if (tags.length === 0) return null;
  const shown = shownTags(tags, selected, expanded);
  const options: { tag: string | null; label: string; count: number }[] = [
    { tag: null, label: t('newtabTagAll'), count: total },
    ...shown.map(({ tag, count }) => ({ tag, label: `#${tag}`, count })),
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
      {tags.length > SHOWN_TAGS && (
        <button type="button" class="chip" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('newtabTagFewer') : t('newtabTagMore', tags.length - shown.length)}
        </button>
      )}
    </div>
  );
}

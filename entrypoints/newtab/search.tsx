import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Catalog } from '@/catalog/types';
import { useLocale } from '@/components/locale-context';
import type { ProjectSearchProps } from '@/components/project-search';

interface Props {
  catalog: Catalog;
  favouriteIds: ReadonlySet<string>;
  onFavourite: (id: string, on: boolean) => void;
}

interface Handoff {
  query: string; // typed before the search code arrived
  focused: boolean;
}

/**
 * The popup's search (same index, same keys: arrows, Enter, Ctrl/Cmd+Enter, Escape), its results
 * floating over the page. The search code (index, Fuse.js, result list) is loaded right after the
 * first paint rather than with it: the new tab shows its regions first and stays within its
 * 45 KB gzip budget (issue #8). Until then a plain field of the same look takes the keystrokes,
 * and hands over what was typed and the focus.
 */
export function NewTabSearch({ catalog, favouriteIds, onFavourite }: Props) {
  const { t } = useLocale();
  const [Search, setSearch] = useState<ComponentType<ProjectSearchProps> | null>(null);
  const [handoff, setHandoff] = useState<Handoff>({ query: '', focused: false });
  const early = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let alive = true;
    import('@/components/project-search').then(({ ProjectSearch }) => {
      if (!alive) return;
      const field = early.current;
      setHandoff({ query: field?.value ?? '', focused: field !== null && document.activeElement === field });
      setSearch(() => ProjectSearch);
    });
    return () => {
      alive = false;
    };
  }, []);

  const label = t('newtabSearchLabel');
  const placeholder = t('newtabSearchPlaceholder');
  return (
    <div class="masthead__search">
      {Search ? (
        <Search
          catalog={catalog}
          favouriteIds={favouriteIds}
          onFavourite={onFavourite}
          idPrefix="newtab-search"
          label={label}
          placeholder={placeholder}
          initialQuery={handoff.query}
          autoFocus={handoff.focused}
          limit={8}
        />
      ) : (
        <div class="search-box">
          <input ref={early} class="search-box__input" type="search" aria-label={label} placeholder={placeholder} />
        </div>
      )}
    </div>
  );
}

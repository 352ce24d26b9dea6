import type { Category, Project } from '@/catalog/types';
import type { FavouriteView } from '@/services/protocol';
import { useLocale } from './locale-context';
import { NoteEditor } from './note-editor';
import { CategoryBadges, StatusBadge, useSummary } from './project-badges';
import { ProjectNameLink } from './project-name-link';
import { TagEditor } from './tag-editor';
import { useSettings } from './use-settings';

export interface FavouriteChange {
  tags?: string[];
  note?: string | null; // null clears
}

interface Props {
  favourite: FavouriteView;
  project: Project | undefined; // undefined when the favourite is orphaned
  categories: readonly Category[];
  /** May return a promise that rejects when the change was refused (the tag editor then undoes it on screen). */
  onChange: (id: string, change: FavouriteChange) => unknown;
  onRemove: (favourite: FavouriteView) => void;
}

/** One favourite: what it is, the user's tags and note, and remove. An orphan (gone from the catalog) keeps its saved name, tags and note. */
export function FavouriteCard({ favourite, project, categories, onChange, onRemove }: Props) {
  const { t } = useLocale();
  const { openTarget } = useSettings();
  const name = project?.name ?? favourite.name;
  return (
    <article class={`tile fav${project ? '' : ' fav--orphaned'}`} data-project-id={favourite.id}>
      <div class="tile__head">
        <h3 class="tile__name">
          {/* The name in its own box, so it can be clamped without clipping a link's focus ring (issue #9). */}
          {project ? (
            <ProjectNameLink project={project} openTarget={openTarget} />
          ) : (
            // Focusable from script only: focus lands here when the card before it goes (see favourites-grid).
            <span class="name-clamp" title={name} tabIndex={-1}>
              {name}
            </span>
          )}
        </h3>
      </div>
      {project ? (
        <>
          <p class="tile__badges">
            <CategoryBadges project={project} categories={categories} />
            <StatusBadge project={project} />
          </p>
          <Summary project={project} />
        </>
      ) : (
        <p class="tile__badges">
          <span class="badge badge--status">{t('newtabOrphaned')}</span>
        </p>
      )}
      <TagEditor name={name} tags={favourite.tags} onChange={(tags) => onChange(favourite.id, { tags })} />
      <NoteEditor
        name={name}
        note={favourite.note}
        onSave={(note) => {
          // A refused save leaves the stored note, which the next refresh shows.
          Promise.resolve(onChange(favourite.id, { note })).catch(() => undefined);
        }}
      />
      <div class="tile__actions tile__actions--end">
        <button
          type="button"
          class="button button--danger"
          aria-label={t('favouriteRemove', name)}
          onClick={() => onRemove(favourite)}
        >
          {t('newtabRemove')}
        </button>
      </div>
    </article>
  );
}

function Summary({ project }: { project: Project }) {
  return <p class="tile__summary">{useSummary(project)}</p>;
}

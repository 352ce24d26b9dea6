import type { Category, Project } from '@/catalog/types';
import { useLocale } from './locale-context';
import { ProjectTile } from './project-tile';

interface Props {
  project: Project | null; // null when every project is a favourite or dismissed
  day: string; // 'YYYY-MM-DD', shown so the pick's date is explicit
  categories: readonly Category[];
  isFavourite: boolean;
  onFavourite: (id: string, on: boolean) => void;
}

/** Today's pick, with its full description (the other language one click away). */
export function ProjectOfTheDay({ project, day, categories, isFavourite, onFavourite }: Props) {
  const { t, locale } = useLocale();
  if (!project) return <p class="empty">{t('newtabProjectOfTheDayNone')}</p>;
  const dateLabel = new Intl.DateTimeFormat(locale === 'zh_CN' ? 'zh-CN' : 'en', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
  return (
    <ProjectTile
      project={project}
      categories={categories}
      isFavourite={isFavourite}
      onFavourite={onFavourite}
      class="potd"
      full
    >
      <p class="potd__date">
        <time dateTime={day}>{dateLabel}</time>
      </p>
    </ProjectTile>
  );
}

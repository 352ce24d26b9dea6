import type { Project } from '@/catalog/types';
import type { RecentVisit } from '@/services/protocol';
import { useLocale } from './locale-context';
import { ProjectNameLink } from './project-name-link';
import { useSettings } from './use-settings';

interface Props {
  visits: readonly RecentVisit[];
  projects: ReadonlyMap<string, Project>;
  now: number;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hours ago" in the UI language; "now" under a minute. */
export function timeAgo(at: number, now: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const elapsed = Math.max(0, now - at);
  for (const [unit, ms] of UNITS) if (elapsed >= ms) return format.format(-Math.floor(elapsed / ms), unit);
  return format.format(0, 'second');
}

/** Listed projects whose GitHub or documentation pages the user visited, newest first. */
export function RecentlySeen({ visits, projects, now }: Props) {
  const { t, locale } = useLocale();
  const { openTarget } = useSettings();
  const seen = visits.flatMap((visit) => {
    const project = projects.get(visit.id);
    return project ? [{ visit, project }] : []; // a project since removed from the catalog has nothing to open
  });
  if (seen.length === 0) return <p class="empty">{t('newtabRecentlySeenEmpty')}</p>;
  const tag = locale === 'zh_CN' ? 'zh-CN' : 'en';
  return (
    <ul class="recent">
      {seen.map(({ visit, project }) => (
        <li key={project.id} class="recent__item">
          <ProjectNameLink project={project} openTarget={openTarget} class="recent__name" />
          <time class="recent__when" dateTime={new Date(visit.at).toISOString()}>
            {timeAgo(visit.at, now, tag)}
          </time>
        </li>
      ))}
    </ul>
  );
}

import { ProjectNameLink } from './project-name-link';
import './project-details.css';
import type { OpenTarget } from '@/catalog/settings';
import type { Project } from '@/catalog/types';
import { ExternalLink } from './external-link';
import type { MessageKey } from './i18n';
import { useLocale } from './locale-context';
import { useSummary } from './project-badges';
import { projectDescription } from './project-description';
import { type ProjectLinkKind, projectLinks } from './project-links';

export interface ProjectDetailsProps {
  project: Project;
  /** Projects doing the same job, best first (catalog/alternatives.ts). */
  alternatives: readonly Project[];
  openTarget: OpenTarget;
}

const linkKeys: Record<ProjectLinkKind, MessageKey> = {
  homepage: 'popupLinkHomepage',
  repository: 'popupLinkRepository',
  documentation: 'popupLinkDocumentation',
};

/** What an expanded result shows: the longer description when it adds to the summary, alternatives and links. */
export function ProjectDetails({ project, alternatives, openTarget }: ProjectDetailsProps) {
  const { t, lang } = useLocale();
  const summary = useSummary(project);
  const { primary } = projectDescription(project, lang, 'description');
  const links = projectLinks(project);
  return (
    <div class="details">
      {primary.text !== summary && (
        <p class="details__description" lang={primary.lang === 'zh' ? 'zh-CN' : 'en'}>
          {primary.text}
        </p>
      )}
      <div class="details__row">
        <span class="details__label">{t('popupAlternatives')}</span>
        {alternatives.length > 0 ? (
          <ul class="details__list">
            {alternatives.map((alternative) => (
              <li key={alternative.id}>
                <ProjectNameLink project={alternative} openTarget={openTarget} class="details__alternative" />
              </li>
            ))}
          </ul>
        ) : (
          <span class="details__none">{t('popupNoAlternatives')}</span>
        )}
      </div>
      {links.length > 0 && (
        <ul class="details__list details__links">
          {links.map((link) => (
            <li key={link.kind}>
              <ExternalLink href={link.href} class="details__link" title={link.href}>
                {t(linkKeys[link.kind])}
                <span aria-hidden="true"> ↗</span>
              </ExternalLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

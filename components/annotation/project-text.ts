// What the annotation says about a project: pure functions over catalog records, so the
// card, the floating badge and the compare table agree and unit tests need no DOM.

import { safeHref } from '@/catalog/http-url';
import type { OpenTarget } from '@/catalog/settings';
import type { Category, Lang, Project } from '@/catalog/types';

const REPO_PATTERN = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

/** The project's GitHub repository URL, only for a well-formed "owner/name". */
export function repositoryUrl(project: Project): string | undefined {
  return project.repo && REPO_PATTERN.test(project.repo) ? `https://github.com/${project.repo}` : undefined;
}

export function homepageUrl(project: Project): string | undefined {
  return safeHref(project.homepage) ?? safeHref(project.url);
}

/** Where a project's link goes, following the user's "open" setting; http(s) only, or undefined. */
export function projectHref(project: Project, openTarget: OpenTarget): string | undefined {
  const repo = repositoryUrl(project);
  const home = homepageUrl(project);
  return openTarget === 'repository' ? (repo ?? home) : (home ?? repo);
}

export function summaryOf(project: Project, lang: Lang): string {
  return (lang === 'zh' ? project.summary.zh : undefined) ?? project.summary.en;
}

export function categoryName(category: Category, lang: Lang): string {
  return lang === 'zh' ? category.nameZh : category.name;
}

/** Names of the project's categories that the card knows, primary first. */
export function categoryNames(project: Project, categories: readonly Category[], lang: Lang): string[] {
  const names: string[] = [];
  for (const id of project.categories) {
    const category = categories.find((c) => c.id === id);
    if (category) names.push(categoryName(category, lang));
  }
  return names;
}

/** A link's visible text: the host and path without the scheme, e.g. "etcd.io" or "github.com/etcd-io/etcd". */
export function linkText(href: string): string {
  const url = new URL(href);
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  return `${url.host.replace(/^www\./, '')}${path}`;
}

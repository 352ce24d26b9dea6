import { browser } from 'wxt/browser';
import { safeHref } from '@/catalog/http-url';
import type { OpenTarget } from '@/catalog/settings';
import type { Project } from '@/catalog/types';
import { projectUrl } from './project-url';

/**
 * Opens a project in a new tab: its homepage or repository per the setting, http(s) only.
 * tabs.create needs no permission. `background` (Ctrl/Cmd+Enter, Ctrl-click, middle click)
 * keeps the popup open and the user where they are. Resolves to the URL opened, or undefined.
 */
export async function openProject(
  project: Project,
  target: OpenTarget,
  { background }: { background: boolean },
): Promise<string | undefined> {
  const url = safeHref(projectUrl(project, target));
  if (!url) return undefined;
  await browser.tabs.create({ url, active: !background });
  return url;
}

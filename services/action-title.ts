// The toolbar button's title on a listed project's page ("etcd · Service Discovery",
// "etcd · 服务发现"), in the language the user chose for Archscout: the language setting, or
// the browser's UI language when it is 'auto', as on every other surface (issue #10).
import { browser } from 'wxt/browser';
import type { Catalog, Lang, Project } from '@/catalog/types';
import { catalogLang, resolveLocale } from '@/components/i18n';
import { LOCAL_KEYS } from './protocol';
import { readSettings } from './settings';
import { readCurrentTabMatch, readTabMatches } from './tab-match';

/** The project's name and its primary category's name in `lang`. */
export function actionTitle(catalog: Catalog, project: Project, lang: Lang): string {
  const category = catalog.categories.find((c) => c.id === project.categories[0]);
  if (!category) return project.name;
  return `${project.name} · ${lang === 'zh' ? category.nameZh : category.name}`;
}

/** The catalog language for titles, from the stored setting. */
export async function titleLang(): Promise<Lang> {
  const { language } = await readSettings();
  return catalogLang(resolveLocale(language, browser.i18n.getUILanguage()));
}

/** Re-titles every tab that still shows a listed project (after the language changed). */
export async function retitleMatchedTabs(catalog: Catalog): Promise<void> {
  const lang = await titleLang();
  const matches = await readTabMatches();
  await Promise.all(
    [...matches].map(async ([tabId, projectId]) => {
      const project = catalog.projects.find((p) => p.id === projectId);
      // Only tabs still on that page (badge still set): a title set on another page would stick.
      if (!project || (await readCurrentTabMatch(tabId)) !== project.id) return;
      await browser.action.setTitle({ tabId, title: actionTitle(catalog, project, lang) }).catch(() => undefined);
    }),
  );
}

/** Titles follow a language change made in the options (or by an import) without a page reload. */
export function registerActionTitleUpdates(catalog: Catalog): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !Object.hasOwn(changes, LOCAL_KEYS.settings)) return;
    const before = (changes[LOCAL_KEYS.settings]?.oldValue as { language?: unknown } | undefined)?.language;
    const after = (changes[LOCAL_KEYS.settings]?.newValue as { language?: unknown } | undefined)?.language;
    if (before !== after) void retitleMatchedTabs(catalog);
  });
}

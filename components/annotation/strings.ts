// The annotation's UI strings. The source is public/_locales (as for every surface), but the
// content script that runs on every GitHub page must stay small (issue #8: 12 KB gzip), so
// instead of bundling whole message tables (components/i18n.ts) it takes only its own keys:
// static member reads of the JSON modules let the bundler drop every other key.
import type { LanguageSetting } from '@/catalog/settings';
import type { Lang } from '@/catalog/types';
import * as en from '@/public/_locales/en/messages.json';
import * as zh from '@/public/_locales/zh_CN/messages.json';

export interface AnnotationStrings {
  lang: Lang; // which catalog fields to show: summary.en / summary.zh, name / nameZh
  brand: string;
  alternatives: string;
  noAlternatives: string;
  compareShow: string;
  compareHide: string;
  compareCaption: string; // $1 = project
  project: string;
  category: string;
  language: string;
  status: string;
  homepage: string;
  repository: string;
  none: string;
  unknown: string;
  dismiss: string; // $1 = project
  dismissed: string; // $1 = project
  undo: string;
  expand: string; // $1 = project
  region: string; // $1 = project
  favouriteAdd: string; // $1 = project
  favouriteRemove: string; // $1 = project
  statusActive: string;
  statusMaintenance: string;
  statusArchived: string;
  statusDeadLink: string;
}

const english: AnnotationStrings = {
  lang: 'en',
  brand: en.extName.message,
  alternatives: en.annotationAlternatives.message,
  noAlternatives: en.annotationNoAlternatives.message,
  compareShow: en.annotationCompareShow.message,
  compareHide: en.annotationCompareHide.message,
  compareCaption: en.annotationCompareCaption.message,
  project: en.annotationProject.message,
  category: en.annotationCategory.message,
  language: en.annotationLanguage.message,
  status: en.annotationStatus.message,
  homepage: en.annotationHomepage.message,
  repository: en.annotationRepository.message,
  none: en.annotationNone.message,
  unknown: en.annotationUnknown.message,
  dismiss: en.annotationDismiss.message,
  dismissed: en.annotationDismissed.message,
  undo: en.annotationUndo.message,
  expand: en.annotationExpand.message,
  region: en.annotationRegion.message,
  favouriteAdd: en.favouriteAdd.message,
  favouriteRemove: en.favouriteRemove.message,
  statusActive: en.statusActive.message,
  statusMaintenance: en.statusMaintenance.message,
  statusArchived: en.statusArchived.message,
  statusDeadLink: en.statusDeadLink.message,
};

const chinese: AnnotationStrings = {
  lang: 'zh',
  brand: zh.extName.message,
  alternatives: zh.annotationAlternatives.message,
  noAlternatives: zh.annotationNoAlternatives.message,
  compareShow: zh.annotationCompareShow.message,
  compareHide: zh.annotationCompareHide.message,
  compareCaption: zh.annotationCompareCaption.message,
  project: zh.annotationProject.message,
  category: zh.annotationCategory.message,
  language: zh.annotationLanguage.message,
  status: zh.annotationStatus.message,
  homepage: zh.annotationHomepage.message,
  repository: zh.annotationRepository.message,
  none: zh.annotationNone.message,
  unknown: zh.annotationUnknown.message,
  dismiss: zh.annotationDismiss.message,
  dismissed: zh.annotationDismissed.message,
  undo: zh.annotationUndo.message,
  expand: zh.annotationExpand.message,
  region: zh.annotationRegion.message,
  favouriteAdd: zh.favouriteAdd.message,
  favouriteRemove: zh.favouriteRemove.message,
  statusActive: zh.statusActive.message,
  statusMaintenance: zh.statusMaintenance.message,
  statusArchived: zh.statusArchived.message,
  statusDeadLink: zh.statusDeadLink.message,
};

/** The annotation's strings for the language setting; 'auto' follows the browser's UI language (as resolveLocale does). */
export function annotationStrings(setting: LanguageSetting, uiLanguage: string): AnnotationStrings {
  if (setting === 'zh_CN') return chinese;
  if (setting === 'en') return english;
  return uiLanguage.toLowerCase().startsWith('zh') ? chinese : english;
}

/** Fills $1 like browser.i18n does (one substitution at most); split/join so "$&" in a name stays literal. */
export function fill(message: string, value: string): string {
  return message.split('$1').join(value);
}

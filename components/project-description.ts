// Which description a project shows in each UI language (issue #10): the seed's Chinese
// descriptions as they are, with the English summary one click away, and the other way round
// in the English UI. Pure, so the choice is unit-tested without a DOM.
import type { Lang, Project } from '@/catalog/types';

export interface LangText {
  text: string;
  lang: Lang;
}

export interface DescriptionTexts {
  primary: LangText;
  /** The same project in the other language, behind a toggle; absent when there is none. */
  other?: LangText;
}

/** 'description' shows the seed text when it is in the UI language; 'summary' the one-liner (compact lists). */
export type DescriptionPreference = 'description' | 'summary';

function inLang(project: Project, lang: Lang, prefer: DescriptionPreference): LangText | undefined {
  const description = project.description.trim();
  const seed = description && project.descriptionLang === lang ? description : undefined;
  const summary = lang === 'zh' ? project.summary.zh?.trim() : project.summary.en.trim();
  const text = prefer === 'description' ? (seed ?? summary) : (summary ?? seed);
  return text ? { text, lang } : undefined;
}

export function projectDescription(
  project: Project,
  uiLang: Lang,
  prefer: DescriptionPreference = 'description',
): DescriptionTexts {
  const otherLang: Lang = uiLang === 'zh' ? 'en' : 'zh';
  const primary = inLang(project, uiLang, prefer) ?? inLang(project, otherLang, prefer);
  const fallback: LangText = { text: project.summary.en || project.name, lang: 'en' };
  const shown = primary ?? fallback;
  // Behind the toggle: the seed text when it is in that language (as it is), else that language's summary.
  const otherCandidate = inLang(project, shown.lang === uiLang ? otherLang : uiLang, 'description');
  const other = otherCandidate && otherCandidate.text !== shown.text ? otherCandidate : undefined;
  return other ? { primary: shown, other } : { primary: shown };
}

// Why a project is recommended (issue #7): a structured value the engine returns,
// worded in the UI language only at the edge, so tests can assert on the kind and
// the referenced project while the page shows a sentence.

import type { Category, Lang, Project } from './types';

export interface ProjectRef {
  id: string;
  name: string;
}

export interface CategoryRef {
  id: string;
  name: string;
  nameZh: string;
}

export type Reason =
  | { kind: 'alternative-to-favourite'; ref: ProjectRef; category: CategoryRef }
  | { kind: 'same-category-as-visited'; ref: ProjectRef; category: CategoryRef }
  | { kind: 'unexplored-category'; category: CategoryRef }
  | { kind: 'popular-in-category'; category: CategoryRef };

export function projectRef(project: Project): ProjectRef {
  return { id: project.id, name: project.name };
}

export function categoryRef(category: Category): CategoryRef {
  return { id: category.id, name: category.name, nameZh: category.nameZh };
}

/** One line for the card: "Alternative to RabbitMQ, which you saved" / "RabbitMQ 的替代方案（你收藏过它）". */
export function reasonText(reason: Reason, lang: Lang): string {
  const category = lang === 'zh' ? reason.category.nameZh : reason.category.name;
  switch (reason.kind) {
    case 'alternative-to-favourite':
      return lang === 'zh'
        ? `${reason.ref.name} 的替代方案（你收藏过它）`
        : `Alternative to ${reason.ref.name}, which you saved`;
    case 'same-category-as-visited':
      return lang === 'zh'
        ? `与你访问过的 ${reason.ref.name} 同属「${category}」`
        : `Same category as ${reason.ref.name}, which you visited`;
    case 'unexplored-category':
      return lang === 'zh' ? `你还没有探索过「${category}」` : `You have not explored ${category} yet`;
    case 'popular-in-category':
      return lang === 'zh' ? `「${category}」中的热门项目` : `Popular in ${category}`;
  }
}

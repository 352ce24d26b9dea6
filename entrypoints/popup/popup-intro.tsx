import type { Catalog } from '@/catalog/types';
import { useLocale } from '@/components/locale-context';

// Queries that show off what the search understands: a typo, Chinese, several words.
const TRY = { en: ['rabitmq', 'circuit breaker', '服务发现'], zh: ['熔断', '配置管理', 'rabitmq'] };

/** For a new user on an unlisted page: what the popup can do, with queries to try. */
export function PopupIntro({ catalog, onTry }: { catalog: Catalog; onTry: (query: string) => void }) {
  const { t, lang } = useLocale();
  return (
    <div class="intro">
      <p class="intro__text">{t('popupIntro', catalog.projects.length, catalog.categories.length)}</p>
      <p class="intro__try">
        <span class="intro__label">{t('popupTry')}</span>
        {TRY[lang].map((query) => (
          <button key={query} type="button" class="intro__chip" onClick={() => onTry(query)}>
            {query}
          </button>
        ))}
      </p>
    </div>
  );
}

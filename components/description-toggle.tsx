import { useId, useState } from 'preact/hooks';
import type { Lang, Project } from '@/catalog/types';
import { useLocale } from './locale-context';
import { type DescriptionPreference, projectDescription } from './project-description';

interface Props {
  project: Project;
  /** 'summary' for compact lists (popup results, tiles); 'description' (default) shows the seed text. */
  prefer?: DescriptionPreference;
  class?: string;
}

const tag = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

/**
 * A project's description in the UI language, with the other language one click away (issue #10):
 * the Chinese UI shows the seed's Chinese text as it is with a "显示英文简介" toggle, the English UI
 * the English summary with a "Show Chinese description" toggle. A disclosure button
 * (aria-expanded + aria-controls), so it works from the keyboard and with screen readers.
 * Styles: `.description-toggle*` in components/theme.css (copy them into a shadow root's CSS).
 */
export function DescriptionToggle({ project, prefer = 'description', class: className }: Props) {
  const { lang, t } = useLocale();
  const [open, setOpen] = useState(false);
  const otherId = useId();
  const { primary, other } = projectDescription(project, lang, prefer);
  const label =
    other?.lang === 'en'
      ? t(open ? 'descriptionHideEnglish' : 'descriptionShowEnglish')
      : t(open ? 'descriptionHideChinese' : 'descriptionShowChinese');
  return (
    <div class={className ? `description-toggle ${className}` : 'description-toggle'}>
      <p class="description-toggle__text" lang={tag(primary.lang)}>
        {primary.text}
      </p>
      {other && (
        <>
          <button
            type="button"
            class="description-toggle__button"
            aria-expanded={open}
            aria-controls={otherId}
            onClick={(event) => {
              // Cards and list rows often open the project on click; the toggle must not.
              event.stopPropagation();
              setOpen(!open);
            }}
          >
            {label}
          </button>
          <p
            id={otherId}
            class="description-toggle__text description-toggle__other"
            lang={tag(other.lang)}
            hidden={!open}
          >
            {other.text}
          </p>
        </>
      )}
    </div>
  );
}

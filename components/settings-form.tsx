import type { LanguageSetting, OpenTarget, ThemeSetting } from '@/catalog/settings';
import { ChoiceGroup } from './choice-group';
import { useLocale } from './locale-context';
import { ToggleSetting } from './toggle-setting';
import type { SettingsEditor } from './use-settings-editor';

/** Language, theme and behaviour settings; each change is saved at once (no Save button). */
export function SettingsForm({ editor }: { editor: SettingsEditor }) {
  const { t } = useLocale();
  const { settings, update } = editor;
  return (
    <>
      <section class="card" aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">{t('optionsAppearanceHeading')}</h2>
        <ChoiceGroup<LanguageSetting>
          legend={t('optionsLanguageLegend')}
          name="language"
          value={settings.language}
          onChange={(language) => update({ language })}
          choices={[
            { value: 'auto', label: t('optionsLanguageAuto') },
            { value: 'en', label: 'English', lang: 'en' },
            { value: 'zh_CN', label: '简体中文', lang: 'zh-CN' },
          ]}
        />
        <ChoiceGroup<ThemeSetting>
          legend={t('optionsThemeLegend')}
          name="theme"
          value={settings.theme}
          onChange={(theme) => update({ theme })}
          choices={[
            { value: 'auto', label: t('optionsThemeAuto') },
            { value: 'light', label: t('optionsThemeLight') },
            { value: 'dark', label: t('optionsThemeDark') },
          ]}
        />
      </section>
      <section class="card" aria-labelledby="behaviour-heading">
        <h2 id="behaviour-heading">{t('optionsBehaviourHeading')}</h2>
        <ChoiceGroup<OpenTarget>
          legend={t('optionsOpenTargetLegend')}
          name="openTarget"
          value={settings.openTarget}
          onChange={(openTarget) => update({ openTarget })}
          choices={[
            { value: 'homepage', label: t('optionsOpenHomepage') },
            { value: 'repository', label: t('optionsOpenRepository') },
          ]}
        />
        <ToggleSetting
          label={t('optionsAnnotateGithub')}
          hint={t('optionsAnnotateGithubHint')}
          checked={settings.annotateGithub}
          onChange={(annotateGithub) => update({ annotateGithub })}
        />
        <ToggleSetting
          label={t('optionsAnnotateDocs')}
          hint={t('optionsAnnotateDocsHint')}
          checked={settings.annotateDocs}
          onChange={(annotateDocs) => update({ annotateDocs })}
        />
        <ToggleSetting
          label={t('optionsMinimalNewTab')}
          hint={t('optionsMinimalNewTabHint')}
          checked={settings.minimalNewTab}
          onChange={(minimalNewTab) => update({ minimalNewTab })}
        />
      </section>
    </>
  );
}

/** "Saved." or why not, announced politely; sits in the page header so it stays in view. */
export function SaveStatus({ editor }: { editor: SettingsEditor }) {
  const { t } = useLocale();
  const { save } = editor;
  return (
    <p class={save.kind === 'failed' ? 'save-state save-state--failed' : 'save-state'} role="status">
      {save.kind === 'saved' && t('optionsSaved')}
      {save.kind === 'failed' && t('optionsSaveFailed', save.reason)}
    </p>
  );
}

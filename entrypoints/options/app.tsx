import { useEffect } from 'preact/hooks';
import { DataTransfer } from '@/components/data-transfer';
import { HiddenItems } from '@/components/hidden-items';
import type { InstalledCatalog } from '@/components/installed-catalog';
import { useLocale } from '@/components/locale-context';
import { ResetSettings } from '@/components/reset-settings';
import { SaveStatus, SettingsForm } from '@/components/settings-form';
import { SyncStatusView, useSyncStatus } from '@/components/sync-status';
import { useSettingsEditor } from '@/components/use-settings-editor';
import { useTheme } from '@/components/use-theme';

export function App({ catalog }: { catalog: InstalledCatalog }) {
  const { t } = useLocale();
  const editor = useSettingsEditor();
  const sync = useSyncStatus();
  useTheme();
  useEffect(() => {
    document.title = t('optionsTitle');
  }, [t]);
  return (
    <main class="options">
      <header class="options__header">
        <img src="/icon/48.png" alt="" width="32" height="32" />
        <div>
          <h1>{t('optionsTitle')}</h1>
          <p class="hint">{t('optionsIntro')}</p>
        </div>
        <SaveStatus editor={editor} />
      </header>
      <SettingsForm editor={editor} />
      <HiddenItems catalog={catalog} />
      <section class="card" aria-labelledby="sync-heading">
        <h2 id="sync-heading">{t('optionsSyncHeading')}</h2>
        <SyncStatusView status={sync} />
      </section>
      <DataTransfer />
      <section class="card" aria-labelledby="reset-heading">
        <h2 id="reset-heading">{t('optionsResetHeading')}</h2>
        <ResetSettings />
      </section>
    </main>
  );
}

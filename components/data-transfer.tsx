import { ExportButtons } from './export-buttons';
import { ImportFile } from './import-file';
import { useLocale } from './locale-context';

/** The "Your data" section of the options page: export and import (issue #4). */
export function DataTransfer() {
  const { t } = useLocale();
  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('optionsDataHeading')}</h2>
      <ExportButtons />
      <ImportFile />
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { SYNC_QUOTA } from '@/catalog/sync/quota';
import { sendMessage, watchSyncStatus } from '@/services/client';
import type { SyncState, SyncStatus } from '@/services/protocol';
import { type MessageKey, sentenceGap } from './i18n';
import { useLocale } from './locale-context';
import { notSyncedLines } from './not-synced-lines';

/** The background's sync status, live (storage.local mirror), asked for once on mount. */
export function useSyncStatus(): SyncStatus | undefined {
  const [status, setStatus] = useState<SyncStatus | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    let changed = false;
    const unwatch = watchSyncStatus((next) => {
      changed = true;
      setStatus(next);
    });
    sendMessage({ type: 'sync.status' })
      .then((first) => alive && !changed && setStatus(first))
      .catch(() => {
        // No answer yet (background starting): the watcher fills it in.
      });
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return status;
}

const stateKeys: Record<SyncState, MessageKey> = {
  ok: 'optionsSyncOk',
  pending: 'optionsSyncPending',
  'quota-exceeded': 'optionsSyncQuota',
  error: 'optionsSyncError',
  unavailable: 'optionsSyncUnavailable',
};

const problems: ReadonlySet<SyncState> = new Set(['quota-exceeded', 'error']);

/**
 * The browser's words; a status from an older background has only its English message. A count
 * of favourites left out is worded above in the page's language: its English message, which
 * says the same, is not repeated (it was, under "Details", on every full sync area).
 */
function detailOf(status: SyncStatus): string {
  if (typeof status.detail === 'string') return status.detail;
  if (typeof status.notSyncedCount === 'number') return '';
  return typeof status.message === 'string' ? status.message : '';
}

/**
 * What sync is doing; a quota error or failure is shown as a warning with the background's reason (issue #4).
 * The live region (role="status") holds what a change is about: the state and how many
 * favourites stay here. Which ones, and the browser's own words, follow it, to be read rather
 * than announced whole on every pass. The region is created with the first status, as before,
 * and kept while the page is open, so later changes are announced.
 */
export function SyncStatusView({ status }: { status: SyncStatus | undefined }) {
  const { t, locale } = useLocale();
  if (!status)
    return (
      <p class="sync-status" role="status">
        {t('optionsSyncUnknown')}
      </p>
    );
  const problem = problems.has(status.state);
  const when =
    status.state === 'ok' && status.lastSyncedAt
      ? new Intl.DateTimeFormat(locale === 'zh_CN' ? 'zh-CN' : 'en', {
          dateStyle: 'medium',
          timeStyle: 'short',
        }).format(status.lastSyncedAt)
      : undefined;
  const quota = status.state === 'quota-exceeded';
  const names = quota ? notSyncedLines(status.notSynced, t, locale) : [];
  return (
    <div class={problem ? 'sync-status notice notice--warning' : 'sync-status'} data-state={status.state}>
      <div role="status">
        <p>
          {t(stateKeys[status.state])}
          {when && `${sentenceGap(locale)}${t('optionsSyncLastSynced', when)}`}
        </p>
        {quota && typeof status.notSyncedCount === 'number' && status.notSyncedCount > 0 && (
          <p>
            {t(
              'optionsSyncNotSynced',
              status.notSyncedCount,
              SYNC_QUOTA.MAX_ITEMS,
              Math.round(SYNC_QUOTA.QUOTA_BYTES / 1024),
            )}
          </p>
        )}
      </div>
      {names.map((line) => (
        <p key={line} class="sync-status__names">
          {line}
        </p>
      ))}
      {/* The browser's own words (English in Chrome); the explanation above is in the page's language. */}
      {status.state !== 'ok' && detailOf(status) && <p class="hint">{t('optionsSyncDetail', detailOf(status))}</p>}
    </div>
  );
}

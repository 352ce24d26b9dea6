// The background's table of contents: create the services, register their
// listeners (synchronously, so Chrome delivers the event that woke the
// worker), start (after the waking event). The work lives in services/ (see services/README.md).
import { bundledCatalog } from '@/catalog/bundled';
import { createBackground } from '@/services/background';
import { registerCatalogInstall } from '@/services/catalog-install';
import { registerPopupServices } from '@/services/popup-services';
import { registerMessageRouter } from '@/services/router';
import { registerSyncRetry } from '@/services/sync-retry';

export default defineBackground(() => {
  const background = createBackground({ catalog: bundledCatalog, indexedDB });
  registerMessageRouter(background.ctx);
  registerCatalogInstall(background.ctx);
  registerPopupServices(background.ctx.catalog);
  registerSyncRetry(background.sync.retry);
  background.startAfterWake();
});

// Installs the bundled catalog into IndexedDB on install, on every update and
// on browser start-up (installCatalog is a no-op when the hash is unchanged).
// Renamed favourites follow their project; orphans stay and are reported.
import { browser } from 'wxt/browser';
import { type InstallReport, installCatalog } from '@/catalog/store/install-catalog';
import type { BackgroundContext } from './context';

export function installBundledCatalog(ctx: BackgroundContext): Promise<InstallReport> {
  return ctx.queue.run(async () => {
    const report = await installCatalog(await ctx.db(), ctx.catalog, ctx.now());
    if (report.renamed.length > 0) await ctx.userDataChanged();
    // Said when a catalog comes in, not at every start of the worker (a no-op install then).
    if (report.installed && report.orphaned.length > 0) {
      console.info(`Archscout: ${report.orphaned.length} favourite(s) no longer in the catalog`, report.orphaned);
    }
    return report;
  });
}

export function registerCatalogInstall(ctx: BackgroundContext): void {
  const install = () => {
    installBundledCatalog(ctx).catch((error: unknown) => console.error('Archscout: catalog install failed', error));
  };
  browser.runtime.onInstalled.addListener(install);
  browser.runtime.onStartup.addListener(install);
}

import { test as base, expect, type Page } from '@playwright/test';
import { type LaunchedExtension, launchExtension, removeUserDataDir } from './extension';

interface Fixtures {
  ext: LaunchedExtension;
  /** Opens an extension page (e.g. 'popup.html') in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
}

/** Each test gets its own Chromium profile with the built extension loaded. */
export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take a destructured first argument.
  ext: async ({}, use) => {
    const ext = await launchExtension();
    await use(ext);
    await ext.context.close();
    removeUserDataDir(ext.userDataDir);
  },
  openExtensionPage: async ({ ext }, use) => {
    await use(async (path) => {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
      return page;
    });
  },
});

export { expect };

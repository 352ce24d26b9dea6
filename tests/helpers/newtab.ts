import type { Locator, Page } from '@playwright/test';
import type { LaunchedExtension } from './extension';

/** Opens the new tab as the browser does (chrome://newtab), optionally with the test-only ?date= override. */
export async function openNewTab(ext: LaunchedExtension, date?: string): Promise<Page> {
  const page = await ext.context.newPage();
  if (date) await page.goto(`chrome-extension://${ext.extensionId}/newtab.html?date=${date}`);
  else await page.goto('chrome://newtab');
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** Sends a protocol message from an extension page, as the surfaces do (one helper for every spec). */
export { sendFromPage as send } from './settings';

/** A region of the page by its heading (DESIGN.md contract: the regions are found by their headings). */
export function region(page: Page, heading: string): Locator {
  return page.getByRole('region', { name: heading });
}

/** The recommended cards, each a list item holding a project tile. */
export function recommendedCards(page: Page): Locator {
  return region(page, 'Recommended for you').getByRole('listitem');
}

/** The project names shown as the cards' headings. */
export async function cardNames(cards: Locator): Promise<string[]> {
  return cards.getByRole('heading', { level: 3 }).allInnerTexts();
}

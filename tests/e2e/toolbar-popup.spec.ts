import { expect } from '../helpers/test';
import { test } from '../helpers/toolbar-popup';

// Issue #5 in the window users see: the toolbar popup itself (every other popup spec opens
// popup.html in a tab, where the size, the focus and window.close() behave like a tab's).

test('the toolbar popup opens at its width with the search box focused, finds as you type and closes on Escape', async ({
  launchToolbarPopup,
}) => {
  const browser = await launchToolbarPopup();
  const popup = await browser.openPopup();
  await popup.waitForSelector('[role="listbox"]:not([aria-busy="true"])');

  // Sized by its content: 380 px wide (entrypoints/popup/style.css), within Chrome's 800 x 600.
  const size = () => popup.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  const before = await size();
  expect(before.width).toBe(380);
  expect(before.height).toBeGreaterThan(100);
  expect(before.height).toBeLessThanOrEqual(600);
  // Typing goes straight into the search box: nothing to click first.
  expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');

  await popup.keyboard.type('rabbitmq');
  await popup.waitForSelector('[role="listbox"] [role="option"][aria-label^="RabbitMQ, "]');
  const first = await popup.$eval('[role="listbox"] [role="option"]', (option) => option.getAttribute('aria-label'));
  expect(first).toMatch(/^RabbitMQ, /);
  const after = await size();
  expect(after.width).toBe(380);
  expect(after.height).toBeLessThanOrEqual(600);
  // No horizontal scrolling at that width.
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBe(380);

  // Escape clears the query; a second Escape closes the popup window.
  await popup.keyboard.press('Escape');
  await expect.poll(() => popup.$eval('[role="combobox"]', (box) => (box as HTMLInputElement).value)).toBe('');
  const closed = new Promise<void>((resolve) => popup.once('close', () => resolve()));
  await popup.keyboard.press('Escape').catch(() => undefined); // the key's release may find the window gone
  await closed;
  expect(popup.isClosed()).toBe(true);
});

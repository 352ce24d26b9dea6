import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { LanguageSetting } from '@/catalog/settings';
import { serveGithub } from '../helpers/annotation';
import type { LaunchedExtension } from '../helpers/extension';
import { ROOT } from '../helpers/paths';
import { sendFromPage, setSettings } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// Issue #10: axe-core finds no violations on the popup, the new tab, the options page and the
// GitHub annotation, in light and dark and in English and Simplified Chinese.

const schemes = ['light', 'dark'] as const;
const message = (language: string, key: string): string =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${language}/messages.json`), 'utf8'))[key].message;
const languages: Exclude<LanguageSetting, 'auto'>[] = ['en', 'zh_CN'];

interface Surface {
  name: string;
  open(ext: LaunchedExtension, page: Page): Promise<void>;
  /** Waits until the surface shows all it loads (the background's data, parts drawn after first paint). */
  ready(page: Page, language: string): Promise<void>;
  /** Limits the scan (the annotation: only our element, not GitHub's fixture page). */
  include?: string;
  /** Brings up the surface's other states (results, errors, confirmations) for a second scan. */
  exercise?(page: Page): Promise<void>;
}

const extensionPage = (path: string): Surface['open'] => {
  return async (ext, page) => {
    await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
    await expect(page.locator('#app')).not.toBeEmpty();
  };
};

const surfaces: Surface[] = [
  {
    name: 'popup',
    open: extensionPage('popup.html'),
    ready: (page) => expect(page.getByRole('listbox')).not.toHaveAttribute('aria-busy', 'true'),
    async exercise(page) {
      await page.getByRole('combobox').or(page.getByRole('searchbox')).first().fill('queue');
      await expect(page.getByRole('option').first()).toBeVisible();
      await page.keyboard.press('ArrowDown'); // an active option, with its details
    },
  },
  {
    name: 'new tab',
    // On a named day (?date=): its picks rotate daily, and a scan must not change with the calendar.
    open: extensionPage('newtab.html?date=2026-03-01'),
    async ready(page) {
      await expect(page.locator('#recommended li').first()).toBeVisible();
      await expect(page.locator('#project-of-the-day h3')).toBeVisible();
      await expect(page.locator('#browse .category').first()).toBeVisible();
    },
  },
  {
    name: 'options',
    open: extensionPage('options.html'),
    async ready(page, language) {
      await expect(page.locator('.sync-status[data-state]')).toBeVisible();
      // The hidden projects are listed (the second round on has some), or it says there are none.
      const hidden = page.locator('.hidden-item').or(page.getByText(message(language, 'optionsHiddenEmpty')));
      await expect(hidden.first()).toBeVisible();
    },
    async exercise(page) {
      // Hidden projects listed, a refused import (the error list) and the reset confirmation, all on screen.
      await sendFromPage(page, { type: 'dismiss', id: 'etcd', scope: 'annotation' });
      await sendFromPage(page, { type: 'dismiss', id: 'rabbitmq', scope: 'recommendation' });
      await expect(page.locator('.hidden-item')).toHaveCount(2);
      await page.locator('input[type="file"]').setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"archscout","version":9}'),
      });
      await expect(page.getByRole('alert').getByRole('listitem').first()).toBeVisible();
      await page.locator('.reset .button--danger').click();
      await expect(page.locator('fieldset.confirm')).toBeVisible();
    },
  },
  {
    name: 'GitHub annotation',
    include: 'archscout-annotation',
    open: async (ext, page) => {
      await serveGithub(ext);
      await page.goto('https://github.com/etcd-io/etcd');
      await expect(page.locator('archscout-annotation')).toHaveCount(1);
    },
    ready: (page) => expect(page.locator('archscout-annotation').getByRole('heading', { name: 'etcd' })).toBeVisible(),
  },
];

for (const surface of surfaces) {
  test(`${surface.name}: no axe violations in light and dark, English and 简体中文`, async ({ ext }) => {
    test.setTimeout(120_000); // four page loads and four axe runs
    const failures: string[] = [];
    for (const language of languages) {
      await setSettings(ext, { language });
      for (const colorScheme of schemes) {
        await test.step(`${language}, ${colorScheme}`, async () => {
          const page = await ext.context.newPage();
          await page.emulateMedia({ colorScheme });
          await surface.open(ext, page);
          // The language setting wins over the browser's (English here) on every surface.
          const lang = language === 'zh_CN' ? 'zh-CN' : 'en';
          if (surface.include === undefined) await expect(page.locator('html')).toHaveAttribute('lang', lang);
          else await expect(page.locator(`${surface.include} [lang]`).first()).toHaveAttribute('lang', lang);
          // Scan what the user ends up seeing: the data from the background, the parts drawn
          // after the first paint, the fonts (a scan of a half-drawn page proves little).
          await surface.ready(page, language);
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const scan = async (state: string) => {
            const builder = new AxeBuilder({ page });
            if (surface.include) builder.include(surface.include);
            const { violations } = await builder.analyze();
            for (const v of violations) {
              const targets = v.nodes.map((n) => n.target.join(' ')).join(', ');
              failures.push(`[${language}, ${colorScheme}, ${state}] ${v.id} (${v.impact}): ${v.help} -> ${targets}`);
            }
          };
          await scan('at rest');
          if (surface.exercise) {
            await surface.exercise(page);
            await scan('exercised');
          }
          await page.close();
        });
      }
    }
    expect(failures, 'axe violations').toEqual([]);
  });
}

/** Elements and their ::before/::after (shadow roots included) that still animate or transition. */
function movingElements(): string[] {
  const moving: string[] = [];
  const nonZero = (value: string) => value.split(',').some((d) => Number.parseFloat(d) > 0);
  const moves = (style: CSSStyleDeclaration) =>
    (style.animationName !== 'none' && nonZero(style.animationDuration)) || nonZero(style.transitionDuration);
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        if (moves(getComputedStyle(el, pseudo)))
          moving.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}`);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return moving;
}

/** Opens a surface with its moving parts on screen (the popup's result rows have an animated chevron). */
async function openWithMotion(surface: Surface, ext: LaunchedExtension, page: Page): Promise<void> {
  await surface.open(ext, page);
  if (surface.name === 'popup') {
    await page.getByRole('combobox').or(page.getByRole('searchbox')).first().fill('queue');
    await expect(page.getByRole('option').first()).toBeVisible();
  }
}

test('prefers-reduced-motion: nothing animates or transitions on any surface', async ({ ext }) => {
  test.setTimeout(60_000);
  // Control: without the preference the check does see motion, so an empty list below means something.
  const control = await ext.context.newPage();
  await control.emulateMedia({ reducedMotion: 'no-preference' });
  await openWithMotion(surfaces[0] as Surface, ext, control);
  expect(await control.evaluate(movingElements), 'the popup has transitions without the preference').not.toEqual([]);
  await control.close();

  for (const surface of surfaces) {
    const page = await ext.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openWithMotion(surface, ext, page);
    expect(await page.evaluate(movingElements), `${surface.name}: elements that still move`).toEqual([]);
    await page.close();
  }
});

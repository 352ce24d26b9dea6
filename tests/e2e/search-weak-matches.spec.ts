import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { LanguageSetting } from '@/catalog/settings';
import { projectUrl } from '@/components/project-url';
import type { LaunchedExtension } from '../helpers/extension';
import { openNewTab } from '../helpers/newtab';
import { ROOT } from '../helpers/paths';
import { catalogProject, openPopup, recordOpenedTabs } from '../helpers/popup';
import { setSettings } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// The catalog lacks the projects people most often look for (Kafka, Redis, gRPC). Asked for one,
// the popup and the new tab's search say when the results only mention it in their descriptions
// and do not present the first as the answer; a query a typo away from a description word's
// start ("redis" -> "reduces") finds nothing (catalog/search-match.ts, catalog/search-mentions.ts).

const languages: Exclude<LanguageSetting, 'auto'>[] = ['en', 'zh_CN'];

const text = (language: string, key: string, value: string) => {
  const table = JSON.parse(readFileSync(join(ROOT, `public/_locales/${language}/messages.json`), 'utf8'));
  return (table[key].message as string).replace('$1', value);
};

// Where Ctrl+Enter on Apache Avro goes (the open-target setting's default).
const avroUrl = new URL(projectUrl(catalogProject('avro'), 'homepage')).href;

const surfaces: { name: string; open(ext: LaunchedExtension): Promise<Page> }[] = [
  { name: 'popup', open: (ext) => openPopup(ext) },
  { name: 'new tab', open: (ext) => openNewTab(ext, '2026-03-01') },
];

for (const language of languages)
  for (const surface of surfaces)
    test(`${surface.name} (${language}): results that only mention the query say so and are not presented as the answer`, async ({
      ext,
    }) => {
      if (language !== 'en') await setSettings(ext, { language });
      const page = await surface.open(ext);
      const box = page.getByRole('combobox');
      const listbox = page.getByRole('listbox');
      const options = listbox.getByRole('option');
      const details = page.locator('.results__details');
      const status = page.locator('.project-search [role="status"]');
      // What the page shows, not the status region's copy of it for screen readers.
      const shown = (line: string) => page.locator('.project-search__body').getByText(line, { exact: true });
      const shot = (query: string) =>
        surface.name === 'popup' && page.screenshot({ path: test.info().outputPath(`popup-${language}-${query}.png`) });

      // Apache Avro's summary says it is used with Kafka: listed, as a mention.
      await box.click();
      await box.fill('kafka');
      const mentionsKafka = text(language, 'popupOnlyMentions', 'kafka');
      await expect(shown(mentionsKafka)).toBeVisible();
      await expect(options).toHaveCount(1);
      await expect(options.first()).toHaveAttribute('aria-label', /^Apache Avro, /);
      await expect(listbox.getByText(mentionsKafka), 'the line is no option of the listbox').toHaveCount(0);
      await expect(box).toHaveAccessibleDescription(mentionsKafka);
      // One announcement, joined as the language joins sentences (no space after Chinese "：").
      const gap = language === 'en' ? ' ' : '';
      await expect(status).toHaveText(`${mentionsKafka}${gap}${text(language, 'popupResultCountOne', '')}`);
      await expect(options.first()).toHaveAttribute('aria-selected', 'false');
      await expect(box).not.toHaveAttribute('aria-activedescendant');
      await expect(details, 'nothing is expanded as if it were the answer').toHaveCount(0);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      await shot('kafka');
      // The popup's key legend does not offer Enter while it would open nothing.
      const legend = page.getByRole('list', { name: text(language, 'popupKeyboardHelp', '') });
      const enterHint = legend.getByRole('listitem').filter({ has: page.locator('kbd', { hasText: /^Enter$/ }) });
      if (surface.name === 'popup') {
        await expect(legend.getByRole('listitem').first()).toBeVisible(); // ↑↓ move
        await expect(enterHint).toBeHidden();
      }
      const opened = await recordOpenedTabs(page);
      await box.press('Enter');
      // The arrows still choose it, with its details.
      await box.press('ArrowDown');
      await expect(options.first()).toHaveAttribute('aria-selected', 'true');
      await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id')) ?? '');
      await expect(details).toHaveCount(1);
      if (surface.name === 'popup') await expect(enterHint).toBeVisible();
      // Chosen, it opens (in the background): the Enter before, on nothing chosen, opened nothing.
      await box.press('Control+Enter');
      await expect.poll(opened).toContain(avroUrl);
      expect(await opened(), 'only the chosen result opened a tab').toEqual([avroUrl]);

      // A word being typed still finds descriptions by its start.
      await box.fill('reduc');
      await expect(options.first()).toHaveAttribute('aria-label', /^Squid, /);
      await expect(shown(text(language, 'popupOnlyMentions', 'reduc'))).toBeVisible();

      // "redis" is one slip from the start of "reduces": not a mention, nothing to list.
      await box.fill('redis');
      await expect(shown(text(language, 'popupNoResults', 'redis'))).toBeVisible();
      await expect(options).toHaveCount(0);
      await expect(shown(text(language, 'popupOnlyMentions', 'redis'))).toHaveCount(0);
      await expect(box).not.toHaveAttribute('aria-describedby');
      await shot('redis');

      // A name: its project is the answer, chosen and expanded, with no such line.
      await box.fill('rabbitmq');
      await expect(options.first()).toHaveAttribute('aria-label', /^RabbitMQ, /);
      await expect(options.first()).toHaveAttribute('aria-selected', 'true');
      await expect(details).toHaveCount(1);
      await expect(shown(text(language, 'popupOnlyMentions', 'rabbitmq'))).toHaveCount(0);
      await expect(box).not.toHaveAttribute('aria-describedby');
      await shot('rabbitmq');
    });

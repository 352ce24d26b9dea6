// `npm run screenshots`: renders the popup, the new tab, the options page and the GitHub
// annotation (on a fixture page) in light and dark, English and Simplified Chinese, with the
// built extension in headless Chromium, into docs/screenshots/ (issue #10). Builds first when
// there is no build. Same harness as the e2e tests (tests/helpers/extension.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { LanguageSetting } from '../catalog/settings';
import { fixture, type LaunchedExtension, launchExtension, removeUserDataDir } from '../tests/helpers/extension';
import { EXTENSION_DIR, ROOT } from '../tests/helpers/paths';
import { sendFromPage, setSettings } from '../tests/helpers/settings';

const OUT = join(ROOT, 'docs', 'screenshots');
const DAY = '2026-03-02'; // a fixed day, so the new tab's picks do not change between runs
const FAVOURITES = ['rabbitmq', 'etcd', 'zookeeper', 'nginx', 'thrift'];
const languages: Exclude<LanguageSetting, 'auto'>[] = ['en', 'zh_CN'];
const schemes = ['light', 'dark'] as const;

interface Shot {
  name: string;
  viewport: { width: number; height: number };
  /** Resolves to a clip rectangle when only part of the page should be captured. */
  render(ext: LaunchedExtension, page: Page, language: string): Promise<Clip | undefined>;
}
type Clip = { x: number; y: number; width: number; height: number };

const settle = (page: Page) => page.waitForTimeout(400);

// The annotation first: visiting etcd's page records a visit, so every new tab shows "Recently seen".
const shots: Shot[] = [
  {
    name: 'annotation',
    viewport: { width: 1280, height: 800 },
    async render(ext, page) {
      await ext.serve('https://github.com/**', (url) => fixture('github/repo-react-sidebar.html', url));
      await page.goto('https://github.com/etcd-io/etcd');
      const host = page.locator('archscout-annotation');
      await host.waitFor({ state: 'attached', timeout: 5_000 });
      await settle(page);
      // The fixture page is unstyled: frame the annotation with some of the page around it.
      const box = await host.boundingBox();
      if (!box || box.width === 0) return undefined;
      const pad = 24;
      const x = Math.max(0, box.x - pad);
      const y = Math.max(0, box.y - pad);
      return { x, y, width: Math.min(1280 - x, box.width + 2 * pad), height: box.height + 2 * pad };
    },
  },
  {
    name: 'popup',
    viewport: { width: 400, height: 560 },
    async render(ext, page, language) {
      await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      const box = page.getByRole('combobox').or(page.getByRole('searchbox')).first();
      await box.waitFor({ timeout: 5_000 });
      await box.fill(language === 'zh_CN' ? '消息队列' : 'message queue');
      await settle(page);
      return undefined;
    },
  },
  {
    name: 'newtab',
    viewport: { width: 1280, height: 900 },
    async render(ext, page) {
      await page.goto(`chrome-extension://${ext.extensionId}/newtab.html?date=${DAY}`);
      await page.locator('#app > *').first().waitFor({ timeout: 5_000 });
      await settle(page);
      return undefined;
    },
  },
  {
    name: 'options',
    viewport: { width: 900, height: 1000 },
    async render(ext, page) {
      await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
      await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 5_000 });
      await settle(page);
      return undefined;
    },
  },
];

function ensureBuild(): void {
  if (existsSync(join(EXTENSION_DIR, 'manifest.json'))) return;
  console.log(`No build in ${EXTENSION_DIR}: building first (npm run build).`);
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error('The build failed; fix it and run `npm run screenshots` again.');
    process.exit(1);
  }
}

/** Chinese text renders as empty boxes without a CJK font; say so instead of committing them. */
function warnWithoutCjkFont(): void {
  try {
    if (execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim()) return;
  } catch {
    return; // no fontconfig (macOS, Windows): the system fonts cover Chinese
  }
  console.warn(
    'Warning: no Chinese font found (fc-list :lang=zh); install one, e.g. apt-get install fonts-wqy-microhei.',
  );
}

async function main(): Promise<void> {
  ensureBuild();
  warnWithoutCjkFont();
  mkdirSync(OUT, { recursive: true });
  const ext = await launchExtension();
  try {
    const seed = await ext.context.newPage();
    await seed.goto(`chrome-extension://${ext.extensionId}/options.html`);
    for (const id of FAVOURITES) await sendFromPage(seed, { type: 'favourites.set', id, on: true });
    await seed.close();

    for (const language of languages) {
      await setSettings(ext, { language });
      for (const colorScheme of schemes) {
        for (const shot of shots) {
          const page = await ext.context.newPage();
          await page.setViewportSize(shot.viewport);
          await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
          const file = join(OUT, `${shot.name}-${language}-${colorScheme}.png`);
          try {
            const clip = await shot.render(ext, page, language);
            await page.screenshot({ path: file, clip });
            console.log(`wrote ${file}`);
          } catch (error) {
            console.error(
              `skipped ${shot.name} (${language}, ${colorScheme}): ${(error as Error).message.split('\n')[0]}`,
            );
            process.exitCode = 1;
          } finally {
            await page.close();
          }
        }
      }
    }
  } finally {
    await ext.context.close();
    removeUserDataDir(ext.userDataDir);
  }
}

await main();

// Renders scripts/icon.svg to the PNG sizes the manifest wants (run by hand when the icon changes;
// the PNGs are committed so the build needs no browser).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/helpers/find-chromium';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();

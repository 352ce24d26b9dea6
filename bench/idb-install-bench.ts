// Installing the catalog into Chromium's real IndexedDB (issue #8). The extension exposes no
// bench hook and the production build must not carry one, so the store code is bundled here
// with Vite and evaluated in one of the extension's own pages (same origin, same IndexedDB as
// the background's), where it installs into a separate database.
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { BLANK_PAGE } from './browser-bench';
import type { BrowserSession } from './browser-session';
import type { InstallResult } from './install-bench';
import { median } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function bundlePageScript(): Promise<string> {
  const output = (await build({
    configFile: false,
    root: ROOT,
    publicDir: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: `${ROOT}bench/idb-install-page.ts`, formats: ['iife'], name: 'archscoutInstallBenchBundle' },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunk = (Array.isArray(output) ? output[0] : output).output[0];
  return chunk.code;
}

export async function benchInstallChromium(
  session: BrowserSession,
  sizes: { label: string; size: number; projects: number; runs: number }[], // size 0: the bundled catalog
): Promise<InstallResult[]> {
  const code = await bundlePageScript();
  const page = await session.ext.context.newPage();
  try {
    await page.goto(session.extensionUrl(BLANK_PAGE));
    await page.evaluate(code);
    const results: InstallResult[] = [];
    for (const { label, size, projects, runs } of sizes) {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        times.push(
          await page.evaluate(
            ([n, name]) =>
              (
                globalThis as unknown as {
                  archscoutInstallBench: { install(size: number, name: string): Promise<number> };
                }
              ).archscoutInstallBench.install(n, name),
            [size, 'archscout-install-bench'] as [number, string],
          ),
        );
      }
      results.push({ label, projects, runs, medianMs: median(times), minMs: Math.min(...times) });
    }
    return results;
  } finally {
    await page.close();
  }
}

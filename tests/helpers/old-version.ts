// An older Archscout, to update from. An unpacked extension's id is derived from its folder's
// absolute path, so a folder that first holds a tiny "old version" and then the current build
// is one extension, updated: same origin, same IndexedDB, storage and localStorage, and Chromium
// loads the new manifest's higher version as an update. The old version's worker writes what an
// older release kept (its database through the schema fixtures of catalog/store/fixtures/,
// bundled here at test time with esbuild, a dev dependency pinned to the version Vite and WXT use;
// storage.local and storage.sync), and its one page lets a test write what older pages kept in
// localStorage. Nothing built is committed.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { V1Data } from '@/catalog/store/fixtures/write-v1';
import type { V2Data } from '@/catalog/store/fixtures/write-v2';
import type { LaunchedExtension } from './extension';
import { EXTENSION_DIR, ROOT } from './paths';

export type OldDatabase = { schema: 1; data: V1Data } | { schema: 2; data: V2Data };

export interface OldVersion {
  /** The manifest's version: lower than the build's, so loading the build is an update. */
  version: string;
  database: OldDatabase;
  /** What the old version kept in storage.local (settings, the favourite-id mirror, sync status...). */
  local: Record<string, unknown>;
  /** What storage.sync held (favourites from this or another browser). */
  sync?: Record<string, unknown>;
}

/** A fresh folder for the extension; its path is the extension's id, for both versions. */
export function makeExtensionDir(): string {
  return mkdtempSync(join(tmpdir(), 'archscout-extension-'));
}

const WRITERS = {
  1: { module: './catalog/store/fixtures/write-v1', writer: 'writeV1Database' },
  2: { module: './catalog/store/fixtures/write-v2', writer: 'writeV2Database' },
} as const;

/** Writes the old version into `dir`: a manifest, a worker that stores `old`'s data once, and a blank page. */
export async function writeOldVersion(dir: string, old: OldVersion): Promise<void> {
  const { module, writer } = WRITERS[old.database.schema];
  // The worker's first turn starts the writes and keeps their promise for waitForOldVersion.
  const entry = `
    import { ${writer} as write } from '${module}';
    const old = ${JSON.stringify({ database: old.database.data, local: old.local, sync: old.sync ?? {} })};
    globalThis.oldVersionWritten = (async () => {
      await write(indexedDB, 'archscout', old.database);
      await chrome.storage.local.set(old.local);
      await chrome.storage.sync.set(old.sync);
      return true;
    })();
  `;
  await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts', sourcefile: 'old-background.ts' },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile: join(dir, 'background.js'),
    logLevel: 'silent',
  });
  const manifest = {
    manifest_version: 3,
    name: 'Archscout',
    version: old.version,
    permissions: ['storage'],
    background: { service_worker: 'background.js' },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'page.html'), '<!doctype html><title>Archscout (old version)</title>');
}

/** Resolves once the old version's worker has written everything (throws if a write failed). */
export async function waitForOldVersion(ext: LaunchedExtension): Promise<void> {
  await ext.serviceWorker.evaluate(
    () => (globalThis as unknown as { oldVersionWritten: Promise<true> }).oldVersionWritten,
  );
}

/**
 * Puts the current build in the old version's folder, for the next launch with `userDataDir`.
 * Chromium keeps running the worker script registered for an extension loaded from the command
 * line, even when the relaunched folder's manifest has a new version (seen with Chromium 156: the
 * profile's registration stays at the old version). A store update installs the new version into a
 * folder of its own and registers its worker afresh, so the profile's service worker registrations
 * (`Default/Service Worker`: registrations and their script cache, no user data; IndexedDB,
 * storage and localStorage have folders of their own) are dropped, and the build's worker is
 * registered at launch as after a real update.
 */
export function updateToBuild(dir: string, userDataDir: string): void {
  for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  rmSync(join(userDataDir, 'Default', 'Service Worker'), { recursive: true, force: true });
}

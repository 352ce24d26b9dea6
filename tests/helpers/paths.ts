import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUTPUT_DIR = process.env.ARCHSCOUT_OUT_DIR ?? `${ROOT}.output`;
export const EXTENSION_DIR = `${OUTPUT_DIR}/chrome-mv3`;
export const FIXTURES_DIR = `${ROOT}tests/fixtures`;
export const FIREFOX_EXTENSION_DIR = `${OUTPUT_DIR}/firefox-mv3`;

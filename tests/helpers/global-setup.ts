import { existsSync } from 'node:fs';
import { findChromium, NO_CHROMIUM_MESSAGE } from './find-chromium';
import { EXTENSION_DIR } from './paths';

// Fail the whole e2e run with one clear line instead of a stack trace per test.
export default function globalSetup(): void {
  if (!findChromium()) {
    console.error(NO_CHROMIUM_MESSAGE);
    process.exit(1);
  }
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    console.error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
    process.exit(1);
  }
}

// `npm start`: build the extension and open a Chromium-family browser with it loaded,
// through WXT's dev runner (hot reload). Without a display there is nothing to open,
// so it says so in one line and builds the production extension instead.
import { spawnSync } from 'node:child_process';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../tests/helpers/find-chromium';

function run(args: string[], env: NodeJS.ProcessEnv = process.env): never {
  const result = spawnSync('npx', ['wxt', ...args], { stdio: 'inherit', env });
  process.exit(result.status ?? 1);
}

const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (headless) {
  console.log('No display found: building instead; load .output/chrome-mv3 as an unpacked extension (see README).');
  run(['build']);
}
const chromium = findChromium();
if (!chromium) {
  console.log(`${NO_CHROMIUM_MESSAGE} Building instead: load .output/chrome-mv3 by hand.`);
  run(['build']);
}
run([], { ...process.env, ARCHSCOUT_BROWSER: chromium });

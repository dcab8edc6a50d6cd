/**
 * Finds the Chromium the browser tests run in and, run as a script, makes sure there is one.
 *
 * Tools that download their own browser cannot reach their CDN here, so the tests use the system's Chromium
 * (Debian's `chromium` package). Set `CHROME_PATH` to use another Chrome or Chromium.
 *
 *     node scripts/ensure-chromium.mjs
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * Flags for a headless Chromium in tests: `--no-sandbox` because CI runs as root; the rest keeps it quiet and off
 * the network.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Like `which name`, without spawning a shell. */
function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * The Chrome or Chromium executable to launch: `CHROME_PATH` when set, else the first one found.
 *
 * @returns {string | undefined} an absolute path, or undefined when none is installed
 */
export function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return KNOWN_PATHS.find(isExecutable) ?? NAMES.map(which).find(Boolean);
}

function ensureChromium() {
  const found = findChromium();
  if (found) {
    if (!isExecutable(found)) {
      console.error(`CHROME_PATH is ${found}, which is not an executable file. Point it at Chrome or Chromium.`);
      process.exit(1);
    }
    return;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log('Chromium is missing: installing Debian’s chromium package for the browser tests.');
    const install = spawnSync(
      'sh',
      ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'],
      { stdio: 'inherit' },
    );
    if (install.status === 0 && findChromium()) return;
    console.error('Installing chromium failed (see the apt-get output above).');
    process.exit(1);
  }
  console.error(
    [
      'The browser tests need Chrome or Chromium, and none was found.',
      existsSync('/etc/debian_version')
        ? 'Install it with:  sudo apt-get install chromium'
        : 'Install Chromium (or Chrome) with your package manager,',
      'or point CHROME_PATH at an existing Chrome or Chromium executable:  CHROME_PATH=/path/to/chrome npm run test:browser',
    ].join('\n'),
  );
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) ensureChromium();

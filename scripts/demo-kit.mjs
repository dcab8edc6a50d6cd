/**
 * What the demo needs, shared by `npm start`, `npm run screenshots` and the demo's end-to-end test
 * (`test/e2e/demo.test.ts`): the CDN bundle built for the demo's origin, a feed server that serves `demo/` next to the
 * feed, the list of demo pages, and the puppeteer helpers that watch a page for problems and wait for it to render.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCdnBundle } from './build-cdn.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the demo pages load the snippet's script from: `/kultur/1/kultur.js`, as on the CDN. */
export const demoBundleFile = join(root, 'demo', 'kultur', '1', 'kultur.js');

/** The six municipal sites of the demo, with the ids the feed uses. */
export const sites = [
  { id: 'faxe', name: 'Faxe' },
  { id: 'guldborgsund', name: 'Guldborgsund' },
  { id: 'lolland', name: 'Lolland' },
  { id: 'naestved', name: 'Næstved' },
  { id: 'stevns', name: 'Stevns' },
  { id: 'vordingborg', name: 'Vordingborg' },
];

/**
 * Builds the CDN bundle into `demo/kultur/1/kultur.js` (+ `.map`) with the feed at `/v1/` baked in: the demo pages
 * are served by the feed server itself, so the snippet needs no `api` attribute. `dist/` is left alone.
 */
export async function buildDemoBundle() {
  await buildCdnBundle({ outDir: dirname(demoBundleFile), defaultApi: '/v1/', sourcemap: true });
}

/**
 * Starts the feed server from its sources (through tsx) on a free port, seeded, serving `demo/` and the demo outbox.
 *
 * @param {{ db: string }} options the SQLite file to use (created and seeded when new)
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>} the server's origin and a way to stop it
 */
export function startDemoServer({ db }) {
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/src/cli.ts', '--port', '0', '--db', db, '--seed', '--static', 'demo', '--demo-outbox'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise((resolveExit) => server.once('exit', resolveExit));
  return new Promise((resolveStart, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const url = output.match(/listening on (http:\/\/\S+)/)?.[1];
      if (!url) return;
      server.stdout.off('data', onData);
      server.stdout.resume();
      resolveStart({
        url,
        stop: async () => {
          if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
          await exited;
        },
      });
    };
    server.stdout.on('data', onData);
    server.once('error', reject);
    server.once('exit', (code) =>
      reject(new Error(`The feed server exited with ${code} before listening:\n${output}`)),
    );
  });
}

/** Every page of the demo: the six sites (and Lolland in English), then the demo's own pages. */
export const demoPages = [
  ...sites.map((site) => ({ path: `/${site.id}/`, name: site.id, municipality: site.id })),
  { path: '/lolland/en.html', name: 'lolland-en', municipality: 'lolland', lang: 'en' },
  { path: '/', name: 'index' },
  { path: '/gallery.html', name: 'gallery' },
  { path: '/developer.html', name: 'developer' },
];

/**
 * A stand-in for an event's image. The seeded events point at images on the region's own website, which a machine
 * without internet cannot reach; the demo's browser scripts answer those requests with this instead.
 */
export function placeholderImage(url) {
  let hash = 0;
  for (const character of url) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  const hue = hash % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 450" width="800" height="450">
<rect width="800" height="450" fill="hsl(${hue} 35% 80%)"/>
<circle cx="${560 + (hash % 120)}" cy="140" r="70" fill="hsl(${(hue + 40) % 360} 60% 88%)"/>
<path d="M0 330 L220 210 L400 320 L560 240 L800 360 V450 H0Z" fill="hsl(${hue} 30% 55%)"/>
<path d="M0 390 L260 300 L520 380 L800 310 V450 H0Z" fill="hsl(${hue} 30% 40%)"/>
</svg>`;
}

/**
 * Prepares a puppeteer page for the demo at `origin`: collects console errors and warnings, page errors, failed
 * requests and HTTP errors into the returned list, answers the seeded events' external images with a placeholder,
 * and refuses (and reports) every other request that leaves the demo's origin.
 *
 * @param {import('puppeteer-core').Page} page
 * @param {string} origin
 * @returns {Promise<string[]>} the problems seen so far, filled as the page runs
 */
export async function watchPage(page, origin) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') {
      const where = message.location()?.url;
      problems.push(`console.${message.type()}: ${message.text()}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message ?? error}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin || url.protocol === 'data:') return void request.continue();
    if (request.resourceType() === 'image') {
      return void request.respond({ status: 200, contentType: 'image/svg+xml', body: placeholderImage(url.href) });
    }
    problems.push(`request outside the demo refused: ${url.href}`);
    return void request.abort('blockedbyclient');
  });
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin === origin) {
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    }
  });
  return problems;
}

/**
 * Waits until everything on a demo page has rendered: every `<kultur-events>` shows its events (or its message),
 * a defined `<kultur-signup>` has rendered, the developer page's table has rows, and the network is quiet.
 *
 * @param {import('puppeteer-core').Page} page
 */
export async function waitForDemo(page, timeout = 15_000) {
  await page.waitForFunction(
    () => {
      const listings = [...document.querySelectorAll('kultur-events')];
      const listed = listings.every((listing) =>
        listing.shadowRoot?.querySelector('.title-control, [part~="message"]'),
      );
      const signups = customElements.get('kultur-signup') ? [...document.querySelectorAll('kultur-signup')] : [];
      const signed = signups.every((signup) => signup.shadowRoot?.childElementCount);
      const table = document.getElementById('rows');
      return listed && signed && (!table || table.childElementCount > 0);
    },
    { timeout, polling: 100 },
  );
  await page.waitForNetworkIdle({ idleTime: 300, timeout });
  await page.evaluate(() => document.fonts.ready);
}

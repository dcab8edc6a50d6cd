/**
 * What the demo needs, shared by `npm start`, `npm run screenshots` and the demo's end-to-end test
 * (`test/e2e/demo.test.ts`): the CDN bundle built for the demo's origin, a feed server that serves `demo/` next to the
 * feed, the list of demo pages, and the puppeteer helpers that watch a page for problems, wait for it to render and
 * check its pictures.
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
 * Prepares a puppeteer page for the demo at `origin`: records every request the page makes, refuses (and reports)
 * every one that leaves the demo's origin, and collects console errors and warnings, page errors, failed requests and
 * HTTP errors. The pages get exactly what users get: the seeded events' pictures come from the feed server itself.
 *
 * @param {import('puppeteer-core').Page} page
 * @param {string} origin
 * @returns {Promise<{ problems: string[], requests: string[] }>} the problems seen and the URLs requested so far,
 *   filled as the page runs
 */
export async function watchPage(page, origin) {
  const problems = [];
  const requests = [];
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
    // A data: URL is the page's own bytes, not a request to anyone.
    if (url.protocol === 'data:') return void request.continue();
    requests.push(url.href);
    if (url.origin === origin) return void request.continue();
    problems.push(`request outside the demo's origin refused: ${url.href} (${request.resourceType()})`);
    return void request.abort('blockedbyclient');
  });
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin === origin) {
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    }
  });
  return { problems, requests };
}

/** In-page: the `<img>` elements in view, in the document and in every shadow root. Source text, run by `evaluate`. */
const IMAGES_IN_VIEW = `(() => {
  const images = [];
  const walk = (root) => {
    images.push(...root.querySelectorAll('img'));
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
  };
  walk(document);
  return images.filter((image) => {
    const box = image.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0;
  });
})()`;

/**
 * Scrolls `page` from top to bottom, a viewport at a time, and checks every `<img>` that comes into view, in the
 * document and in every shadow root: it must finish loading (`complete`) with a picture (`naturalWidth > 0`). Event
 * images load lazily, so each is checked once it is in view. Scrolls back to the top at the end.
 *
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<{ checked: string[], broken: string[] }>} the pictures seen in view (their URLs, each once), and
 *   what was wrong with any of them
 */
export async function checkImages(page, timeout = 10_000) {
  const checked = new Set();
  const broken = new Set();
  const step = await page.evaluate(() => Math.max(1, innerHeight - 50));
  const inView = `${IMAGES_IN_VIEW}.map((image) => ({ src: image.currentSrc || image.src, complete: image.complete, width: image.naturalWidth }))`;
  const allComplete = `(() => { const images = ${inView}; return images.every((image) => image.complete) && images; })()`;
  for (let top = 0; ; top += step) {
    await page.evaluate((y) => window.scrollTo(0, y), top);
    // The pictures in view, read in the same evaluation that finds them all complete: rows near the viewport are laid
    // out as they come (content-visibility), so a second look a moment later may see another picture that has only
    // just come into view. When the wait times out, what is in view then, the unfinished reported below.
    const seen = await page
      .waitForFunction(allComplete, { timeout, polling: 100 })
      .then((found) => found.jsonValue())
      .catch(async (error) => {
        if (error?.name !== 'TimeoutError') throw error;
        return page.evaluate(inView);
      });
    for (const image of seen) {
      checked.add(image.src);
      if (!image.complete) broken.add(`picture still loading after ${timeout} ms: ${image.src}`);
      else if (image.width === 0) broken.add(`broken picture: ${image.src}`);
    }
    if (top + step >= (await page.evaluate(() => document.documentElement.scrollHeight))) break;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return { checked: [...checked], broken: [...broken] };
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

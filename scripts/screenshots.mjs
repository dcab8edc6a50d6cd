/**
 * `npm run screenshots`: the six demo sites at desktop width (1280 × 900) and at 320 CSS pixels (the whole page),
 * and the theme gallery, into `docs/screenshots/`. Runs the demo as `npm start` does, on a fresh seeded database
 * and a free port, in the system's Chromium.
 *
 * Fails, saying what and where, when a page scrolls sideways at 320 pixels (WCAG 1.4.10), logs a console error or
 * warning (the elements warn about tokens with too little contrast), requests anything from another origin than the
 * feed server's, or shows a picture that does not load. The pictures are the real ones users get: the seeded
 * events' drawings, served by the feed server.
 *
 * The themes name system fonts only; on Debian, `apt-get install fonts-urw-base35 fonts-crosextra-carlito` gives
 * each site a font of its own (otherwise most fall back to DejaVu).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import puppeteer from 'puppeteer-core';
import { buildDemoBundle, checkImages, root, sites, startDemoServer, waitForDemo, watchPage } from './demo-kit.mjs';
import { chromiumArgs, findChromium } from './ensure-chromium.mjs';

const outDir = join(root, 'docs', 'screenshots');
const desktop = { width: 1280, height: 900 };
const narrow = { width: 320, height: 640 };

const shots = [
  ...sites.map((site) => ({ name: site.id, path: `/${site.id}/` })),
  { name: 'gallery', path: '/gallery.html' },
];

/**
 * Event images load lazily, and a full-page screenshot does not scroll: make the viewport as tall as the page so
 * every image is in view, and wait for them all. Returns what is wrong with any of them.
 */
async function loadEveryImage(page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewport({ ...narrow, height });
  const { broken } = await checkImages(page);
  await page.waitForNetworkIdle({ idleTime: 300 });
  return broken;
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chrome or Chromium found: run `node scripts/ensure-chromium.mjs`, or set CHROME_PATH.');
  process.exit(1);
}

console.log('Building the demo bundle …');
await buildDemoBundle();
mkdirSync(outDir, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'kultur-screenshots-'));
const server = await startDemoServer({ db: join(dir, 'kultur.db') });
// Headless Chromium draws date fields in its own en-US format (mm/dd/yyyy) whatever the page's or the OS's language.
const browser = await puppeteer.launch({ executablePath, args: chromiumArgs, headless: true });
const failures = [];

try {
  for (const shot of shots) {
    for (const [suffix, viewport] of [
      ['desktop', desktop],
      ['320', narrow],
    ]) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      const { problems } = await watchPage(page, server.url);
      const url = `${server.url}${shot.path}`;
      await page.goto(url, { waitUntil: 'networkidle0' });
      try {
        await waitForDemo(page);
      } catch (error) {
        problems.push(`did not finish rendering: ${error.message}`);
      }
      if (viewport === narrow) {
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > narrow.width) {
          const wide = await page.evaluate(
            (limit) =>
              [...document.querySelectorAll('body *')]
                .filter((element) => element.getBoundingClientRect().right > limit + 0.5)
                .slice(0, 5)
                .map((element) => `<${element.localName}${element.className ? ` class="${element.className}"` : ''}>`),
            narrow.width,
          );
          problems.push(
            `scrolls sideways at 320 px: document.documentElement.scrollWidth is ${scrollWidth}` +
              (wide.length ? `; wider than the viewport: ${wide.join(', ')}` : ''),
          );
        }
      }
      problems.push(...(viewport === narrow ? await loadEveryImage(page) : (await checkImages(page)).broken));
      const file = join(outDir, `${shot.name}-${suffix}.png`);
      await page.screenshot({ path: file, fullPage: viewport === narrow });
      console.log(`${relative(root, file)}${problems.length ? '  (problems, see below)' : ''}`);
      for (const problem of problems) failures.push(`${url} at ${viewport.width} px: ${problem}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

if (failures.length) {
  console.error(
    `\nThe demo pages are not clean (${failures.length} problems):\n${failures.map((f) => `- ${f}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `\n${shots.length * 2} screenshots in ${relative(root, outDir)}/, no console errors or warnings, no request to another ` +
    'origin, no broken picture, nothing scrolls sideways at 320 px.',
);

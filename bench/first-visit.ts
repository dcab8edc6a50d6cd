/**
 * First visit (issue 21): in headless Chromium, each sample in a new browser context (no HTTP cache, no code cache),
 * a page loads a listing's code in `<head>` and, in `<body>`, starts the timer right before the element or calendar
 * is created; the data is one loopback HTTP hop away; the timer stops at the frame after every item is in the DOM.
 * At 50, 100 and 200 events: the plain-DOM floor (its data in memory), `<kultur-events>` (the built `dist/kultur.js`
 * and a real feed server on a temporary SQLite holding exactly that many upcoming events), FullCalendar's list view
 * and EventCalendar's list view (their JSON from a second local server). The renderers take turns in every round.
 * Beside the time: the same from navigation start, the longest task after the bundle had loaded, the requests made
 * and the bytes they carried (gzip -9 of each body). Then one traced sample of `<kultur-events>` at 100 events, see
 * first-visit/trace.ts.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';
import { createKulturClient, type KulturEvent } from '../src/sdk/index.js';
// @ts-expect-error: plain ES module without types.
import { chromiumArgs, findChromium } from '../scripts/ensure-chromium.mjs';
import { startCli } from '../test/server/support/cli-process.js';
import { BUNDLE_FILES, firstVisitPage, type PageSettings, type Renderer } from './first-visit/pages.js';
import { traceFirstVisit, type TraceBreakdown } from './first-visit/trace.js';
import { writeUpcomingEvents } from './first-visit/upcoming-events.js';
import { summarize, type Summary } from './lib/stats.js';

export const RENDERERS: Renderer[] = ['floor', 'kultur', 'fullcalendar', 'eventcalendar'];
const SIZES = [50, 100, 200];

export interface FirstVisitRow {
  events: number;
  renderer: Renderer;
  /** Milliseconds from right before the element is created to the frame after every item is in the DOM. */
  time: Summary;
  /** The same stop, from navigation start. */
  fromNavigation: Summary;
  /** The longest task that started after the bundle's last byte (the timer's start for the floor), per sample. */
  longestTask: Summary;
  /** Requests the page made to the stop (one sample), the page itself left out. */
  requested: string[];
  /** gzip -9 bytes of the code (scripts and styles) and of the data those requests carried. */
  codeBytes: number;
  dataBytes: number;
}

export interface FirstVisitResult {
  samples: number;
  viewport: string;
  versions: Record<string, string>;
  rows: FirstVisitRow[];
  trace: TraceBreakdown;
}

interface Sample {
  start: number;
  done: number;
  loadedAt: number;
  longestAfterLoad: number;
  requested: string[];
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

const root = join(import.meta.dirname, '..');
const modules = join(root, 'node_modules');

/** The code files the pages load, by the path they are served at. */
const codeFiles: Record<string, string> = {
  '/fullcalendar/core.js': join(modules, '@fullcalendar/core/index.global.min.js'),
  '/fullcalendar/list.js': join(modules, '@fullcalendar/list/index.global.min.js'),
  '/eventcalendar/event-calendar.min.js': join(modules, '@event-calendar/build/dist/event-calendar.min.js'),
  '/eventcalendar/event-calendar.min.css': join(modules, '@event-calendar/build/dist/event-calendar.min.css'),
};

/** A file for the site server: `/kultur/…` from dist/, the peers' from node_modules. */
function codeFile(path: string): string | undefined {
  const kultur = path.match(/^\/kultur\/([\w.-]+\.js)$/)?.[1];
  return kultur ? join(root, 'dist', kultur) : codeFiles[path];
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

/** Read in the page once `__done` is set. Source text: see page-impact.ts on why not a function. */
const report = (bundle: string[]) => `(() => {
  const bundle = ${JSON.stringify(bundle)};
  const resources = performance.getEntriesByType('resource');
  const loaded = resources.filter((entry) => bundle.includes(new URL(entry.name).pathname));
  const loadedAt = loaded.length ? Math.max(...loaded.map((entry) => entry.responseEnd)) : window.__start;
  const after = window.__longTasks.filter((task) => task.start >= loadedAt);
  return {
    start: window.__start,
    done: window.__done,
    loadedAt,
    longestAfterLoad: Math.max(0, ...after.map((task) => task.duration)),
    requested: resources.filter((entry) => entry.startTime <= window.__done).map((entry) => entry.name),
  };
})()`;

async function visit(browser: Browser, url: string, renderer: Renderer): Promise<Sample> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.emulateTimezone('Europe/Copenhagen');
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(String(error)));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.__done', { timeout: 30_000 }).catch((error: unknown) => {
      throw new Error(`${renderer}: ${String(error)} ${failures.join('; ')}`);
    });
    // Long-task entries are delivered after the task.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (await page.evaluate(report(BUNDLE_FILES[renderer]))) as Sample;
  } finally {
    await context.close();
  }
}

/** gzip -9 bytes of each body requested, fetched again from Node: code (site server) and data (feed, data server). */
async function bytesOf(requested: string[], site: string): Promise<{ codeBytes: number; dataBytes: number }> {
  let codeBytes = 0;
  let dataBytes = 0;
  for (const url of requested) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    const gzip = gzipSync(body, { level: 9 }).length;
    if (url.startsWith(site)) codeBytes += gzip;
    else dataBytes += gzip;
  }
  return { codeBytes, dataBytes };
}

/** The floor's script: its list-building code, bundled for the page. */
async function floorScript(): Promise<string> {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'first-visit/floor-page.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    write: false,
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]!.text.replaceAll('</script', '<\\/script');
}

/** The peers' events: what their list views show (id, title, start, end). */
const peerEvents = (items: KulturEvent[]) =>
  JSON.stringify(items.map(({ id, title, start, end }) => ({ id, title, start, end })));

const version = (name: string) =>
  (JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { version: string }).version;

export async function benchFirstVisit({ quick = false } = {}): Promise<FirstVisitResult> {
  const samples = quick ? 3 : 10;
  const dir = mkdtempSync(join(tmpdir(), 'kultur-first-visit-'));
  const pages = new Map<string, string>();
  let peerData = '[]';
  const compressed = new Map<string, Buffer>();
  const site = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://site').pathname;
    const page = pages.get(path);
    if (page) return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    const file = codeFile(path);
    if (!file) return void response.writeHead(404).end();
    // Compressed once, as a CDN serves code: compressing is no part of the visit.
    let body = compressed.get(file);
    if (!body) compressed.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)]!, 'content-encoding': 'gzip' }).end(body);
  });
  // Another origin, as the feed is: the peers' events, whatever range they ask for.
  const data = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(peerData);
  });
  const siteUrl = await listen(site);
  const dataUrl = await listen(data);
  const floor = { script: await floorScript(), css: '' };
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  const rows: FirstVisitRow[] = [];
  let trace: TraceBreakdown | undefined;
  try {
    for (const events of SIZES) {
      const range = await writeUpcomingEvents(join(dir, `feed-${events}.db`), events, new Date());
      const feed = startCli(['--port', '0', '--db', join(dir, `feed-${events}.db`)]);
      try {
        const feedUrl = await feed.url;
        const items: KulturEvent[] = [];
        for await (const item of createKulturClient({ baseUrl: `${feedUrl}/v1/` }).events.all({})) items.push(item);
        if (items.length !== events) throw new Error(`the feed serves ${items.length} events, not ${events}`);
        peerData = peerEvents(items);
        const settings = (): PageSettings => ({
          events,
          feedApi: `${feedUrl}/v1/`,
          peerData: `${dataUrl}/events.json`,
          firstDay: range.firstDay,
          endDay: range.endDay,
          floor: { json: JSON.stringify(items).replaceAll('<', '\\u003c'), ...floor },
        });
        if (!floor.css) floor.css = await elementCss(browser, siteUrl, settings(), pages);
        for (const renderer of RENDERERS) pages.set(`/${renderer}`, firstVisitPage(renderer, settings()));
        // One of each to warm the servers and the disk cache, then turns, each round starting with another.
        for (const renderer of RENDERERS) await visit(browser, `${siteUrl}/${renderer}`, renderer);
        const taken = new Map<Renderer, Sample[]>(RENDERERS.map((renderer) => [renderer, []]));
        for (let round = 0; round < samples; round++) {
          for (let turn = 0; turn < RENDERERS.length; turn++) {
            const renderer = RENDERERS[(round + turn) % RENDERERS.length]!;
            taken.get(renderer)!.push(await visit(browser, `${siteUrl}/${renderer}`, renderer));
          }
        }
        for (const renderer of RENDERERS) {
          const list = taken.get(renderer)!;
          const requested = list.at(-1)!.requested;
          const bytes =
            renderer === 'floor'
              ? {
                  codeBytes: gzipSync(floor.script, { level: 9 }).length,
                  dataBytes: gzipSync(JSON.stringify(items), { level: 9 }).length,
                }
              : await bytesOf(requested, siteUrl);
          rows.push({
            events,
            renderer,
            time: summarize(list.map((s) => s.done - s.start)),
            fromNavigation: summarize(list.map((s) => s.done)),
            longestTask: summarize(list.map((s) => s.longestAfterLoad)),
            requested: requested.map((url) =>
              url.replace(feedUrl, '{feed}').replace(siteUrl, '').replace(dataUrl, '{data}'),
            ),
            ...bytes,
          });
        }
        console.log(`first visit: ${events} events`);
        if (events === 100) {
          trace = await traceFirstVisit(browser, `${siteUrl}/kultur`, join(root, 'dist'), feedUrl, siteUrl);
          console.log('first visit: trace of <kultur-events> at 100 events');
        }
      } finally {
        await feed.stop();
      }
    }
  } finally {
    await browser.close();
    site.close();
    data.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    samples,
    viewport: '1280 × 900',
    versions: {
      '@fullcalendar/core': version('@fullcalendar/core'),
      '@fullcalendar/list': version('@fullcalendar/list'),
      '@event-calendar/build': version('@event-calendar/build'),
    },
    rows,
    trace: trace!,
  };
}

/** `<kultur-events>`'s styles, read from the built element, for the floor to draw the same list. */
async function elementCss(
  browser: Browser,
  siteUrl: string,
  settings: PageSettings,
  pages: Map<string, string>,
): Promise<string> {
  pages.set('/styles', firstVisitPage('kultur', settings));
  const page = await browser.newPage();
  try {
    await page.goto(`${siteUrl}/styles`);
    await page.waitForFunction('window.__done', { timeout: 30_000 });
    return await page.evaluate(() =>
      (customElements.get('kultur-events') as unknown as { elementStyles: Array<{ cssText: string }> }).elementStyles
        .map((style) => style.cssText)
        .join('\n'),
    );
  } finally {
    await page.close();
  }
}

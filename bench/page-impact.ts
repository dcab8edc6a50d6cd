/**
 * Page impact: on the demo's Lolland page and on a page holding only the snippet, in Chromium at 1280 × 900: the
 * cumulative layout shift the elements cause (PerformanceObserver 'layout-shift', shifts after input excluded, and
 * shifts of nothing but what stands before every Kultur element, which the page moved itself), the time from navigation
 * to the first event shown, and the requests made from the script's start to that moment (Resource Timing). The
 * snippet page runs twice: as pasted, and with the `kultur-events:not(:defined)` rule docs/performance.md suggests.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error: plain ES module without types.
import { buildCdnBundle } from '../scripts/build-cdn.mjs';
// @ts-expect-error: plain ES module without types.
import { buildDemoBundle, startDemoServer } from '../scripts/demo-kit.mjs';
// @ts-expect-error: plain ES module without types.
import { chromiumArgs, findChromium } from '../scripts/ensure-chromium.mjs';
import { startCli } from '../test/server/support/cli-process.js';
import { summarize, type Summary } from './lib/stats.js';

/** The rule the snippet docs suggest: the listing's box holds its place before the script has run. */
export const NOT_DEFINED_RULE = 'kultur-events:not(:defined) { display: block; min-height: 70em; }';

export interface PageRow {
  page: string;
  /**
   * Whether the CLS aim applies: the issue sets it for pages that follow the snippet docs (the `:not(:defined)`
   * rule); the snippet without the rule is measured to show what the rule is for.
   */
  clsAim: boolean;
  /** Cumulative layout shift per load: shifts of the Kultur elements, of what is in them, or of what follows one. */
  cls: Summary;
  /** The page's own shifts per load, left out of `cls`: those that moved only what stands before every element. */
  pageCls: Summary;
  /** Milliseconds from navigation start to the first event on screen. */
  firstEvent: Summary;
  /** Requests from the script's start to the first event shown (the most seen in any load). */
  requests: number;
  /** Of those, requests to the feed (`/v1/…`). */
  feedRequests: number;
  /** What they were, from one load. */
  requested: string[];
}

export interface PageImpactResult {
  samples: number;
  viewport: string;
  rows: PageRow[];
}

interface Load {
  cls: number;
  pageCls: number;
  firstEvent: number;
  requested: string[];
}

/**
 * Installed before any page script: the layout-shift total and the moment the first event title appears. Source text,
 * not a function: the TypeScript runner would wrap a function's inner functions in helpers the page does not have.
 */
const observe = `
  window.__cls = 0;
  window.__pageCls = 0;
  // A shift is the elements' when a node it moved is a Kultur element, inside one, or after one in the page (the
  // elements growing push what follows them). A node the browser no longer knows counts as theirs.
  const inKultur = (node) => {
    for (let at = node; at; at = at.parentNode || at.host) if (at.localName && at.localName.startsWith('kultur-')) return true;
    return false;
  };
  const causedByKultur = (node) =>
    !node || inKultur(node) || [...document.querySelectorAll('kultur-events, kultur-event, kultur-signup')].some(
      (element) => element.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      if (entry.sources.some((source) => causedByKultur(source.node))) window.__cls += entry.value;
      else window.__pageCls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  function look() {
    const shown = [...document.querySelectorAll('kultur-events')].some((el) =>
      el.shadowRoot && el.shadowRoot.querySelector('.title-control'));
    if (shown) window.__firstEvent = performance.now();
    else requestAnimationFrame(look);
  }
  requestAnimationFrame(look);
`;

/** Read after the load: the requests from the script's start to the first event shown. */
const report = `(() => {
  const resources = performance.getEntriesByType('resource');
  const script = resources.find((entry) => /\\/kultur\\.js(\\?|$)/.test(entry.name));
  const requested = resources
    .filter((entry) => script && entry.startTime >= script.startTime && entry.startTime <= window.__firstEvent)
    .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search);
  return { cls: window.__cls, pageCls: window.__pageCls, firstEvent: window.__firstEvent, requested };
})()`;

async function load(browser: Browser, url: string): Promise<Load> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.setCacheEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const target = new URL(request.url());
      // The pages, the bundle, the feed and the seed's pictures are all on this machine; nothing else is asked for.
      if (target.hostname === '127.0.0.1' || target.protocol === 'data:') return void request.continue();
      return void request.abort('blockedbyclient');
    });
    await page.evaluateOnNewDocument(observe);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.__firstEvent', { timeout: 15_000 });
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 15_000 });
    // Shifts come in after the frame that caused them.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return (await page.evaluate(report)) as Load;
  } finally {
    await page.close();
  }
}

function row(page: string, clsAim: boolean, loads: Load[]): PageRow {
  const most = loads.reduce((a, b) => (b.requested.length > a.requested.length ? b : a));
  return {
    page,
    clsAim,
    cls: summarize(loads.map((l) => l.cls)),
    pageCls: summarize(loads.map((l) => l.pageCls)),
    firstEvent: summarize(loads.map((l) => l.firstEvent)),
    requests: most.requested.length,
    feedRequests: most.requested.filter((path) => path.startsWith('/v1/')).length,
    requested: most.requested,
  };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

export async function benchPageImpact({ quick = false } = {}): Promise<PageImpactResult> {
  const samples = quick ? 3 : 20;
  const dir = mkdtempSync(join(tmpdir(), 'kultur-page-bench-'));
  await buildDemoBundle();
  const demo = await startDemoServer({ db: join(dir, 'demo.db') });
  const feed = startCli(['--port', '0', '--db', join(dir, 'feed.db'), '--seed']);
  const feedUrl = await feed.url;
  await buildCdnBundle({ outDir: join(dir, 'cdn'), defaultApi: `${feedUrl}/v1/` });
  const snippet = (head: string) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Kurser</title>${head}</head>
<body><h1>Kurser i Lolland</h1>
<script type="module" src="/kultur/1/kultur.js"></script>
<kultur-events municipality="lolland"></kultur-events>
<p>Teksten efter kalenderen: den må ikke hoppe, når kalenderen er hentet.</p>
</body></html>`;
  // Another origin than the feed, as on a municipal site.
  const site = createServer((request, response) => {
    const script = request.url?.match(/^\/kultur\/1\/(kultur[\w-]*\.js)/)?.[1];
    if (script) {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(dir, 'cdn', script)));
    } else {
      const head = request.url === '/with-rule' ? `<style>${NOT_DEFINED_RULE}</style>` : '';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(snippet(head));
    }
  });
  const siteUrl = await listen(site);
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  const rows: PageRow[] = [];
  try {
    for (const [name, url, clsAim] of [
      ['demo: Lolland (listing with filters, and a signup form)', `${demo.url}/lolland/`, true],
      ['snippet as pasted, without the rule the docs give', `${siteUrl}/`, false],
      ['snippet with the :not(:defined) rule', `${siteUrl}/with-rule`, true],
    ] as const) {
      await load(browser, url); // warm the servers
      const loads: Load[] = [];
      for (let i = 0; i < samples; i++) loads.push(await load(browser, url));
      rows.push(row(name, clsAim, loads));
      console.log(`page impact: ${name}`);
    }
  } finally {
    await browser.close();
    site.close();
    await feed.stop();
    await demo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return { samples, viewport: '1280 × 900', rows };
}

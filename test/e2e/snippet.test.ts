import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error: plain ES module without types.
import { buildCdnBundle } from '../../scripts/build-cdn.mjs';
// @ts-expect-error: plain ES module without types.
import { chromiumArgs, findChromium } from '../../scripts/ensure-chromium.mjs';
import { regionDay } from '../../src/components/format/event-format.js';

/** The snippet of PRODUCT.md, as a webmaster pastes it into a CMS page, and nothing else. */
const snippet = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Lolland Kommune – kurser</title></head>
<body>
<script type="module" src="/kultur/1/kultur.js"></script>
<kultur-events municipality="lolland" category="kursus"></kultur-events>
</body></html>`;

/** Two municipal widgets on one page, each with its own copy of the bundle (a query string makes a second module). */
const twoCopies = snippet.replace(
  '</body>',
  `<script type="module" src="/kultur/1/kultur.js?copy=2"></script>
<kultur-events municipality="faxe" layout="compact" limit="3"></kultur-events>
</body>`,
);

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

describe('the snippet on a CMS page of another origin', () => {
  let dir: string;
  let feed: ReturnType<typeof spawn>;
  let feedUrl: string;
  let site: Server;
  let siteUrl: string;
  let browser: Browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kultur-e2e-'));
    feed = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/src/cli.ts', '--port', '0', '--db', join(dir, 'feed.db'), '--seed'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    feedUrl = await new Promise<string>((resolve, reject) => {
      let output = '';
      feed.stdout!.on('data', (chunk: Buffer) => {
        output += chunk;
        const match = output.match(/listening on (http:\/\/\S+)/);
        if (match) resolve(match[1]!);
      });
      feed.on('exit', (code) => reject(new Error(`feed server exited with ${code}`)));
    });

    // The CDN build, with this test's feed as the default a snippet without `api` reads.
    await buildCdnBundle({ outDir: join(dir, 'cdn'), defaultApi: `${feedUrl}/v1/` });

    // A different port is a different origin: every feed request is cross-origin, as on a municipal site.
    site = createServer((request, response) => {
      const script = request.url?.match(/^\/kultur\/1\/(kultur[\w-]*\.js)/)?.[1];
      if (script) {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(dir, 'cdn', script)));
      } else {
        const page = request.url === '/two-copies' ? twoCopies : snippet;
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      }
    });
    siteUrl = await listen(site);
    browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  });

  after(async () => {
    await browser?.close();
    site?.close();
    feed?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows upcoming Lolland course days with no console error', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn')
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error}`));
    page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
    await page.goto(siteUrl, { waitUntil: 'networkidle0' });
    const shown = await page.waitForFunction(
      () => {
        const root = document.querySelector('kultur-events')?.shadowRoot;
        const titles = [...(root?.querySelectorAll('.title-control') ?? [])].map((title) => title.textContent!.trim());
        return titles.length ? titles : undefined;
      },
      { timeout: 10_000 },
    );
    const titles = (await shown.jsonValue()) as string[];
    assert.ok(titles.length > 0);

    const expected = await (
      await fetch(`${feedUrl}/v1/events?municipality=lolland&category=kursus&from=${regionDay(new Date())}`)
    ).json();
    assert.deepEqual(
      titles,
      expected.items.map((event: { title: string }) => event.title),
    );
    assert.deepEqual(problems, []);
    // The JSON-LD for search engines is in the page's own DOM.
    // Its code loads after the first rows are painted.
    await page.waitForSelector('kultur-events > script[type="application/ld+json"]');
    const jsonLd = await page.$eval(
      'kultur-events > script[type="application/ld+json"]',
      (script) => script.textContent,
    );
    assert.equal(JSON.parse(jsonLd!).length, titles.length);
  });

  it('lets two copies of the bundle share a page: a warning, never an exception', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
      if (message.type() === 'warn') warnings.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error}`));
    await page.goto(`${siteUrl}/two-copies`, { waitUntil: 'networkidle0' });
    const counts = await page.waitForFunction(
      () => {
        const lists = [...document.querySelectorAll('kultur-events')];
        const counts = lists.map((list) => list.shadowRoot?.querySelectorAll('.title-control').length ?? 0);
        return counts.every(Boolean) ? counts : undefined;
      },
      { timeout: 10_000 },
    );
    assert.equal(((await counts.jsonValue()) as number[]).length, 2);
    assert.deepEqual(errors, []);
    assert.ok(warnings.length > 0, 'the second copy says it reuses the first');
    assert.ok(
      warnings.every((warning) => /already defined by another copy of Kultur/.test(warning)),
      warnings.join('\n'),
    );
  });
});

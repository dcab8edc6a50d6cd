/**
 * The webmaster guide, tried as a webmaster would: its blank test page and its snippet (with Subresource Integrity and
 * the `<noscript>` fallback) are taken from docs/webmaster-guide.en.md as written, pointed at a local copy of the CDN
 * bundle and feed, and opened in Chromium on another origin than the feed's.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error: plain ES module without types.
import { buildCdnBundle } from '../../scripts/build-cdn.mjs';
// @ts-expect-error: plain ES module without types.
import { chromiumArgs, findChromium } from '../../scripts/ensure-chromium.mjs';
// @ts-expect-error: plain ES module without types.
import { integrityOf } from '../../scripts/sri.mjs';

const guide = readFileSync('docs/webmaster-guide.en.md', 'utf8');
const guideDa = readFileSync('docs/webmaster-guide.md', 'utf8');
const htmlBlocks = (markdown: string) => [...markdown.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]!);
/** The guide's blank test page (its first whole page) and its snippet (the first example with an integrity hash). */
const blankPage = htmlBlocks(guide).find((block) => block.startsWith('<!doctype html>')) ?? '';
const snippet = htmlBlocks(guide).find((block) => block.includes('integrity=')) ?? '';
/** The guide's stand-in for the CDN address; here the test's own site serves the bundle under the same path. */
const CDN = 'https://cdn.example';
const SIGNUP_EVENT_ID = 'mobilhistorie-kursus-naestved';

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

/** Console errors and warnings, failed requests and page errors of a page. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error}`));
  return problems;
}

describe('the webmaster guide, followed on a blank page', () => {
  let dir: string;
  let feed: ReturnType<typeof spawn>;
  let site: Server;
  let siteUrl: string;
  let browser: Browser;
  let integrity: string;

  before(async () => {
    assert.ok(blankPage.includes('<kultur-events'), 'the guide has a blank test page');
    assert.ok(snippet.includes('integrity='), 'the guide has the snippet with integrity');
    dir = mkdtempSync(join(tmpdir(), 'kultur-guide-'));
    feed = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/src/cli.ts', '--port', '0', '--db', join(dir, 'feed.db'), '--seed'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const feedUrl = await new Promise<string>((resolve, reject) => {
      let output = '';
      feed.stdout!.on('data', (chunk: Buffer) => {
        output += chunk;
        const match = output.match(/listening on (http:\/\/\S+)/);
        if (match) resolve(match[1]!);
      });
      feed.on('exit', (code) => reject(new Error(`feed server exited with ${code}`)));
    });
    await buildCdnBundle({ outDir: join(dir, 'cdn'), defaultApi: `${feedUrl}/v1/` });
    integrity = integrityOf(join(dir, 'cdn', 'kultur.js'));

    const pages: Record<string, string> = {
      // Step 3 of the guide: a signup form for one course day on the same page.
      '/blank': blankPage
        .replaceAll(CDN, '')
        .replace('</body>', `<kultur-signup event-id="${SIGNUP_EVENT_ID}"></kultur-signup>\n</body>`),
      '/snippet': `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Snippet</title></head><body>
        ${snippet.replaceAll(CDN, '').replace('sha384-…', integrity)}</body></html>`,
      '/wrong-hash': `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Wrong hash</title></head><body>
        ${snippet.replaceAll(CDN, '').replace('sha384-…', integrityOf('package.json'))}</body></html>`,
    };
    site = createServer((request, response) => {
      const script = request.url?.match(/^\/kultur\/[^/]+\/(kultur[\w-]*\.js)$/)?.[1];
      if (script) {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(dir, 'cdn', script)));
      } else if (request.url && pages[request.url]) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[request.url]);
      } else {
        // Browsers ask for /favicon.ico: nothing to see, and no 404 in the console.
        response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
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

  it('gives a themed listing and a signup form, with nothing in the console', async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.goto(`${siteUrl}/blank`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(
      () => document.querySelector('kultur-events')?.shadowRoot?.querySelector('.title-control'),
      {
        timeout: 10_000,
      },
    );
    await page.waitForFunction(() => document.querySelector('kultur-signup')?.shadowRoot?.querySelector('form'), {
      timeout: 10_000,
    });
    // The guide's one token, --kultur-color-accent: #9e2a2b, colours the titles and the signup button.
    const colours = await page.evaluate(() => ({
      title: getComputedStyle(document.querySelector('kultur-events')!.shadowRoot!.querySelector('.title-control')!)
        .color,
      button: getComputedStyle(
        document.querySelector('kultur-signup')!.shadowRoot!.querySelector('[part~="submit-button"]')!,
      ).backgroundColor,
    }));
    assert.deepEqual(colours, { title: 'rgb(158, 42, 43)', button: 'rgb(158, 42, 43)' });
    assert.deepEqual(problems, []);
  });

  it('loads the snippet with its integrity hash and keeps the <noscript> link out of sight', async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.goto(`${siteUrl}/snippet`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(
      () => document.querySelector('kultur-events')?.shadowRoot?.querySelector('.title-control'),
      {
        timeout: 10_000,
      },
    );
    const fallbackShown = await page.evaluate(() =>
      [...document.querySelectorAll('a')].some((link) => link.getClientRects().length > 0),
    );
    assert.equal(fallbackShown, false);
    assert.deepEqual(problems, []);
  });

  it('shows the <noscript> link to /v1/events.html when JavaScript is off', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${siteUrl}/snippet`, { waitUntil: 'networkidle0' });
    const link = await page.$eval('noscript a, kultur-events a', (a) => (a as HTMLAnchorElement).href);
    assert.match(link, /\/v1\/events\.html\?municipality=lolland&category=kursus$/);
  });

  it('refuses a bundle whose hash does not match, with the browser message the troubleshooting quotes', async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.goto(`${siteUrl}/wrong-hash`, { waitUntil: 'networkidle0' });
    assert.equal(await page.evaluate(() => customElements.get('kultur-events')), undefined);
    assert.ok(
      problems.some((problem) => problem.includes("Failed to find a valid digest in the 'integrity' attribute")),
      problems.join('\n'),
    );
  });

  it('shows the same examples in Danish and English', () => {
    const code = (markdown: string) => [...markdown.matchAll(/```(?:css|text|yaml|json|php)\n([\s\S]*?)```/g)].length;
    assert.equal(htmlBlocks(guideDa).length, htmlBlocks(guide).length);
    assert.equal(code(guideDa), code(guide));
    assert.equal(
      htmlBlocks(guideDa).find((block) => block.includes('integrity=')),
      snippet,
    );
  });
});

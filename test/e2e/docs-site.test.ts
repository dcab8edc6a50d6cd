/**
 * The docs site `npm run docs` builds (demo/docs/), served as `npm start` serves it, under /docs/ beside the demo:
 * the pages people start from render, link within the site, and pass axe's WCAG 2.1 A and AA rules, as the
 * municipalities' own pages must.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error: plain ES module without types.
import { buildDocsSite } from '../../scripts/docs-site.mjs';
// @ts-expect-error: plain ES module without types.
import { chromiumArgs, findChromium } from '../../scripts/ensure-chromium.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const PAGES = [
  'index.html',
  'webmaster-guide.html',
  'webmaster-guide.en.html',
  'console.html',
  'elements.html',
  'frameworks.html',
  'feed-reference.html',
];

describe('the docs site', () => {
  let server: Server;
  let url: string;
  let browser: Browser;

  before(async () => {
    // `npm test` has built it (test:docs); alone, this test builds it (custom-elements.json must exist: npm run build).
    if (!existsSync('demo/docs/index.html')) {
      const { problems } = await buildDocsSite();
      assert.deepEqual(problems, []);
    }
    server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname)).replace(/^\/+/, '');
      let file = join('demo', path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/docs/`;
    browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const name of PAGES) {
    it(`${name}: renders with its title, and axe finds no WCAG 2.1 AA violation`, async () => {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${url}${name}`, { waitUntil: 'networkidle0' });
      assert.match(await page.title(), /Kultur docs$/);
      assert.ok(await page.$('main h1'), 'the page has a heading');
      assert.deepEqual(
        failed.filter((line) => !line.endsWith('/favicon.ico')),
        [],
      );
      await page.addScriptTag({ path: axePath });
      const violations = (await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<any> } }).axe;
        const results = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
        return results.violations.map(
          (violation: { id: string; help: string; nodes: { target: unknown }[] }) =>
            `${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
        );
      })) as string[];
      assert.deepEqual(violations, []);
      await page.close();
    });
  }
});

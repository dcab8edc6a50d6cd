import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import {
  buildBundle,
  launchBrowser,
  listedTitles,
  probed,
  serveSite,
  startFeed,
  tempDir,
  type Feed,
  type Site,
} from '../fixtures/e2e-harness.js';

/** The snippet's page: the listing in `body`, or none (the test adds it). */
const page = (body: string) => `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <title>Kalender</title>
    <script src="/probe.js"></script>
    <script type="module" src="/kultur/1/kultur.js"></script>
  </head>
  <body>${body}</body>
</html>`;

/**
 * A real feed server that stops while visitors use the calendar: the one who has a listing keeps it (and the SDK's
 * cache still answers the filters they had), the one who comes first after it stopped is told the calendar cannot be
 * fetched right now, and a visitor whose browser is offline hears that their connection is the trouble.
 */
describe('the listing when the feed server is stopped, or the visitor is offline', () => {
  let dir: ReturnType<typeof tempDir>;
  let feed: Feed;
  let site: Site;
  let browser: Browser;

  before(async () => {
    dir = tempDir('kultur-feed-down-');
    feed = await startFeed(dir.path);
    const bundle = await buildBundle(dir.path, feed.api);
    site = await serveSite(bundle, (request, response) => {
      if (request.url !== '/' && request.url !== '/empty') return false;
      const body = request.url === '/' ? '<kultur-events limit="3"></kultur-events>' : '';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(body));
      return true;
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await feed?.cli.stop();
    dir?.remove();
  });

  const failed = (tab: Page) =>
    tab.waitForFunction(() => document.querySelector('kultur-events')?.matches(':state(error):not(:state(loading))'), {
      timeout: 20_000,
    });
  const alertOf = (tab: Page) =>
    tab.$eval('kultur-events', (el) =>
      el.shadowRoot!.querySelector('[role="alert"] p')!.textContent!.replace(/\s+/g, ' ').trim(),
    );
  const titles = (tab: Page) =>
    tab.$$eval('kultur-events', ([el]) =>
      [...el!.shadowRoot!.querySelectorAll('.title-control')].map((title) => title.textContent!.trim()),
    );
  const setLimit = (tab: Page, limit: number) =>
    tab.evaluate((n) => {
      (document.querySelector('kultur-events') as HTMLElement & { limit: number }).limit = n;
    }, limit);

  let returning: Page;

  it('lists while the feed runs', async () => {
    returning = await browser.newPage();
    await returning.goto(site.origin, { waitUntil: 'networkidle0' });
    assert.equal((await listedTitles(returning)).length, 3);
  });

  it('keeps the last good listing for the visitor who has one, and says why it is not updated', async () => {
    const before = await titles(returning);
    await feed.cli.stop();
    await setLimit(returning, 4);
    await failed(returning);
    assert.equal(
      await alertOf(returning),
      'Listen kunne ikke opdateres; du ser den senest hentede udgave. Kalenderen kan ikke nås lige nu. Prøv igen senere.',
    );
    assert.deepEqual(await titles(returning), before);
    // Back to the filters they had: the client's cache still holds that answer, so the listing shows it, no error.
    await setLimit(returning, 3);
    await returning.waitForFunction(() => document.querySelector('kultur-events')!.matches(':not(:state(error))'));
    assert.deepEqual(await titles(returning), before);
    assert.deepEqual(await probed(returning), { violations: [], errors: [], rejections: [] });
  });

  it('tells a first visitor that the calendar cannot be fetched right now, not that their connection failed', async () => {
    // A browser of its own: the returning visitor's browser has the feed's answers in its HTTP cache.
    const first = await browser.createBrowserContext();
    const tab = await first.newPage();
    await tab.goto(site.origin, { waitUntil: 'networkidle0' });
    await failed(tab);
    assert.equal(await alertOf(tab), 'Kalenderen kan ikke hentes lige nu. Prøv igen om lidt.');
    assert.deepEqual(await titles(tab), []);
    assert.equal(await tab.evaluate(() => navigator.onLine), true);
    assert.deepEqual(await probed(tab), { violations: [], errors: [], rejections: [] });
    await first.close();
  });

  it("lists again from the browser's cache for the returning visitor who loads the page anew", async () => {
    // The feed's Cache-Control lets the browser keep its answers: the listing a visitor saw stays while the feed is down.
    const tab = await browser.newPage();
    await tab.goto(site.origin, { waitUntil: 'networkidle0' });
    assert.equal((await listedTitles(tab)).length, 3);
    await tab.close();
  });

  it('tells a visitor whose browser is offline to check their connection', async () => {
    const fresh = await browser.createBrowserContext();
    const tab = await fresh.newPage();
    await tab.goto(`${site.origin}/empty`, { waitUntil: 'networkidle0' });
    await tab.setOfflineMode(true);
    await tab.evaluate(() => document.body.append(document.createElement('kultur-events')));
    await failed(tab);
    assert.equal(await tab.evaluate(() => navigator.onLine), false);
    assert.equal(await alertOf(tab), 'Arrangementerne kunne ikke hentes. Tjek din internetforbindelse, og prøv igen.');
    await tab.close();
  });
});

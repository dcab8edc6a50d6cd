import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  buildDemoBundle,
  checkImages,
  demoPages,
  startDemoServer,
  waitForDemo,
  watchPage,
  // @ts-expect-error: plain ES module without types.
} from '../../scripts/demo-kit.mjs';
// @ts-expect-error: plain ES module without types.
import { chromiumArgs, findChromium } from '../../scripts/ensure-chromium.mjs';
import { regionDay } from '../../src/components/format/event-format.js';

interface DemoPage {
  path: string;
  name: string;
  municipality?: string;
  lang?: string;
}

/** What one `<kultur-events>` on a page was asked for, and what it shows. */
interface Shown {
  municipality: string;
  category: string;
  limit: string;
  titles: string[];
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const pages = demoPages as DemoPage[];

/** The titles each listing on the page shows, with the attributes that chose them. */
function shownListings(page: Page): Promise<Shown[]> {
  return page.$$eval('kultur-events', (listings) =>
    listings.map((listing) => ({
      municipality: listing.getAttribute('municipality') ?? '',
      category: listing.getAttribute('category') ?? '',
      limit: listing.getAttribute('limit') ?? '20',
      titles: [...(listing.shadowRoot?.querySelectorAll('.title-control') ?? [])].map(
        (title) => title.textContent?.trim() ?? '',
      ),
    })),
  );
}

/** axe-core's WCAG 2.1 A and AA rules over the whole page; axe descends into open shadow roots. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<any> } }).axe;
    const results = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return results.violations;
  })) as AxeViolation[];
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(node.target)}` +
        (node.failureSummary ? `\n    ${node.failureSummary.replaceAll('\n', '\n    ')}` : ''),
    ),
  );
}

describe('the demo, as npm start serves it', () => {
  let dir: string;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  /** What each page load requested and which pictures it showed, for the summary at the end. */
  const seen: Array<{ load: string; requests: number; pictures: string[] }> = [];

  async function open(path: string, viewport = { width: 1280, height: 900 }) {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    const { problems, requests } = (await watchPage(page, server.url)) as { problems: string[]; requests: string[] };
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
    await waitForDemo(page);
    return { page, problems, requests };
  }

  /**
   * What a user of the page would get: every picture scrolled into view loaded, no request to another origin than the
   * feed server's (none may be needed, and the offline demo would break), and no console error or warning.
   */
  async function assertSelfContained(load: string, page: Page, problems: string[], requests: string[]): Promise<void> {
    const { checked, broken } = (await checkImages(page)) as { checked: string[]; broken: string[] };
    assert.deepEqual(broken, [], `${load}: pictures that did not load:\n${broken.join('\n')}`);
    const outside = requests.filter((url) => new URL(url).origin !== server.url);
    assert.deepEqual(outside, [], `${load}: requests that left ${server.url}:\n${outside.join('\n')}`);
    for (const picture of checked) assert.equal(new URL(picture).origin, server.url, picture);
    assert.deepEqual(problems, [], `${load}: console errors, warnings and failed requests:\n${problems.join('\n')}`);
    seen.push({ load, requests: requests.length, pictures: checked });
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kultur-demo-'));
    // The bundle the pages load from /kultur/1/kultur.js, with the feed at /v1/ baked in, as npm start builds it.
    await buildDemoBundle();
    server = await startDemoServer({ db: join(dir, 'kultur.db') });
    browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const demoPage of pages) {
    it(`${demoPage.path}: lists the feed's events, shows its pictures from the feed, requests nothing from elsewhere, logs nothing, and axe finds no WCAG 2.1 AA violation`, async () => {
      const { page, problems, requests } = await open(demoPage.path);
      try {
        assert.equal(await page.$eval('html', (html) => html.lang), demoPage.lang ?? 'da');
        // A skip link first, to the main landmark.
        const skip = await page.$eval('body a', (link) => link.getAttribute('href'));
        assert.equal(skip, '#indhold');
        assert.equal(await page.$eval('main', (main) => main.id), 'indhold');
        // Exactly the snippet: the script from /kultur/1/kultur.js, no api attribute anywhere.
        assert.equal(await page.$$eval('[api]', (found) => found.length), 0);

        const listings = await shownListings(page);
        if (demoPage.path === '/developer.html') {
          assert.ok((await page.$$eval('#rows tr', (rows) => rows.length)) > 0, 'the SDK table has rows');
        } else {
          assert.ok(listings.length > 0, 'the page has a listing');
        }
        if (demoPage.municipality) {
          assert.ok(
            listings.some((listing) => listing.municipality === demoPage.municipality),
            `a listing is filtered to ${demoPage.municipality}`,
          );
        }
        const today = regionDay(new Date());
        for (const listing of listings) {
          const query = new URLSearchParams({ from: today, limit: listing.limit });
          if (listing.municipality) query.set('municipality', listing.municipality);
          if (listing.category) query.set('category', listing.category);
          const expected = (await (await fetch(`${server.url}/v1/events?${query}`)).json()) as {
            items: Array<{ title: string; municipality: string }>;
          };
          assert.ok(expected.items.length > 0, `the feed has events for ${query}`);
          assert.deepEqual(
            listing.titles,
            expected.items.map((event) => event.title),
            `the listing for ${query}`,
          );
          if (listing.municipality) {
            assert.deepEqual([...new Set(expected.items.map((event) => event.municipality))], [listing.municipality]);
          }
        }

        assert.deepEqual(await axeViolations(page), []);
        await assertSelfContained(`${demoPage.path} at 1280 px`, page, problems, requests);
      } finally {
        await page.close();
      }
    });

    it(`${demoPage.path}: nothing scrolls sideways at 320 px, and its pictures load there too`, async () => {
      const { page, problems, requests } = await open(demoPage.path, { width: 320, height: 640 });
      try {
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scrollWidth <= 320, `document.documentElement.scrollWidth is ${scrollWidth} at 320 px`);
        await assertSelfContained(`${demoPage.path} at 320 px`, page, problems, requests);
      } finally {
        await page.close();
      }
    });
  }

  it('opens an event with signup from a listing in a dialog, axe-clean, and Escape returns focus', async () => {
    const { page, problems, requests } = await open('/faxe/');
    try {
      // An event with seats left, so the dialog has its signup part (and the form, once <kultur-signup> exists).
      const title = await page.evaluateHandle(() => {
        const items = [...document.querySelector('kultur-events')!.shadowRoot!.querySelectorAll('[part~="item"]')];
        const item = items.find((candidate) => candidate.querySelector('.seats')) ?? items[0]!;
        return item.querySelector<HTMLElement>('.title-control')!;
      });
      await title.click();
      await page.waitForFunction(
        () => {
          const dialog = document.querySelector('kultur-events')?.shadowRoot?.querySelector('dialog');
          const event = dialog?.querySelector('kultur-event');
          return dialog?.open && event?.shadowRoot?.querySelector('[part~="signup"]');
        },
        { timeout: 10_000 },
      );
      await page.waitForNetworkIdle({ idleTime: 300 });
      assert.deepEqual(await axeViolations(page), []);
      const dialogPictures = (await checkImages(page)) as { broken: string[] };
      assert.deepEqual(dialogPictures.broken, []);

      await page.keyboard.press('Escape');
      const focused = await page.waitForFunction(() => {
        const root = document.querySelector('kultur-events')!.shadowRoot!;
        return !root.querySelector('dialog') && root.activeElement?.classList.contains('title-control');
      });
      assert.ok(await focused.jsonValue(), 'focus is back on the title that opened the dialog');
      await assertSelfContained('/faxe/ with the dialog', page, problems, requests);
    } finally {
      await page.close();
    }
  });

  it('fits the search filter into 320 px with a wide font or an English button', async () => {
    for (const path of ['/naestved/', '/lolland/en.html']) {
      const { page } = await open(path, { width: 320, height: 640 });
      try {
        await page.$eval('kultur-events', (listing) => listing.setAttribute('filters', 'category search'));
        await page.waitForFunction(() =>
          document.querySelector('kultur-events')?.shadowRoot?.querySelector('input[type="search"]'),
        );
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scrollWidth <= 320, `${path}: document.documentElement.scrollWidth is ${scrollWidth} at 320 px`);
      } finally {
        await page.close();
      }
    }
  });

  it('showed the seeded pictures, all from the feed server, on the pages with a grid', (t) => {
    const pictures = new Set(seen.flatMap((load) => load.pictures));
    const requests = seen.reduce((sum, load) => sum + load.requests, 0);
    t.diagnostic(
      `${seen.length} page loads, ${requests} requests (all to ${server.url}), ${pictures.size} different pictures seen`,
    );
    for (const load of seen) t.diagnostic(`${load.load}: ${load.requests} requests, ${load.pictures.length} pictures`);
    assert.ok(pictures.size > 0, 'no page showed a picture: the check above would mean nothing');
  });
});

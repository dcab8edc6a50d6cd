import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import {
  buildBundle,
  consoleProblems,
  deepElement,
  launchBrowser,
  listedTitles,
  probed,
  serveSite,
  startFeed,
  tempDir,
  type Feed,
  type Site,
} from '../fixtures/e2e-harness.js';
import { eventInput } from '../server/support/event-fixture.js';

/** A word no seeded event has, so the listing shows this test's events alone. */
const WORD = 'strengsidetest';
const DAY = 86_400_000;

/**
 * The strictest page issue 8 names, plus what any page needs for a feed elsewhere: `connect-src` for the feed's
 * origin. `trusted-types` lists Lit's policy and ours (docs/security.md).
 */
export function strictPolicy(feedOrigin: string, trustedTypes = 'lit-html kultur-json-ld'): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${feedOrigin}`,
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
  ].join('; ');
}

/** The snippet on a page of its own, loading the probe first; `attributes` go on the listing. */
function hostPage(attributes = ''): string {
  return `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <title>Kurser – en side med streng CSP</title>
    <script src="/probe.js"></script>
    <script type="module" src="/kultur/1/kultur.js"></script>
  </head>
  <body>
    <h1>Kurser</h1>
    <kultur-events q="${WORD}"${attributes}></kultur-events>
  </body>
</html>`;
}

const poster = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9" width="160" height="90">
<rect width="16" height="9" fill="#cde"/></svg>`;

describe('the elements on a page with a strict Content-Security-Policy and Trusted Types', () => {
  let dir: ReturnType<typeof tempDir>;
  let feed: Feed;
  let site: Site;
  let browser: Browser;
  let policy = '';
  /** The day the test's event starts, `YYYY-MM-DD`: the month layout opens on its month. */
  let startDay = '';

  before(async () => {
    dir = tempDir('kultur-csp-');
    feed = await startFeed(dir.path, { seed: false });
    const bundle = await buildBundle(dir.path, feed.api);
    site = await serveSite(bundle, (request, response) => {
      if (request.url === '/poster.svg') {
        response.writeHead(200, { 'content-type': 'image/svg+xml' }).end(poster);
      } else if (
        request.url === '/' ||
        request.url === '/no-json-ld' ||
        request.url === '/month' ||
        request.url === '/subscribe'
      ) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy });
        const attributes: Record<string, string> = {
          '/': '',
          '/no-json-ld': ' no-json-ld',
          '/month': ` layout="month" from="${startDay}"`,
          '/subscribe': ' subscribe',
        };
        response.end(hostPage(attributes[request.url]));
      } else {
        return false;
      }
      return true;
    });
    const start = new Date(Date.now() + 20 * DAY);
    startDay = start.toISOString().slice(0, 10);
    await feed.publish(
      eventInput({
        title: `Mobilhistorie på biblioteket (${WORD})`,
        description: 'Vi filmer og klipper.\n\nSe mere på https://www.kulturregionstorstroem.dk/kurser.',
        start: start.toISOString(),
        end: new Date(start.getTime() + 6 * 3_600_000).toISOString(),
        image: { url: `${site.origin}/poster.svg`, alt: 'En lyseblå plakat.' },
        signup: {
          mode: 'internal',
          capacity: 30,
          waitlist: true,
          maxSeatsPerSignup: 2,
          fields: ['phone', 'organization', 'municipality', 'comment'],
        },
      }),
    );
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await feed?.cli.stop();
    dir?.remove();
  });

  async function open(csp: string, path = '/'): Promise<{ tab: Page; problems: string[] }> {
    policy = csp;
    const tab = await browser.newPage();
    const problems = consoleProblems(tab);
    await tab.goto(`${site.origin}${path}`, { waitUntil: 'networkidle0' });
    return { tab, problems };
  }

  it('lists, opens an event (dialog and lazy chunks) and signs up with no violation and no console error', async () => {
    const { tab, problems } = await open(strictPolicy(feed.origin));
    const titles = await listedTitles(tab);
    assert.deepEqual(titles, [`Mobilhistorie på biblioteket (${WORD})`]);
    // The JSON-LD went into the page through our Trusted Types policy.
    // Its code loads after the first rows are painted.
    await tab.waitForSelector('kultur-events > script[type="application/ld+json"]');
    const jsonLd = await tab.$eval(
      'kultur-events > script[type="application/ld+json"]',
      (script) => script.textContent,
    );
    assert.equal(JSON.parse(jsonLd!)[0].name, titles[0]);

    await (await deepElement(tab, 'kultur-events >>> .title-control')).click();
    // Puppeteer's deep combinator loses its way through three shadow roots; two are enough to be unambiguous.
    const form = 'kultur-events >>> kultur-signup >>> form';
    await deepElement(tab, form);
    const loaded = await tab.evaluate(() => ({
      event: Boolean(customElements.get('kultur-event')),
      signup: Boolean(customElements.get('kultur-signup')),
      image: (
        document
          .querySelector('kultur-events')!
          .shadowRoot!.querySelector('kultur-event')!
          .shadowRoot!.querySelector('img') as HTMLImageElement | null
      )?.complete,
    }));
    assert.deepEqual(loaded, { event: true, signup: true, image: true });

    const type = async (name: string, text: string) => (await deepElement(tab, `${form} [name="${name}"]`)).type(text);
    await type('name', 'Karen Streng');
    await type('email', 'karen.streng@example.dk');
    await type('phone', '+45 55 55 12 34');
    await type('comment', 'Jeg kommer med tog.');
    await (await deepElement(tab, `${form} [name="consent"]`)).click();
    await (await deepElement(tab, `${form} [part~="submit-button"]`)).click();
    await deepElement(tab, 'kultur-events >>> kultur-signup >>> [part~="answer-title"]', 10_000);
    const state = await tab.evaluate(
      () =>
        document
          .querySelector('kultur-events')!
          .shadowRoot!.querySelector('kultur-event')!
          .shadowRoot!.querySelector('kultur-signup')!
          .matches(':state(confirmed)') as boolean,
    );
    assert.equal(state, true);

    const seen = await probed(tab);
    assert.deepEqual(seen, { violations: [], errors: [], rejections: [] });
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('shows the month layout (a chunk of its own) and opens an event from it with no violation', async () => {
    const { tab, problems } = await open(strictPolicy(feed.origin), '/month');
    const title = await deepElement(tab, 'kultur-events >>> kultur-events-month >>> .title-control');
    assert.equal(
      await title.evaluate((control) => control.textContent!.trim()),
      `Mobilhistorie på biblioteket (${WORD})`,
    );
    // Its code loads after the first rows are painted.
    await tab.waitForSelector('kultur-events > script[type="application/ld+json"]');
    const jsonLd = await tab.$eval(
      'kultur-events > script[type="application/ld+json"]',
      (script) => script.textContent,
    );
    assert.equal(JSON.parse(jsonLd!)[0].name, `Mobilhistorie på biblioteket (${WORD})`);
    await title.click();
    await deepElement(tab, 'kultur-events >>> kultur-signup >>> form');
    assert.deepEqual(await probed(tab), { violations: [], errors: [], rejections: [] });
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('needs no policy of ours on a page that turns the JSON-LD off: the exact policy of issue 8, no violation', async () => {
    const { tab, problems } = await open(strictPolicy(feed.origin, 'lit-html'), '/no-json-ld');
    assert.equal((await listedTitles(tab)).length, 1);
    await (await deepElement(tab, 'kultur-events >>> .title-control')).click();
    await deepElement(tab, 'kultur-events >>> kultur-signup >>> form');
    assert.equal(await tab.$('kultur-events > script'), null);
    assert.deepEqual(await probed(tab), { violations: [], errors: [], rejections: [] });
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('offers the subscription (a lazy chunk with its own styles) and copies its address, with no violation', async () => {
    const { tab, problems } = await open(strictPolicy(feed.origin), '/subscribe');
    assert.equal((await listedTitles(tab)).length, 1);
    // The real Clipboard API, which a visitor's browser allows a page after a click.
    await browser
      .defaultBrowserContext()
      .overridePermissions(site.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await (await deepElement(tab, 'kultur-events >>> [part~="subscribe-button"]')).click();
    const panel = await deepElement(tab, 'kultur-events >>> [part~="subscribe-panel"]');
    const shown = await panel.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        display: style.display,
        border: style.borderTopStyle,
        links: [...element.querySelectorAll('a')].map((a) => a.href),
      };
    });
    const address = `${feed.api}events.ics?q=${WORD}`;
    const webcal = address.replace(/^http:/, 'webcal:');
    // The menu's own stylesheet was adopted under the policy: the panel is a grid with a border.
    assert.deepEqual(shown, {
      display: 'grid',
      border: 'solid',
      links: [webcal, `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`],
    });
    await (await deepElement(tab, 'kultur-events >>> .copy-row button')).click();
    await tab.waitForFunction(
      () =>
        document.querySelector('kultur-events')!.shadowRoot!.querySelector('.copy-status')!.textContent!.trim() ===
        'Kopieret',
    );
    assert.equal(await tab.evaluate(() => navigator.clipboard.readText()), address);
    assert.deepEqual(await probed(tab), { violations: [], errors: [], rejections: [] });
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('still lists where the page refuses our policy: no JSON-LD, no exception, one warning that names the fix', async () => {
    const { tab, problems } = await open(strictPolicy(feed.origin, 'lit-html'));
    assert.equal((await listedTitles(tab)).length, 1);
    assert.equal(await tab.$('kultur-events > script'), null);
    const seen = await probed(tab);
    // The browser reports the refused policy itself; nothing is thrown at the page.
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.rejections, []);
    assert.equal(seen.violations.length, 1, seen.violations.join('\n'));
    assert.match(seen.violations[0]!, /^trusted-types /);
    const warnings = problems.filter((problem) => problem.startsWith('console.warn'));
    assert.equal(warnings.length, 1, problems.join('\n'));
    assert.match(warnings[0]!, /does not allow the Trusted Types policy "kultur-json-ld".*no-json-ld/);
    await tab.close();
  });
});

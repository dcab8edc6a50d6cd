import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { consoleProblems, launchBrowser, startFeed, tempDir, type Feed } from '../fixtures/e2e-harness.js';

/** The browser's own line for an answer that is not 2xx: the console asks `GET /v1/session` before anyone signs in. */
const refusedRequest = (text: string) =>
  /^Failed to load resource: the server responded with a status of 4\d\d/.test(text);

/**
 * The console at `/admin/` of a real `kultur-server` (run from the sources, so its script is built on the first
 * request), in Chromium under the page's own strict policy with Trusted Types: it must start with no violation.
 */
describe('the console at /admin/ in a browser', () => {
  let dir: ReturnType<typeof tempDir>;
  let feed: Feed;
  let browser: Browser;

  before(async () => {
    dir = tempDir('kultur-console-');
    feed = await startFeed(dir.path, { seed: false });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await feed?.cli.stop();
    dir?.remove();
  });

  async function open(path: string): Promise<{ tab: Page; problems: string[] }> {
    const tab = await browser.newPage();
    const problems = consoleProblems(tab, refusedRequest);
    await tab.goto(`${feed.origin}${path}`, { waitUntil: 'networkidle0' });
    return { tab, problems };
  }

  const heading = (tab: Page) =>
    tab.waitForFunction(
      () => {
        const signIn = document.querySelector('console-app')?.shadowRoot?.querySelector('console-sign-in');
        return signIn?.shadowRoot?.querySelector('h1')?.textContent?.trim();
      },
      { timeout: 15_000, polling: 50 },
    );

  it('shows the sign-in form in Danish, under its strict policy, with no violation or error', async () => {
    const { tab, problems } = await open('/admin');
    assert.equal(new URL(tab.url()).pathname, '/admin/');
    assert.equal(await (await heading(tab)).jsonValue(), 'Log ind');
    assert.equal(await tab.evaluate(() => document.documentElement.lang), 'da');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('switches to English and remembers it', async () => {
    const { tab, problems } = await open('/admin/');
    await heading(tab);
    await tab.evaluate(() =>
      (document.querySelector('console-app')!.shadowRoot!.querySelector('header button') as HTMLButtonElement).click(),
    );
    await tab.waitForFunction(() => document.documentElement.lang === 'en');
    await tab.reload({ waitUntil: 'networkidle0' });
    assert.equal(await (await heading(tab)).jsonValue(), 'Sign in');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('takes the sign-in token out of the address at once, and says when it does not work', async () => {
    const { tab } = await open('/admin/?lang=da#sign-in=not-a-real-token');
    assert.doesNotMatch(tab.url(), /sign-in|not-a-real-token/);
    await heading(tab);
    const notice = await tab.waitForFunction(() =>
      document
        .querySelector('console-app')
        ?.shadowRoot?.querySelector('console-sign-in')
        ?.shadowRoot?.querySelector('.notice')
        ?.textContent?.trim(),
    );
    assert.match(String(await notice.jsonValue()), /virker ikke længere/);
    await tab.close();
  });
});

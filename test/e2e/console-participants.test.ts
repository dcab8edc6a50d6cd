import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { startCli, type CliProcess } from '../server/support/cli-process.js';
import { eventInput } from '../server/support/event-fixture.js';
import { consoleProblems, deepElement, FEED_TOKEN, launchBrowser, tempDir } from '../fixtures/e2e-harness.js';

/** The demo's administrator (`--seed --demo-outbox`), who signs in through the link in the demo outbox. */
const ADMIN = 'sekretariat@kulturregion.example';

/**
 * Check-in at the door on a phone-sized page and the numbers' chart, in the console of a real `kultur-server` in
 * Chromium under the page's strict policy with Trusted Types; then the printable list, opened with the session.
 */
describe('participants, check-in and numbers in the console, in a browser', () => {
  let dir: ReturnType<typeof tempDir>;
  let cli: CliProcess;
  let origin: string;
  let browser: Browser;
  let tab: Page;
  let problems: string[];
  let id: string;

  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: { authorization: `Bearer ${FEED_TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text);
  };

  before(async () => {
    dir = tempDir('kultur-participants-');
    cli = startCli(['--port', '0', '--db', join(dir.path, 'feed.db'), '--seed', '--demo-outbox'], {
      KULTUR_ADMIN_TOKEN: FEED_TOKEN,
      KULTUR_SIGNUP_RATE: '0',
    });
    origin = await cli.url;
    const start = new Date(Date.now() + 2 * 86_400_000);
    const input = eventInput({
      title: 'Kursus i fundraising',
      start: start.toISOString(),
      end: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
      signup: { mode: 'internal', capacity: 5, waitlist: true, maxSeatsPerSignup: 2, fields: ['organization'] },
    });
    ({ id } = await api('POST', '/v1/console/events', { input }));
    await api('POST', `/v1/console/events/${id}/publish`, {});
    await api('POST', `/v1/console/events/${id}/participants`, {
      name: 'Mette Hansen',
      email: 'mette@example.dk',
      seats: 2,
      organization: 'Maribo Teaterforening',
    });
    await api('POST', `/v1/console/events/${id}/participants`, { name: 'Ole Jensen', email: 'ole@example.dk' });

    browser = await launchBrowser();
    tab = await browser.newPage();
    await tab.setViewport({ width: 360, height: 740, isMobile: true, hasTouch: true });
    // The browser's own lines for answers that are not 2xx (the session asked for before signing in, a favicon) are
    // expected; a policy violation or a script error is not.
    problems = consoleProblems(tab, (text) =>
      /^Failed to load resource: the server responded with a status of 4\d\d/.test(text),
    );
    await fetch(`${origin}/v1/session/link`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN }),
    });
    const outbox = await (await fetch(`${origin}/v1/dev/outbox?to=${encodeURIComponent(ADMIN)}`)).text();
    const link = [...outbox.matchAll(/(http:\/\/[^\s"\\]+\/admin\/#sign-in=[\w-]{43})/g)].at(-1)?.[1];
    assert.ok(link, 'a sign-in link in the demo outbox');
    await tab.goto(link, { waitUntil: 'networkidle0' });
    await deepElement(tab, 'console-app >>> console-event-list');
  });

  after(async () => {
    await browser?.close();
    await cli?.stop();
    dir?.remove();
  });

  it('checks a participant in with a tap on a phone, and the count follows', async () => {
    await tab.goto(`${origin}/admin/#/events/${id}/check-in`, { waitUntil: 'networkidle0' });
    const search = await deepElement(tab, 'console-app >>> console-check-in >>> #find');
    await search.type('mette');
    const button = await deepElement(tab, 'console-app >>> console-check-in >>> .people button[aria-pressed="false"]');
    assert.match(String(await button.evaluate((b) => b.textContent)), /Mette Hansen/);
    await button.tap();
    await tab.waitForFunction(
      () =>
        document
          .querySelector('console-app')
          ?.shadowRoot?.querySelector('console-check-in')
          ?.shadowRoot?.querySelector('.count')
          ?.textContent?.trim() === '2 af 3 pladser tjekket ind',
      { timeout: 10_000, polling: 50 },
    );
    const { items } = await api('GET', `/v1/console/events/${id}/participants?q=mette`);
    assert.ok(items[0].attendedAt, 'checked in on the feed');
    const width = await tab.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `the page is ${width} px wide`);
    assert.deepEqual(problems, []);
  });

  it('draws the numbers chart with bars under the strict policy', async () => {
    await tab.goto(`${origin}/admin/#/numbers`, { waitUntil: 'networkidle0' });
    await deepElement(tab, 'console-app >>> console-numbers >>> .chart');
    const widths = await tab.evaluate(() =>
      [
        ...document
          .querySelector('console-app')!
          .shadowRoot!.querySelector('console-numbers')!
          .shadowRoot!.querySelectorAll<HTMLElement>('.chart .bar'),
      ].map((bar) => bar.getBoundingClientRect().width),
    );
    assert.ok(
      widths.some((width) => width > 20),
      `bars: ${widths.join(', ')}`,
    );
    assert.deepEqual(problems, []);
  });

  it('opens the printable attendance list with the session', async () => {
    await tab.goto(`${origin}/admin/#/events/${id}/participants`, { waitUntil: 'networkidle0' });
    const link = await deepElement(tab, 'console-app >>> console-participants >>> .links li:nth-child(2) a');
    await Promise.all([tab.waitForNavigation({ waitUntil: 'load' }), link.click()]);
    assert.match(new URL(tab.url()).pathname, /\/participants\/attendance-list$/);
    const text = await tab.evaluate(() => document.body.innerText);
    assert.match(text, /Deltagerliste: Kursus i fundraising/);
    assert.match(text, /Mette Hansen/);
    assert.match(text, /Underskrift/);
    assert.deepEqual(problems, []);
  });
});

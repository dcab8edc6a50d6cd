import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, Page } from 'puppeteer-core';
// @ts-expect-error: plain ES module without types.
import { root } from '../../scripts/demo-kit.mjs';
import { regionDay } from '../../src/components/format/event-format.js';
import {
  buildBundle,
  button,
  consoleProblems,
  deepElement,
  launchBrowser,
  listedTitles,
  PROBE_SCRIPT,
  probed,
  serveSite,
  tempDir,
  textOf,
  typeInto,
  waitFor,
  type Site,
} from '../fixtures/e2e-harness.js';
import { startCli, type CliProcess } from '../server/support/cli-process.js';

const run = promisify(execFile);

const EDITOR = 'kultur@lolland.example';
const EDITOR_NAME = 'Anna Kulturkonsulent';
const SENDER = 'birthe@kammerkor.example';
/** A word no other event has, so the listing's search finds only this journey's event. */
const TAG = `Indsendt${Date.now().toString(36)}`;
const TITLE = `Sommerkoncert i Maribo Domkirke ${TAG}`;

const APP = 'console-app';
const EDITOR_VIEW = `${APP} >>> console-event-editor`;
const LIST_VIEW = `${APP} >>> console-event-list`;
const FORM = 'kultur-submit';

/** The browser's own line for an answer that is not 2xx: the console asks `GET /v1/session` before anyone signs in. */
const refusedRequest = (text: string) =>
  /^Failed to load resource: the server responded with a status of 4\d\d/.test(text);

/** `day` (`YYYY-MM-DD`) moved by `days`. */
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The strict policy of a municipal page with the feed elsewhere (as strict-csp.test.ts): Trusted Types included. */
const hostPolicy = (feedOrigin: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${feedOrigin}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html kultur-json-ld',
  ].join('; ');

/** Lolland's "send an event in" page, and its calendar page. */
const pages: Record<string, string> = {
  '/send-arrangement': `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <title>Lolland Kommune – send et arrangement ind</title>
    <script src="/probe.js"></script>
    <script type="module" src="/kultur/1/kultur.js"></script>
  </head>
  <body>
    <main>
      <h1>Send et arrangement ind</h1>
      <kultur-submit municipality="lolland" privacy-url="/privatliv"></kultur-submit>
    </main>
  </body>
</html>`,
  '/kalender': `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <title>Lolland Kommune – kulturkalender</title>
    <script src="/probe.js"></script>
    <script type="module" src="/kultur/1/kultur.js"></script>
  </head>
  <body>
    <h1>Kulturkalender</h1>
    <kultur-events municipality="lolland" q="${TAG}"></kultur-events>
  </body>
</html>`,
};

/**
 * Issue 20's journey in Chromium: a cultural actor sends an event in through `<kultur-submit>` on Lolland's page of
 * another origin under a strict CSP with Trusted Types; reads the confirmation mail in the demo outbox, opens its link
 * and presses the button; Lolland's editor signs in to the console, finds the event in the approval queue with the
 * sender's name and confirmed address, and approves it; the event is then in Lolland's `<kultur-events>` listing.
 * Against the real `kultur-server` from source, on a temporary SQLite file, with the real CDN bundle.
 */
describe('an event sent in from a municipal page, confirmed by mail and approved in the console', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: CliProcess;
  let origin: string;
  let site: Site;
  let browser: Browser;
  const problems = new Map<Page, string[]>();
  const day = addDays(regionDay(new Date()), 30);

  before(async () => {
    dir = tempDir('kultur-submit-journey-');
    const db = join(dir.path, 'kultur.db');
    await run(
      process.execPath,
      ['--import', 'tsx', 'server/src/cli.ts', 'user', 'add', '--email', EDITOR, '--role', 'editor'].concat([
        '--municipality',
        'lolland',
        '--name',
        EDITOR_NAME,
        '--db',
        db,
      ]),
      { cwd: root },
    );
    server = startCli(['--port', '0', '--db', db, '--demo-outbox']);
    [origin, browser] = await Promise.all([server.url, launchBrowser()]);
    const bundle = await buildBundle(dir.path, `${origin}/v1/`);
    site = await serveSite(bundle, (request, response) => {
      const page = pages[new URL(request.url ?? '/', 'http://site.test').pathname];
      if (!page) return false;
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': hostPolicy(origin),
      });
      response.end(page);
      return true;
    });
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await server?.stop();
    dir?.remove();
  });

  async function open(): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 1000 });
    await page.evaluateOnNewDocument(PROBE_SCRIPT);
    problems.set(page, consoleProblems(page, refusedRequest));
    return page;
  }

  async function assertClean(page: Page, name: string): Promise<void> {
    assert.deepEqual(await probed(page), { violations: [], errors: [], rejections: [] }, `${name}: the probe`);
    assert.deepEqual(problems.get(page), [], `${name}: console errors and warnings`);
  }

  async function outbox(to: string): Promise<Array<{ kind: string; subject: string; text: string }>> {
    const response = await fetch(`${origin}/v1/dev/outbox?to=${encodeURIComponent(to)}`);
    return ((await response.json()) as { items: Array<{ kind: string; subject: string; text: string }> }).items;
  }

  const type = (page: Page, name: string, text: string) => typeInto(page, `${FORM} >>> [name="${name}"]`, text);

  /** Sets a date or time field as a choice in the picker does (the digits' order depends on the locale). */
  async function pick(page: Page, name: string, value: string): Promise<void> {
    const field = await deepElement(page, `${FORM} >>> [name="${name}"]`);
    await field.evaluate((input, value) => {
      (input as HTMLInputElement).value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }, value);
  }

  async function tick(page: Page, name: string, value: string): Promise<void> {
    await (await deepElement(page, `${FORM} >>> input[name="${name}"][value="${value}"]`)).click();
  }

  let link = '';

  it('sends the event in through <kultur-submit> on the municipal page, under a strict CSP', async () => {
    const page = await open();
    await page.goto(`${site.origin}/send-arrangement`, { waitUntil: 'networkidle0' });
    const shown = Date.now();
    await type(page, 'event.title', TITLE);
    await type(page, 'event.summary', 'Kammerkoret synger sommersange.');
    await tick(page, 'event.categories', 'koncert');
    await tick(page, 'event.audience', 'borgere');
    await pick(page, 'start-date', day);
    await pick(page, 'start-time', '19:00');
    await pick(page, 'end-time', '21:00');
    await type(page, 'event.venue.name', 'Maribo Domkirke');
    await type(page, 'event.venue.address', 'Kirkestræde 1');
    await type(page, 'event.venue.postalCode', '4930');
    await type(page, 'event.venue.city', 'Maribo');
    await type(page, 'event.organizer.name', 'Maribo Kammerkor');
    await type(page, 'submitter.name', 'Birthe Jensen');
    await type(page, 'submitter.email', SENDER);
    await (await deepElement(page, `${FORM} >>> [name="consent"]`)).click();
    // A person takes longer than the time trap's few seconds to fill the form in; puppeteer may not.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, shown + 3_500 - Date.now())));
    await (await button(page, FORM, 'Send arrangementet')).click();
    // The live region's words, or at once the form's refusal, so a failure says what the form said.
    const status = await waitFor(
      page,
      FORM,
      (form) => {
        const shadow = form.shadowRoot!;
        const refused = shadow.querySelector('.error-summary, .submit-error');
        const said = refused ?? shadow.querySelector('[role="status"]');
        const words = said?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        return refused ? `refused: ${words}` : words;
      },
      (text) => text.startsWith('refused: ') || text.startsWith('Tjek din e-mail'),
    );
    assert.match(status, /^Tjek din e-mail: klik på linket for at bekræfte, så sendes arrangementet til godkendelse/);
    await assertClean(page, 'the municipal page');

    const [mail] = await outbox(SENDER);
    assert.equal(mail?.kind, 'submission');
    assert.ok(mail.text.includes(`“${TITLE}”`), 'the title quoted as the sender’s');
    link = mail.text.match(/https?:\/\/\S+#code=\S+/)?.[0] ?? '';
    assert.equal(new URL(link).origin, origin, 'the link is the feed’s own address');
    await page.close();
  });

  it('confirms with the button on the link’s page, not by opening it', async () => {
    const scanner = await fetch(link);
    assert.equal(scanner.status, 200, 'a mail scanner’s GET gets the page');
    const page = await open();
    await page.goto(link, { waitUntil: 'networkidle0' });
    assert.equal(new URL(page.url()).hash, '', 'the code is out of the address');
    await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
    assert.match(await page.$eval('h1', textOf), /sendt til godkendelse/);
    await assertClean(page, 'the confirmation page');
    await page.close();
  });

  it('lets Lolland’s editor approve it from the queue, and it is listed on the municipal page', async () => {
    const editor = await open();
    await editor.goto(`${origin}/admin/`, { waitUntil: 'networkidle0' });
    await (await deepElement(editor, `${APP} >>> console-sign-in >>> #email`)).type(EDITOR);
    await editor.keyboard.press('Enter');
    await waitFor(editor, `${APP} >>> console-sign-in >>> #sent`, textOf, (text) => text.includes(EDITOR));
    const signIn = (await outbox(EDITOR))[0]?.text.match(/https?:\/\/\S+#sign-in=\S+/)?.[0];
    assert.ok(signIn, 'a sign-in link');
    await editor.goto(signIn);
    await waitFor(editor, `${APP} >>> .who`, textOf, (text) => text.includes(EDITOR_NAME));

    await (await deepElement(editor, `${APP} >>> nav a[href="#/queue"]`)).click();
    await waitFor(editor, `${LIST_VIEW} >>> h1`, textOf, (text) => text === 'Til godkendelse');
    const item = await waitFor(editor, `${LIST_VIEW} >>> .events li`, textOf, (text) => text.includes(TITLE));
    assert.match(item, /Sendt ind af Birthe Jensen <birthe@kammerkor\.example> \(bekræftet e-mail\)/);
    await (await deepElement(editor, `${LIST_VIEW} >>> .events a`)).click();
    await waitFor(editor, `${EDITOR_VIEW} >>> .submitter`, textOf, (text) => text.includes(SENDER));
    await (await button(editor, EDITOR_VIEW, 'Godkend')).click();
    await waitFor(editor, `${EDITOR_VIEW} >>> h1 + p`, textOf, (text) => /Tilstand: Udgivet/.test(text));
    await assertClean(editor, 'the console');

    const calendar = await open();
    await calendar.goto(`${site.origin}/kalender`, { waitUntil: 'networkidle0' });
    assert.deepEqual(await listedTitles(calendar), [TITLE]);
    await assertClean(calendar, 'the calendar page');
  });
});

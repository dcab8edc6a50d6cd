import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
// @ts-expect-error: plain ES module without types.
import { root } from '../../scripts/demo-kit.mjs';
import { regionDay } from '../../src/components/format/event-format.js';
import {
  buildBundle,
  button,
  consoleProblems,
  deepElement,
  launchBrowser,
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

/** The editor of Næstved, added with `kultur-server user add`, and the visitor who signs up on a municipal page. */
const EDITOR = 'kultur@naestved.example';
const EDITOR_NAME = 'Kulturkontoret';
const VISITOR = 'karen.holm@example.dk';
const VISITOR_NAME = 'Karen Holm';
/** Who signs up second, when the one seat is taken: on the waitlist. */
const SECOND = 'ole.berg@example.dk';

/** A word no other event has, so the feed's search finds only this journey's event. */
const TAG = `Tilmeld${Date.now().toString(36)}`;
const TITLE = `Workshopdag for frivillige ${TAG}`;

/** The event's two questions, as the editor writes them, and the visitor's answers. */
const WORKSHOP = 'Hvilken workshop vælger du?';
const WORKSHOPS = ['Lyd og lys', 'Scenografi'];
const DIET = 'Har du særlige hensyn til kosten?';
const DIET_ANSWER = 'Vegetar, ingen nødder';

/** `day` (`YYYY-MM-DD`) moved by `days`. */
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** An instant as `YYYY-MM-DD HH:MM` in the region's time. */
const regionMinute = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(iso),
  );

const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
const MONTHS = 'januar februar marts april maj juni juli august september oktober november december'.split(' ');

/** `YYYY-MM-DD` as a Danish message writes the day: "torsdag den 7. januar 2027". */
function danishDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  return `${WEEKDAYS[date.getUTCDay()]} den ${date.getUTCDate()}. ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The properties of the one VEVENT of an iCalendar file, its lines unfolded (`DTSTART;TZID=…` under `DTSTART`). */
function calendarEntry(ics: string): Map<string, string> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const entry = lines.slice(lines.indexOf('BEGIN:VEVENT') + 1, lines.indexOf('END:VEVENT'));
  assert.ok(entry.length > 0, `one VEVENT in\n${ics}`);
  return new Map(entry.map((line) => [line.split(/[;:]/)[0]!, line]));
}

/** RFC 5545's SEQUENCE of an entry, 0 when it has none. */
const sequenceOf = (entry: Map<string, string>) => Number(entry.get('SEQUENCE')?.split(':')[1] ?? 0);

/** The browser's own line for an answer that is not 2xx: the console asks `GET /v1/session` before anyone signs in. */
const refusedRequest = (text: string) =>
  /^Failed to load resource: the server responded with a status of 4\d\d/.test(text);

/** Where the console's views are, through the shadow roots (puppeteer's deep combinator). */
const APP = 'console-app';
const EDITOR_VIEW = `${APP} >>> console-event-editor`;
const QUESTIONS = `${EDITOR_VIEW} >>> console-questions`;
const PARTICIPANTS = `${APP} >>> console-participants`;
const CHECK_IN = `${APP} >>> console-check-in`;

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

/** A municipal page with the CDN bundle and one `<kultur-signup>` for the event. */
const hostPage = (eventId: string) => `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <title>Næstved Kommune – tilmelding</title>
    <script src="/probe.js"></script>
    <script type="module" src="/kultur/1/kultur.js"></script>
  </head>
  <body>
    <h1>Workshopdag for frivillige</h1>
    <kultur-signup event-id="${eventId}"></kultur-signup>
  </body>
</html>`;

interface OutboxItem {
  kind?: string;
  subject: string;
  text: string;
}

/** Reads a semicolon CSV as Danish Excel opens it (no quoted cells in this journey's values) into rows of cells. */
function readCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(';'));
}

/**
 * The signup journey of issue 19 in Chromium: an editor signs in with the link from the outbox and publishes an event
 * with signup and two questions built in the console; a visitor signs up through `<kultur-signup>` on a municipal page
 * of another origin and answers them; the editor finds the answers in the participants' list and in the CSV, checks the
 * visitor in on a phone-sized page, and moves the event to another time; the confirmed and the waitlisted each get
 * the change notice with the new time and the link to the calendar entry, whose DTSTART is the new time and whose
 * SEQUENCE rose. Against the real `kultur-server` from source, on a temporary SQLite file, with the demo outbox and the
 * real CDN bundle.
 */
describe('signing up with questions, from the console to the door', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: CliProcess;
  let origin: string;
  let site: Site;
  let browser: Browser;
  let editor: Page;
  /** The CDN bundle's files by name, as the municipal page gets them. */
  let bundle: (file: string) => Buffer | undefined;
  let eventId = '';
  const problems = new Map<Page, string[]>();
  const start = addDays(regionDay(new Date()), 21);
  const moved = addDays(start, 1);
  /** The event's calendar entry before it moved. */
  let entryBefore: Map<string, string>;

  before(async () => {
    dir = tempDir('kultur-signup-journey-');
    const db = join(dir.path, 'kultur.db');
    await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/src/cli.ts',
        'user',
        'add',
        '--email',
        EDITOR,
        '--role',
        'editor',
        '--municipality',
        'naestved',
        '--name',
        EDITOR_NAME,
        '--db',
        db,
      ],
      { cwd: root },
    );
    server = startCli(['--port', '0', '--db', db, '--demo-outbox'], { KULTUR_SIGNUP_RATE: '0' });
    [origin, browser] = await Promise.all([server.url, launchBrowser()]);
    bundle = await buildBundle(dir.path, `${origin}/v1/`);
    site = await serveSite(bundle, (request, response) => {
      const id = new URL(request.url ?? '/', 'http://site.test').pathname.match(/^\/tilmelding\/([\w-]+)$/)?.[1];
      if (!id) return false;
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': hostPolicy(origin),
      });
      response.end(hostPage(id));
      return true;
    });
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await server?.stop();
    dir?.remove();
  });

  /** A new tab with the probe from the first byte and its console watched. */
  async function open(viewport = { width: 1280, height: 1000 }): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    await page.evaluateOnNewDocument(PROBE_SCRIPT);
    problems.set(page, consoleProblems(page, refusedRequest));
    return page;
  }

  /** The files of the CDN bundle that `page` has loaded, and which of them carry zod. */
  async function bundleFiles(page: Page): Promise<{ loaded: string[]; withZod: string[] }> {
    const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    const loaded = urls
      .map((url) => new URL(url).pathname.match(/^\/kultur\/1\/([\w.-]+\.js)$/)?.[1])
      .filter((file): file is string => file !== undefined);
    assert.ok(loaded.includes('kultur.js'), `the page loaded the bundle: ${urls.join(', ')}`);
    return { loaded, withZod: loaded.filter((file) => bundle(file)!.includes('_zod')) };
  }

  /** No policy violation, uncaught error, unhandled rejection or console error on `page`. */
  async function assertClean(page: Page, name: string): Promise<void> {
    assert.deepEqual(await probed(page), { violations: [], errors: [], rejections: [] }, `${name}: the probe`);
    assert.deepEqual(problems.get(page), [], `${name}: console errors and warnings`);
  }

  const type = (name: string, text: string) => typeInto(editor, `${EDITOR_VIEW} >>> #f-${name}`, text);

  /**
   * Sets a date or time field of the editor. Chromium's date and time fields take digits in the order of the
   * browser's locale, so the test sets the value and sends the events a person's choice in the picker sends.
   */
  async function pick(name: string, value: string): Promise<void> {
    const field = await deepElement(editor, `${EDITOR_VIEW} >>> #f-${name}`);
    await field.evaluate((input, value) => {
      (input as HTMLInputElement).value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }, value);
  }

  /** Ticks the checkbox or radio button `#f-<id>` of the editor by clicking its label. */
  async function tick(id: string): Promise<void> {
    await (await deepElement(editor, `${EDITOR_VIEW} >>> label[for="f-${id}"]`)).click();
  }

  /**
   * What the editor's status line says, once it says something matching `pattern`; fails at once with the error
   * summary's words when the form is refused instead.
   */
  async function said(pattern: RegExp): Promise<void> {
    const outcome = await waitFor(
      editor,
      EDITOR_VIEW,
      (view) => {
        const refused = view.shadowRoot!.querySelector('.error-summary');
        return refused
          ? `refused: ${refused.textContent!.replace(/\s+/g, ' ').trim()}`
          : (view.shadowRoot!.querySelector('div[role="status"]')?.textContent ?? '').trim();
      },
      (text) => text.startsWith('refused: ') || pattern.test(text),
    );
    assert.match(outcome, pattern);
  }

  /** The messages in the demo outbox to `to`, newest first. */
  async function outbox(to: string): Promise<OutboxItem[]> {
    const response = await fetch(`${origin}/v1/dev/outbox?to=${encodeURIComponent(to)}`);
    assert.equal(response.status, 200);
    return ((await response.json()) as { items: OutboxItem[] }).items;
  }

  /** The journey's event in the public feed. */
  async function feedEvent(): Promise<{
    id: string;
    start: string;
    end?: string;
    signup?: { mode: string; questions?: Array<{ id: string; label: string; kind: string; options?: string[] }> };
  }> {
    const response = await fetch(`${origin}/v1/events?q=${encodeURIComponent(TAG)}`);
    assert.equal(response.status, 200);
    const { items } = (await response.json()) as { items: Array<Awaited<ReturnType<typeof feedEvent>>> };
    assert.equal(items.length, 1, 'the journey has one event in the feed');
    return items[0]!;
  }

  it('signs the editor in with the link from the outbox', async () => {
    editor = await open();
    await editor.goto(`${origin}/admin/`, { waitUntil: 'networkidle0' });
    await (await deepElement(editor, `${APP} >>> console-sign-in >>> #email`)).type(EDITOR);
    await editor.keyboard.press('Enter');
    await waitFor(editor, `${APP} >>> console-sign-in >>> #sent`, textOf, (text) => text.includes(EDITOR));
    const [message] = await outbox(EDITOR);
    const link = message?.text.match(/https?:\/\/\S+#sign-in=\S+/)?.[0];
    assert.ok(link, `the message to ${EDITOR} holds a sign-in link`);
    await editor.goto(link);
    await waitFor(editor, `${APP} >>> .who`, textOf, (text) => text.includes(EDITOR_NAME));
  });

  it('publishes an event with signup here and two questions built in the console', async () => {
    await (await deepElement(editor, `${APP} >>> nav a[href="#/events/new"]`)).click();
    await waitFor(editor, `${EDITOR_VIEW} >>> h1`, textOf, (text) => text === 'Nyt arrangement');
    await type('title', TITLE);
    await type('summary', 'En dag med workshops for frivillige i kulturlivet.');
    await tick('categories');
    await pick('startDate', start);
    await pick('startTime', '10:00');
    await pick('endTime', '15:00');
    await type('venueName', 'Kulturhuset');
    await type('venueAddress', 'Jernbanegade 1');
    await type('venuePostalCode', '4700');
    await editor.keyboard.press('Tab');
    await waitFor(
      editor,
      `${EDITOR_VIEW} >>> #f-municipality`,
      (select) => (select as HTMLSelectElement).value,
      (value) => value === 'naestved',
    );
    await tick('audience');
    await type('organizerName', 'Næstved Kommune');

    // Signup here, with seats, and two questions of the event's own.
    await tick('signupMode-internal');
    await type('capacity', '1');
    await (await deepElement(editor, `${QUESTIONS} >>> #q-add`)).click();
    await typeInto(editor, `${QUESTIONS} >>> #q-label-0`, WORKSHOP);
    const kind = (await deepElement(editor, `${QUESTIONS} >>> #q-kind-0`)) as ElementHandle<HTMLSelectElement>;
    await kind.select('one-choice');
    await typeInto(editor, `${QUESTIONS} >>> #q-options-0`, WORKSHOPS.join('\n'));
    await (await deepElement(editor, `${QUESTIONS} >>> label[for="q-required-0"]`)).click();
    await (await deepElement(editor, `${QUESTIONS} >>> #q-add`)).click();
    await typeInto(editor, `${QUESTIONS} >>> #q-label-1`, DIET);
    await waitFor(
      editor,
      `${QUESTIONS} >>> #q-kind-1`,
      (select) => (select as HTMLSelectElement).value,
      (value) => value === 'short-text',
    );

    await (await button(editor, EDITOR_VIEW, 'Gem kladde')).click();
    await said(/Kladden er oprettet/);
    eventId = decodeURIComponent(new URL(editor.url()).hash.replace('#/events/', ''));
    assert.ok(eventId && !eventId.includes('/'), `the address names the new event: ${editor.url()}`);
    await (await button(editor, EDITOR_VIEW, 'Udgiv')).click();
    await said(/Arrangementet er udgivet/);

    const event = await feedEvent();
    assert.equal(event.id, eventId);
    assert.equal(regionMinute(event.start), `${start} 10:00`);
    assert.deepEqual(
      event.signup?.questions?.map(({ label, kind, options }) => ({ label, kind, options })),
      [
        { label: WORKSHOP, kind: 'one-choice', options: WORKSHOPS },
        { label: DIET, kind: 'short-text', options: undefined },
      ],
    );
  });

  it('signs a visitor up through <kultur-signup> on a municipal page of another origin, answering both questions', async () => {
    const visitor = await open({ width: 1024, height: 900 });
    await visitor.goto(`${site.origin}/tilmelding/${eventId}`, { waitUntil: 'networkidle0' });
    const form = 'kultur-signup >>> form';
    await waitFor(visitor, `${form} legend`, textOf, (text) => text.startsWith(WORKSHOP));
    const field = (name: string) => deepElement(visitor, `${form} [name="${name}"]`);
    await (await field('name')).type(VISITOR_NAME);
    await (await field('email')).type(VISITOR);
    await (await deepElement(visitor, `${form} label::-p-text(${WORKSHOPS[1]})`)).click();
    await (await deepElement(visitor, `${form} label::-p-text(${DIET})`)).click();
    await visitor.keyboard.type(DIET_ANSWER);
    await (await field('consent')).click();
    await (await deepElement(visitor, `${form} [part~="submit-button"]`)).click();
    await waitFor(visitor, 'kultur-signup', (element) => element.matches(':state(confirmed)'), Boolean);
    await deepElement(visitor, 'kultur-signup >>> [part~="answer-title"]');
    // Issue 21: a signup that is taken loads no zod. The form, as it was filled in field by field, and the SDK's send
    // checked it with the checkers compiled from the schemas; the schemas and zod are loaded only to word a refusal.
    const { loaded, withZod } = await bundleFiles(visitor);
    assert.ok(
      loaded.some((file) => file.startsWith('kultur-signup-checks-')),
      `the signup's checkers: ${loaded.join(', ')}`,
    );
    assert.deepEqual(withZod, [], `no chunk with zod among ${loaded.join(', ')}`);
    assert.ok(!loaded.some((file) => file.startsWith('kultur-signup-schemas-')), loaded.join(', '));
    await assertClean(visitor, 'the municipal page');
    await visitor.close();
  });

  it('words what the form refuses as before, with the schemas loaded then, and sends nothing', async () => {
    const visitor = await open({ width: 1024, height: 900 });
    await visitor.goto(`${site.origin}/tilmelding/${eventId}`, { waitUntil: 'networkidle0' });
    const form = 'kultur-signup >>> form';
    await waitFor(visitor, `${form} legend`, textOf, (text) => text.startsWith(WORKSHOP));
    await (await deepElement(visitor, `${form} [name="name"]`)).type('Ib Refused');
    await (await deepElement(visitor, `${form} [name="email"]`)).type('ib@');
    await (await deepElement(visitor, `${form} [part~="submit-button"]`)).click();
    const summary = await waitFor(
      visitor,
      'kultur-signup >>> [part="error-summary"]',
      (element) => [...element.querySelectorAll('li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim()),
      (items) => items.length > 0,
    );
    assert.deepEqual(summary, [
      'Skriv e-mailadressen som navn@eksempel.dk.',
      `${WORKSHOP}: Besvar spørgsmålet.`,
      'Sæt kryds for at give samtykke. Uden det kan vi ikke tage imod din tilmelding.',
    ]);
    const { withZod } = await bundleFiles(visitor);
    assert.ok(withZod.length > 0, 'the schemas, with zod, worded the refusal');
    await assertClean(visitor, 'the refused form');
    await visitor.close();
  });

  it("finds the answers under the questions' words among the event's participants", async () => {
    await (await deepElement(editor, `${APP} >>> .event-tabs a[href$="/participants"]`)).click();
    const person = `${PARTICIPANTS} >>> .people .person`;
    await waitFor(editor, person, textOf, (text) => text.includes(VISITOR_NAME));
    const answers = await waitFor(
      editor,
      `${person} .answers`,
      (list) =>
        [...list.querySelectorAll('dt')].map((term) => [
          term.textContent!.trim(),
          term.nextElementSibling!.textContent!.trim(),
        ]),
      (pairs) => pairs.length === 2,
    );
    assert.deepEqual(answers, [
      [WORKSHOP, WORKSHOPS[1]],
      [DIET, DIET_ANSWER],
    ]);
  });

  it("finds the answers in the participants' CSV, fetched through the console's link with the session", async () => {
    const href = await (
      await deepElement(editor, `${PARTICIPANTS} >>> .links a[download]`)
    ).evaluate((link) => (link as HTMLAnchorElement).href);
    const fetchInPage = (url: string) =>
      editor.evaluate(async (url) => {
        const response = await fetch(url, { credentials: 'same-origin' });
        return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
      }, url);
    const sheet = await fetchInPage(href);
    assert.equal(sheet.status, 200, sheet.text);
    assert.match(sheet.type ?? '', /^text\/csv/);
    const [header, row, ...rest] = readCsv(sheet.text);
    assert.equal(rest.length, 0, 'one participant');
    const cell = (heading: string) => row![header!.indexOf(heading)];
    assert.equal(cell('Navn'), VISITOR_NAME);
    assert.equal(cell('E-mail'), VISITOR);
    // Each answer under its question's words, as in the organisers' list below.
    assert.equal(cell(WORKSHOP), WORKSHOPS[1]);
    assert.equal(cell(DIET), DIET_ANSWER);

    const organisers = await fetchInPage(`${origin}/v1/events/${encodeURIComponent(eventId)}/signups?format=csv`);
    assert.equal(organisers.status, 200, organisers.text);
    const [headings, answered] = readCsv(organisers.text);
    assert.equal(answered![headings!.indexOf(WORKSHOP)], WORKSHOPS[1]);
    assert.equal(answered![headings!.indexOf(DIET)], DIET_ANSWER);
    assert.equal(answered![headings!.indexOf('Navn')], VISITOR_NAME);
  });

  it('checks the visitor in at the door on a 375 px wide page, and the count follows', async () => {
    const phone = await open({ width: 375, height: 740, isMobile: true, hasTouch: true } as never);
    await phone.goto(`${origin}/admin/#/events/${encodeURIComponent(eventId)}/check-in`, { waitUntil: 'networkidle0' });
    await waitFor(phone, `${CHECK_IN} >>> .count`, textOf, (text) => text === '0 af 1 pladser tjekket ind');
    await (await deepElement(phone, `${CHECK_IN} >>> #find`)).type('karen');
    const person = `${CHECK_IN} >>> .people button[aria-pressed="false"]`;
    await waitFor(phone, person, textOf, (text) => text.includes(VISITOR_NAME));
    await (await deepElement(phone, person)).tap();
    await waitFor(phone, `${CHECK_IN} >>> .count`, textOf, (text) => text === '1 af 1 pladser tjekket ind');
    await waitFor(
      phone,
      `${CHECK_IN} >>> .people button`,
      (element) => element.getAttribute('aria-pressed'),
      (pressed) => pressed === 'true',
    );
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `the page is ${width} px wide`);
    await assertClean(phone, 'the check-in on a phone');
    await phone.close();
  });

  it('moves the event to the next day, later, in the editor, with one person confirmed and one on the waitlist', async () => {
    // A second person, the one seat taken, is put on the waitlist.
    const signup = await fetch(`${origin}/v1/events/${encodeURIComponent(eventId)}/signups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ name: 'Ole Berg', email: SECOND, consent: true, answers: { q1: WORKSHOPS[0] } }),
    });
    assert.equal(signup.status, 201, await signup.clone().text());
    assert.equal(((await signup.json()) as { status: string }).status, 'waitlisted');
    const ics = await fetch(`${origin}/v1/events/${encodeURIComponent(eventId)}.ics`);
    assert.equal(ics.status, 200);
    entryBefore = calendarEntry(await ics.text());
    assert.match(entryBefore.get('DTSTART') ?? '', new RegExp(`:${start.replaceAll('-', '')}T100000$`));

    await (
      await deepElement(editor, `${APP} >>> .event-tabs a[href="#/events/${encodeURIComponent(eventId)}"]`)
    ).click();
    await waitFor(
      editor,
      `${EDITOR_VIEW} >>> #f-startDate`,
      (input) => (input as HTMLInputElement).value,
      (value) => value === start,
    );
    // The end's day is filled in from the stored event, so it moves too.
    await pick('startDate', moved);
    await pick('startTime', '13:00');
    await pick('endDate', moved);
    await pick('endTime', '17:30');
    await (await button(editor, EDITOR_VIEW, 'Gem ændringer')).click();
    await said(/Ændringerne er gemt/);
    const event = await feedEvent();
    assert.equal(regionMinute(event.start), `${moved} 13:00`);
    assert.equal(regionMinute(event.end!), `${moved} 17:30`);
  });

  it('tells everyone signed up of the new time in Danish, with the calendar entry: the new DTSTART, a higher SEQUENCE', async () => {
    const was = `${danishDay(start)} kl. 10.00–15.00`;
    const now = `${danishDay(moved)} kl. 13.00–17.30`;
    for (const [to, status] of [
      [VISITOR, 'tilmeldt'],
      [SECOND, 'på ventelisten til'],
    ] as const) {
      const notices = (await outbox(to)).filter((message) => message.kind === 'event-changed');
      assert.equal(notices.length, 1, `one change notice to ${to}`);
      const [notice] = notices;
      assert.equal(notice!.subject, `Ændret: ${TITLE}`);
      assert.ok(notice!.text.includes(`som du er ${status}.`), notice!.text);
      assert.ok(notice!.text.includes(`Tidspunkt før: ${was}`), notice!.text);
      assert.ok(notice!.text.includes(`Tidspunkt nu: ${now}`), notice!.text);
      const link = notice!.text.match(/https?:\/\/\S+\.ics/)?.[0];
      assert.ok(link, `the notice to ${to} links the calendar entry`);
      assert.equal(new URL(link).origin, origin);
      const ics = await fetch(link);
      assert.equal(ics.status, 200);
      assert.match(ics.headers.get('content-type') ?? '', /^text\/calendar/);
      const entry = calendarEntry(await ics.text());
      assert.equal(entry.get('UID'), entryBefore.get('UID'), 'the same entry, so calendars replace it');
      assert.match(
        entry.get('DTSTART') ?? '',
        new RegExp(`^DTSTART;TZID=Europe/Copenhagen:${moved.replaceAll('-', '')}T130000$`),
      );
      assert.match(
        entry.get('DTEND') ?? '',
        new RegExp(`^DTEND;TZID=Europe/Copenhagen:${moved.replaceAll('-', '')}T173000$`),
      );
      assert.ok(
        sequenceOf(entry) > sequenceOf(entryBefore),
        `SEQUENCE ${sequenceOf(entry)} is above ${sequenceOf(entryBefore)}`,
      );
    }
  });

  it("saw no policy violation, uncaught error or console error in the editor's console", async () => {
    await assertClean(editor, 'the console');
  });
});

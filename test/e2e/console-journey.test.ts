import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, ElementHandle, Page } from 'puppeteer-core';
import sharp from 'sharp';
// @ts-expect-error: plain ES module without types.
import { buildCdnBundle } from '../../scripts/build-cdn.mjs';
// @ts-expect-error: plain ES module without types.
import { root } from '../../scripts/demo-kit.mjs';
import { regionDay } from '../../src/components/format/event-format.js';
import {
  button,
  consoleProblems,
  deepElement,
  launchBrowser,
  PROBE_SCRIPT,
  probed,
  tempDir,
  textOf,
  typeInto,
  waitFor,
  type ProbeRecord,
} from '../fixtures/e2e-harness.js';
import { startCli, type CliProcess } from '../server/support/cli-process.js';

const run = promisify(execFile);
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The people of the journey, added with `kultur-server user add` before the server starts. */
const ADMIN = 'sekretariat@kulturregion.example';
const ORGANISER = 'forening@example.dk';
const EDITOR = 'kultur@faxe.example';

/** A word no other event has, so the feed's search finds only this journey's events. */
const TAG = `Rejse${Date.now().toString(36)}`;
const TITLE = `Netværkstræf for kulturaktører ${TAG}`;
const EDITED_TITLE = `Netværkstræf på havnen ${TAG}`;
const ORGANISER_TITLE = `Korkoncert i kirken ${TAG}`;

/** The browser's own line for an answer that is not 2xx: the console asks `GET /v1/session` before anyone signs in. */
const refusedRequest = (text: string) =>
  /^Failed to load resource: the server responded with a status of 4\d\d/.test(text);

/** `day` (`YYYY-MM-DD`) moved by `days`. */
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Where the console's views are, through the shadow roots (puppeteer's deep combinator). */
const APP = 'console-app';
const EDITOR_VIEW = `${APP} >>> console-event-editor`;
const LIST_VIEW = `${APP} >>> console-event-list`;

interface FeedEvent {
  id: string;
  title: string;
  price: number;
  status: string;
  cancellationReason?: string;
  municipality: string;
  image?: { url: string; alt: string };
}

/**
 * The console's journey in Chromium, as staff go through it: an administrator signs in with the link from the outbox,
 * writes an event with an uploaded picture, previews it, publishes it, finds it in the feed and on the municipality's
 * demo page, edits, copies and cancels it; an organiser's event waits for the editor of its municipality to approve it.
 * Against the real `kultur-server` from source, on a temporary SQLite file, with the demo pages and the CDN bundle.
 */
describe('the console, from sign-in to a published event on a municipal page', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: CliProcess;
  let origin: string;
  let browser: Browser;
  let picture: string;
  let bundle: Promise<unknown> | undefined;
  /** What each page opened logged and which of its requests were refused, for `assertClean`. */
  const watched = new Map<Page, { name: string; problems: string[]; refused: string[]; expected: RegExp }>();
  /** The administrator's event, two weeks from now. */
  let eventId = '';
  const start = addDays(regionDay(new Date()), 14);
  let admin: Page;

  before(async () => {
    dir = tempDir('kultur-journey-');
    const db = join(dir.path, 'kultur.db');
    // The demo's pages in a folder of this test's own, with the CDN bundle built into it: another test building the
    // demo's bundle at the same time cannot hand this one a half-written file.
    const site = join(dir.path, 'demo');
    cpSync(join(root, 'demo'), site, {
      recursive: true,
      filter: (source) => !/[/\\]demo[/\\](kultur|docs)$/.test(source),
    });
    picture = join(dir.path, 'havnen.jpg');
    const cli = (args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', 'user', ...args, '--db', db], { cwd: root });
    // The first command makes the database; the rest of the set-up then runs side by side.
    await cli(['add', '--email', ADMIN, '--role', 'admin', '--name', 'Sekretariatet']);
    server = startCli(['--port', '0', '--db', db, '--static', site, '--demo-outbox']);
    // The CDN bundle takes the longest to build and is needed only when the demo page is opened: it builds meanwhile.
    const building: Promise<unknown> = buildCdnBundle({ outDir: join(site, 'kultur', '1'), defaultApi: '/v1/' });
    building.catch(() => {}); // awaited where it is needed
    bundle = building;
    [browser, origin] = await Promise.all([
      launchBrowser(),
      server.url,
      cli(['add', '--email', ORGANISER, '--role', 'organiser', '--name', 'Korforeningen']),
      cli(['add', '--email', EDITOR, '--role', 'editor', '--municipality', 'faxe']),
      // A photograph-sized picture with a GPS position in its metadata, which the server must not keep.
      sharp({ create: { width: 800, height: 500, channels: 3, background: { r: 30, g: 110, b: 160 } } })
        .jpeg()
        .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 14/1 0/1' } })
        .toFile(picture),
    ]);
  });

  after(async () => {
    await bundle?.catch(() => {});
    await browser?.close();
    await server?.stop();
    dir?.remove();
  });

  /**
   * A new tab (in `context`, or the default one) with the probe from the first byte, its console watched, and its
   * refused requests noted. `expected` names the refusals the page may see: `GET /v1/session 401` before signing in,
   * and the icon Chromium asks for at the root, which neither the console nor the demo has. The browser's console line
   * for a refusal is left to that check.
   */
  async function open(
    name: string,
    { context, expected = /^GET \/v1\/session 401$/ }: { context?: BrowserContext; expected?: RegExp } = {},
  ): Promise<Page> {
    const page = await (context ?? browser.defaultBrowserContext()).newPage();
    await page.setViewport({ width: 1280, height: 1000 });
    await page.evaluateOnNewDocument(PROBE_SCRIPT);
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) {
        refused.push(`${response.request().method()} ${new URL(response.url()).pathname} ${response.status()}`);
      }
    });
    watched.set(page, { name, problems: consoleProblems(page, refusedRequest), refused, expected });
    return page;
  }

  /**
   * No policy violation, uncaught error or unhandled rejection on `page`, nothing in its console, and no request
   * refused but those expected.
   */
  async function assertClean(page: Page): Promise<void> {
    const { name, problems, refused, expected } = watched.get(page)!;
    const icon = /^GET \/favicon\.ico 404$/;
    const record: ProbeRecord = await probed(page);
    assert.deepEqual(record, { violations: [], errors: [], rejections: [] }, `${name}: what the probe saw`);
    assert.deepEqual(problems, [], `${name}: console errors and warnings`);
    assert.deepEqual(
      refused.filter((line) => !expected.test(line) && !icon.test(line)),
      [],
      `${name}: requests refused`,
    );
  }

  /** Clears the field `#f-<name>` of the editor and types `text` into it, as a person does. */
  const type = (page: Page, name: string, text: string) => typeInto(page, `${EDITOR_VIEW} >>> #f-${name}`, text);

  /**
   * Sets a date or time field. Chromium's date and time fields take digits in the order of the browser's locale, so
   * the test sets the value and sends the events a person's choice in the picker sends.
   */
  async function pick(page: Page, name: string, value: string): Promise<void> {
    const field = await deepElement(page, `${EDITOR_VIEW} >>> #f-${name}`);
    await field.evaluate((input, value) => {
      (input as HTMLInputElement).value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }, value);
  }

  /** Ticks the checkbox or radio button `#f-<id>` by clicking its label. */
  async function tick(page: Page, id: string): Promise<void> {
    const label = await deepElement(page, `${EDITOR_VIEW} >>> label[for="f-${id}"]`);
    await label.click();
  }

  /**
   * What the editor's status line says, once it says something matching `pattern`; fails at once with the error
   * summary's words when the form is refused instead.
   */
  async function said(page: Page, pattern: RegExp): Promise<string> {
    const outcome = await waitFor(
      page,
      EDITOR_VIEW,
      (editor) => {
        const root = editor.shadowRoot!;
        const refused = root.querySelector('.error-summary');
        return refused
          ? `refused: ${refused.textContent!.replace(/\s+/g, ' ').trim()}`
          : (root.querySelector('div[role="status"]')?.textContent ?? '').trim();
      },
      (text) => text.startsWith('refused: ') || pattern.test(text),
    );
    assert.match(outcome, pattern);
    return outcome;
  }

  /** The state line of the editor ("Tilstand: …"), once it matches. */
  const stateLine = (page: Page, pattern: RegExp) =>
    waitFor(page, `${EDITOR_VIEW} >>> h1 + p`, textOf, (text) => pattern.test(text));

  /**
   * Opens the console, asks for a sign-in link in its form, reads the message in the demo outbox and follows the link:
   * in the same tab (pasted into the address bar, so only the fragment changes) or in a new tab of the same browser,
   * as a mail program opens it. Resolves with the tab that is signed in.
   */
  async function signIn(
    name: string,
    email: string,
    who: string,
    { context, tab }: { context?: BrowserContext; tab: 'same' | 'new' },
  ): Promise<Page> {
    const asking = await open(name, { context });
    await asking.goto(`${origin}/admin/`, { waitUntil: 'networkidle0' });
    const input = await deepElement(asking, `${APP} >>> console-sign-in >>> #email`);
    await input.type(email);
    await asking.keyboard.press('Enter');
    await waitFor(asking, `${APP} >>> console-sign-in >>> #sent`, textOf, (text) => text.includes(email));
    const outbox = (await (await fetch(`${origin}/v1/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as {
      items: Array<{ subject: string; text: string }>;
    };
    assert.equal(outbox.items[0]?.subject, 'Log ind i Kultur');
    const link = outbox.items[0]!.text.match(/https?:\/\/\S+#sign-in=\S+/)?.[0];
    assert.ok(link, `the message to ${email} holds a sign-in link`);
    assert.equal(new URL(link).origin, origin);
    let page = asking;
    if (tab === 'new') {
      await assertClean(asking);
      await asking.close();
      page = await open(`${name} (the link)`, { context, expected: /^$/ });
    }
    await page.goto(link);
    await waitFor(page, `${APP} >>> .who`, textOf, (text) => text.includes(who));
    assert.equal(new URL(page.url()).hash, '#/events', "the link's secret is out of the address");
    await waitFor(page, `${LIST_VIEW} >>> h1`, textOf, (text) => text === 'Arrangementer');
    return page;
  }

  /** Searches the public feed for the journey's word. */
  async function feed(): Promise<FeedEvent[]> {
    const response = await fetch(`${origin}/v1/events?q=${encodeURIComponent(TAG)}`);
    assert.equal(response.status, 200);
    return ((await response.json()) as { items: FeedEvent[] }).items;
  }

  /** axe-core's WCAG 2.1 A and AA rules over the page, descending into the shadow roots. */
  async function axe(page: Page): Promise<string[]> {
    // Evaluated through the DevTools protocol, which the page's script-src does not govern.
    await page.evaluate(readFileSync(axePath, 'utf8'));
    return page.evaluate(async () => {
      const found = await (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: object,
            ) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }>;
          };
        }
      ).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return found.violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${JSON.stringify(node.target)}`),
      );
    });
  }

  it('signs an administrator in with the link from the outbox, and takes the secret out of the address', async () => {
    admin = await signIn('administrator', ADMIN, 'Sekretariatet (administrator)', { tab: 'same' });
  });

  it('writes an event with an uploaded picture, previews it as <kultur-events> shows it, saves a draft and publishes it', async () => {
    const newLink = await deepElement(admin, `${APP} >>> nav a[href="#/events/new"]`);
    await newLink.click();
    await waitFor(admin, `${EDITOR_VIEW} >>> h1`, textOf, (text) => text === 'Nyt arrangement');

    await type(admin, 'title', TITLE);
    await type(admin, 'summary', 'Mød de andre kulturaktører i regionen over en kop kaffe.');
    await type(admin, 'description', 'Vi mødes på havnen.\n\nTilmelding er ikke nødvendig.');
    await tick(admin, 'categories');
    await pick(admin, 'startDate', start);
    await pick(admin, 'startTime', '19:00');
    await pick(admin, 'endTime', '21:30');
    await type(admin, 'venueName', 'Pakhuset');
    await type(admin, 'venueAddress', 'Havnevej 1');
    await type(admin, 'venuePostalCode', '4700');
    await admin.keyboard.press('Tab');
    // The municipality is found from the postal code.
    await waitFor(
      admin,
      `${EDITOR_VIEW} >>> #f-municipality`,
      (select) => (select as HTMLSelectElement).value,
      (value) => value === 'naestved',
    );
    assert.equal(
      await (
        await deepElement(admin, `${EDITOR_VIEW} >>> #f-venueCity`)
      ).evaluate((input) => (input as HTMLInputElement).value),
      'Næstved',
    );
    await tick(admin, 'audience');
    await type(admin, 'organizerName', 'Kulturregion Storstrøm');

    const file = (await deepElement(admin, `${EDITOR_VIEW} >>> #f-imageUrl`)) as ElementHandle<HTMLInputElement>;
    await file.uploadFile(picture);
    await waitFor(
      admin,
      `${EDITOR_VIEW} >>> .picture p[role="status"]`,
      textOf,
      (text) => text === 'Billedet er lagt op.',
    );
    await type(admin, 'imageAlt', 'Pakhuset på havnen i aftenlys');
    await admin.keyboard.press('Tab');

    // The preview: the real <kultur-events> with the working copy as its one card, and <kultur-event> with the
    // picture (a listing shows pictures only in its grid layout).
    const preview = `${EDITOR_VIEW} >>> console-preview`;
    await waitFor(admin, `${preview} >>> kultur-events >>> .title-control`, textOf, (text) => text === TITLE);
    await waitFor(admin, `${preview} >>> kultur-event >>> [part~="title"]`, textOf, (text) => text === TITLE);
    const shown = await waitFor(
      admin,
      `${preview} >>> kultur-event >>> img[part~="image"]`,
      (img) => ({
        src: (img as HTMLImageElement).currentSrc,
        alt: (img as HTMLImageElement).alt,
        loaded: (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
      }),
      (img) => img.loaded,
    );
    assert.match(shown.src, new RegExp(`^${origin}/v1/images/[0-9a-f]{64}`));
    assert.equal(shown.alt, 'Pakhuset på havnen i aftenlys');
    assert.deepEqual(await axe(admin), [], 'axe in the filled-in editor with its preview');

    await (await button(admin, EDITOR_VIEW, 'Gem kladde')).click();
    await said(admin, /Kladden er oprettet/);
    await stateLine(admin, /Tilstand: Kladde/);
    eventId = decodeURIComponent(new URL(admin.url()).hash.replace('#/events/', ''));
    assert.ok(eventId && !eventId.includes('/'), `the address names the new event: ${admin.url()}`);
    assert.deepEqual(await feed(), [], 'a draft is not in the public feed');

    await (await button(admin, EDITOR_VIEW, 'Udgiv')).click();
    await said(admin, /Arrangementet er udgivet/);
    await stateLine(admin, /Tilstand: Udgivet/);
  });

  it("finds the published event in the feed, and with its picture in <kultur-events> on Næstved's demo page", async () => {
    const [event, ...others] = await feed();
    assert.equal(others.length, 0);
    assert.equal(event!.id, eventId);
    assert.equal(event!.title, TITLE);
    assert.equal(event!.municipality, 'naestved');
    assert.equal(event!.image?.alt, 'Pakhuset på havnen i aftenlys');
    const stored = await fetch(event!.image!.url);
    assert.equal(stored.status, 200);
    assert.equal(stored.headers.get('content-type'), 'image/webp');
    const kept = await sharp(Buffer.from(await stored.arrayBuffer())).metadata();
    assert.equal(kept.exif, undefined, 'the picture kept no metadata, its GPS position included');

    await bundle;
    // The page's own signup form is for a seeded event, which this database does not have.
    const seededSignup = 'mobilhistorie-kursus-naestved';
    const municipal = await open("Næstved's demo page", {
      expected: new RegExp(`^GET /v1/events/${seededSignup} 404$`),
    });
    await municipal.goto(`${origin}/naestved/`, { waitUntil: 'networkidle0' });
    const item = `kultur-events >>> [part~="item"]`;
    await waitFor(municipal, `${item} .title-control`, textOf, (text) => text === TITLE);
    const image = await waitFor(
      municipal,
      `${item} img`,
      (img) => ({
        src: (img as HTMLImageElement).currentSrc,
        alt: (img as HTMLImageElement).alt,
        loaded: (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
      }),
      (img) => img.loaded,
    );
    assert.ok(image.src.startsWith(event!.image!.url.split('?')[0]!), image.src);
    const { problems } = watched.get(municipal)!;
    const warned = problems.findIndex((line) => line.includes(`has no events/${seededSignup}`));
    assert.match(problems.splice(warned, 1)[0] ?? '', /^console\.warn: kultur-signup: /);
    await assertClean(municipal);
    await municipal.close();
  });

  it('edits the published event and the feed shows the change at once', async () => {
    await type(admin, 'title', EDITED_TITLE);
    await type(admin, 'price', '75');
    await (await button(admin, EDITOR_VIEW, 'Gem ændringer')).click();
    await said(admin, /Ændringerne er gemt/);
    const [event] = await feed();
    assert.equal(event!.title, EDITED_TITLE);
    assert.equal(event!.price, 75);
  });

  it('copies the event into a new draft a week later', async () => {
    await (await button(admin, EDITOR_VIEW, 'Kopiér')).click();
    const day = await waitFor(
      admin,
      `${EDITOR_VIEW} >>> #f-day`,
      (input) => (input as HTMLInputElement).value,
      (value) => value !== '',
    );
    assert.equal(day, addDays(start, 7));
    await (await deepElement(admin, `${EDITOR_VIEW} >>> .second-step button[type="submit"]`)).click();
    await said(admin, /Kopien er oprettet som kladde/);
    await waitFor(
      admin,
      'html',
      () => location.hash,
      (hash) => hash !== `#/events/${encodeURIComponent(eventId)}`,
    );
    const copyId = decodeURIComponent(new URL(admin.url()).hash.replace('#/events/', ''));
    assert.notEqual(copyId, eventId);
    await stateLine(admin, /Tilstand: Kladde/);
    await waitFor(
      admin,
      `${EDITOR_VIEW} >>> #f-startDate`,
      (input) => (input as HTMLInputElement).value,
      (value) => value === addDays(start, 7),
    );
    assert.deepEqual(
      (await feed()).map((event) => event.id),
      [eventId],
      'the copy is a draft, not in the feed',
    );
  });

  it('cancels the original with a reason the public feed shows', async () => {
    // Back to the original through the list of published events.
    await (await deepElement(admin, `${APP} >>> nav a[href="#/events"]`)).click();
    await (await deepElement(admin, `${LIST_VIEW} >>> a[href="#/events?state=published"]`)).click();
    const link = `${LIST_VIEW} >>> a[href="#/events/${encodeURIComponent(eventId)}"]`;
    await waitFor(admin, link, textOf, (text) => text === EDITED_TITLE);
    assert.deepEqual(await axe(admin), [], 'axe in the list of published events');
    await (await deepElement(admin, link)).click();
    await stateLine(admin, /Tilstand: Udgivet/);

    await (await button(admin, EDITOR_VIEW, 'Aflys')).click();
    const reason = await deepElement(admin, `${EDITOR_VIEW} >>> #f-reason`);
    await reason.type('Pakhuset er lukket efter en vandskade.');
    await admin.keyboard.press('Enter');
    await said(admin, /Arrangementet er aflyst/);
    await stateLine(admin, /Tilstand: Aflyst/);
    const [event] = await feed();
    assert.equal(event!.status, 'cancelled');
    assert.equal(event!.cancellationReason, 'Pakhuset er lukket efter en vandskade.');
  });

  it("holds an organiser's event until the editor of its municipality approves it", async () => {
    const organiserContext = await browser.createBrowserContext();
    const editorContext = await browser.createBrowserContext();
    try {
      const organiser = await signIn('organiser', ORGANISER, 'Korforeningen (arrangør)', {
        context: organiserContext,
        tab: 'new',
      });
      await (await deepElement(organiser, `${APP} >>> nav a[href="#/events/new"]`)).click();
      await waitFor(organiser, `${EDITOR_VIEW} >>> h1`, textOf, (text) => text === 'Nyt arrangement');
      await type(organiser, 'title', ORGANISER_TITLE);
      await type(organiser, 'summary', 'Forårskoncert med byens kor.');
      await tick(organiser, 'categories');
      await pick(organiser, 'startDate', addDays(start, 3));
      await pick(organiser, 'startTime', '16:00');
      await type(organiser, 'venueName', 'Faxe Kirke');
      await type(organiser, 'venueAddress', 'Kirkepladsen 1');
      await type(organiser, 'venuePostalCode', '4640');
      await organiser.keyboard.press('Tab');
      await waitFor(
        organiser,
        `${EDITOR_VIEW} >>> #f-municipality`,
        (select) => (select as HTMLSelectElement).value,
        (value) => value === 'faxe',
      );
      await tick(organiser, 'audience');
      await type(organiser, 'organizerName', 'Korforeningen');
      await (await button(organiser, EDITOR_VIEW, 'Gem kladde')).click();
      await said(organiser, /Kladden er oprettet/);
      await (await button(organiser, EDITOR_VIEW, 'Send til godkendelse')).click();
      await said(organiser, /sendt til godkendelse/);
      await stateLine(organiser, /Venter på godkendelse/);
      assert.equal(await organiser.$(`${EDITOR_VIEW} >>> button::-p-text(Udgiv)`), null, 'an organiser has no Publish');
      assert.deepEqual(
        (await feed()).filter((event) => event.title === ORGANISER_TITLE),
        [],
        'a waiting event is not in the public feed',
      );

      const editor = await signIn('editor', EDITOR, `${EDITOR} (redaktør)`, { context: editorContext, tab: 'same' });
      await (await deepElement(editor, `${APP} >>> nav a[href="#/queue"]`)).click();
      await waitFor(editor, `${LIST_VIEW} >>> h1`, textOf, (text) => text === 'Til godkendelse');
      const waiting = `${LIST_VIEW} >>> .events a`;
      await waitFor(editor, waiting, textOf, (text) => text === ORGANISER_TITLE);
      await (await deepElement(editor, waiting)).click();
      await stateLine(editor, /Venter på godkendelse/);
      await (await button(editor, EDITOR_VIEW, 'Godkend')).click();
      await said(editor, /Arrangementet er udgivet/);
      await stateLine(editor, /Tilstand: Udgivet/);
      const published = (await feed()).find((event) => event.title === ORGANISER_TITLE);
      assert.equal(published?.municipality, 'faxe');
      assert.equal(published?.status, 'scheduled');
      await assertClean(organiser);
      await assertClean(editor);
    } finally {
      await organiserContext.close();
      await editorContext.close();
    }
  });

  it("saw no policy violation, uncaught error or console error in the administrator's console", async () => {
    await assertClean(admin);
  });
});

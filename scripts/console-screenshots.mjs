/**
 * `npm run screenshots:console`: the pictures in `docs/console.md`, taken from a real console. Starts the feed server
 * from its sources on a temporary SQLite file with `--seed --demo-outbox` (as `npm start` does: one demo person of
 * each role), signs in through the link in the demo outbox as a person would, in the system's Chromium, and saves:
 *
 * - `console-sign-in.png` (and `-en`): the sign-in form;
 * - `console-events.png`: the published events of the admin's list, with the filters;
 * - `console-editor.png` (and `-en`): the organiser's new event filled in, with a picture, beside its preview;
 * - `console-queue.png` (and `-en`): Lolland's editor's approval queue, with the organiser's event in it;
 * - `console-phone.png`: the editor on a phone, 390 CSS pixels wide.
 *
 * Each is cropped to what the guide talks about and written as an indexed PNG (256 colours at most), so the pages stay
 * light; the script prints each file's size. Fails on a console error or warning in the console's pages.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import puppeteer from 'puppeteer-core';
import sharp from 'sharp';
import { root, startDemoServer } from './demo-kit.mjs';
import { chromiumArgs, findChromium } from './ensure-chromium.mjs';

const outDir = join(root, 'docs', 'screenshots');
const PEOPLE = {
  admin: 'sekretariat@kulturregion.example',
  editor: 'kultur@lolland.example',
  organiser: 'kulturhus@maribo.example',
};

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chrome or Chromium found: run `node scripts/ensure-chromium.mjs`, or set CHROME_PATH.');
  process.exit(1);
}

/** The day `days` from today, as a date field takes it (`YYYY-MM-DD`), in Danish time. */
function dayFromNow(days) {
  const day = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(day);
}

/**
 * A new page in `context`, in Danish: headless Chromium draws date and time fields in en-US (01/11/2027, 09:30 AM)
 * whatever its flags say, so the locale is set through the DevTools protocol, as a Danish browser draws them.
 */
async function danishPage(context, problems) {
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setLocaleOverride', { locale: 'da-DK' });
  watch(page, problems);
  return page;
}

/** Every console error and warning and page error, but the browser's line for the 401 before anyone signs in. */
function watch(page, problems) {
  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warn') return;
    if (/^Failed to load resource: the server responded with a status of 401/.test(message.text())) return;
    // The console's page names no icon, so the browser asks for /favicon.ico, which the server does not have.
    if (/\/favicon\.ico$/.test(message.location()?.url ?? '')) return;
    problems.push(`console.${type}: ${message.text()} (${message.location()?.url ?? '?'})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message ?? error}`));
}

/**
 * The console's element for `selector`, found through every shadow root. Polls `page.$`: puppeteer's waiting
 * selectors keep waiting in nested shadow roots (as `test/fixtures/e2e-harness.ts` notes).
 */
async function find(page, selector, timeout = 20_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await page.$(`console-app >>> ${selector}`);
    if (found) return found;
    if (Date.now() > until) throw new Error(`nothing matched ${selector} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function click(page, selector) {
  await (await find(page, selector)).click();
}

/** Fills a field as finished typing does: its value, then `input` and `change` (the preview follows `change`). */
async function fill(page, selector, value) {
  await (
    await find(page, selector)
  ).evaluate((field, text) => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

/** Clicks the button of the editor whose text is `text`. */
async function clickButton(page, text) {
  await (
    await find(page, 'console-event-editor')
  ).evaluate((editor, label) => {
    const button = [...editor.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
    if (!button) throw new Error(`no button "${label}"`);
    button.click();
  }, text);
}

/** Waits until the console's view shows `text` in its first heading. */
async function heading(page, text) {
  await page.waitForFunction(
    (wanted) => {
      const main = document.querySelector('console-app')?.shadowRoot?.querySelector('main > *');
      const h1 = main?.shadowRoot?.querySelector('h1') ?? main?.querySelector('h1');
      return h1?.textContent?.trim().startsWith(wanted);
    },
    { timeout: 20_000, polling: 100 },
    text,
  );
}

/** Signs `email` in through the form and the link in the demo outbox, as a person would. */
async function signIn(page, base, email) {
  await page.goto(`${base}/admin/`, { waitUntil: 'networkidle0' });
  await heading(page, 'Log ind');
  await fill(page, '#email', email);
  await click(page, 'console-sign-in >>> form button[type="submit"]');
  await find(page, '#sent');
  const outbox = await (await fetch(`${base}/v1/dev/outbox?to=${encodeURIComponent(email)}`)).text();
  const link = [...outbox.matchAll(/(http:\/\/[^\s"\\]+\/admin\/#sign-in=[\w-]{43})/g)].at(-1)?.[1];
  if (!link) throw new Error(`no sign-in link for ${email} in the demo outbox:\n${outbox.slice(0, 500)}`);
  // Opened from the mail: a new page load, not a change of the fragment of the page that asked for it.
  await page.goto('about:blank');
  await page.goto(link, { waitUntil: 'networkidle0' });
  await heading(page, 'Arrangementer');
}

/** Lets the page settle: fonts, pictures, the preview's elements; no focus ring on the view's heading. */
async function settle(page) {
  await page.waitForNetworkIdle({ idleTime: 400 });
  await page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    active?.blur();
  });
  await page.evaluate(() => document.fonts.ready);
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/** The box of an element found through shadow roots, in page coordinates. */
async function boxOf(page, selector) {
  const handle = await page.$(`console-app >>> ${selector}`);
  if (!handle) throw new Error(`nothing matched ${selector}`);
  const box = await handle.boundingBox();
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  return { ...box, x: box.x + scroll.x, y: box.y + scroll.y };
}

const saved = [];

/** Takes `clip` of the page (or the viewport) and writes it as an indexed PNG. */
async function shoot(page, name, clip) {
  const raw = await page.screenshot({ ...(clip ? { clip, captureBeyondViewport: true } : {}), type: 'png' });
  const file = join(outDir, `${name}.png`);
  writeFileSync(
    file,
    await sharp(raw).png({ palette: true, colours: 256, effort: 10, compressionLevel: 9 }).toBuffer(),
  );
  saved.push(file);
  console.log(`${relative(root, file)}  ${statSync(file).size} bytes`);
}

/** The event the organiser makes: a course day at Maribo Kulturhus, five weeks from now. */
const day = dayFromNow(35);
const closes = dayFromNow(28);

async function fillEvent(page, pictureFile) {
  await fill(page, '#f-title', 'Mobilhistorie for foreninger');
  await fill(
    page,
    '#f-summary',
    'Lær at lave en kort film om jeres forening med telefonen: idé, optagelse, lyd og klip på én dag.',
  );
  await fill(
    page,
    '#f-description',
    'Kurset er for frivillige og ansatte i kulturforeninger på Lolland. Tag din egen telefon med.\n\n' +
      'Vi slutter med at vise filmene for hinanden. Der er frokost og kaffe.',
  );
  await click(page, '#f-categories-kursus');
  await fill(page, '#f-startDate', day);
  await fill(page, '#f-startTime', '09:30');
  await fill(page, '#f-endTime', '15:30');
  await fill(page, '#f-venueName', 'Maribo Kulturhus');
  await fill(page, '#f-venueAddress', 'Jernbanegade 8');
  await fill(page, '#f-venuePostalCode', '4930');
  await page.waitForFunction(() => {
    const editor = document.querySelector('console-app')?.shadowRoot?.querySelector('console-event-editor');
    return editor?.shadowRoot?.querySelector('#f-municipality')?.value === 'lolland';
  });
  await click(page, '#f-audience');
  await fill(page, '#f-organizerName', 'Maribo Kulturhus');
  await fill(page, '#f-accessibility', 'Niveaufri adgang og handicaptoilet. Teleslynge i salen.');
  const upload = await page.$('console-app >>> #f-imageUrl');
  await upload.uploadFile(pictureFile);
  await fill(
    page,
    '#f-imageAlt',
    'Tegning: en mobiltelefon på et lille stativ filmer en violinist, som også ses på telefonens skærm.',
  );
  await click(page, '#f-signupMode-internal');
  await fill(page, '#f-capacity', '20');
  await fill(page, '#f-closesDate', closes);
  await click(page, '#f-signupFields-organization');
  await page.waitForFunction(() => {
    const editor = document.querySelector('console-app')?.shadowRoot?.querySelector('console-event-editor');
    const preview = editor?.shadowRoot?.querySelector('console-preview');
    const event = preview?.shadowRoot?.querySelector('kultur-event');
    return event?.shadowRoot?.querySelector('img')?.complete;
  });
}

mkdirSync(outDir, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'kultur-console-shots-'));
const server = await startDemoServer({ db: join(dir, 'kultur.db') });
const base = server.url;
const browser = await puppeteer.launch({
  executablePath,
  args: [...chromiumArgs, '--lang=da-DK'],
  headless: true,
  env: { ...process.env, LANG: 'da_DK.UTF-8', LANGUAGE: 'da' },
});
const problems = [];
const desktop = { width: 1280, height: 900 };

try {
  // A picture to upload, as a person would have one: the demo's drawing for a mobilhistorie course, as a PNG.
  const pictureFile = join(dir, 'mobilhistorie.png');
  {
    const page = await browser.newPage();
    await page.setViewport({ width: 960, height: 540 });
    const svg = readFileSync(join(root, 'server/assets/demo-images/mobilhistorie.svg'), 'utf8');
    await page.setContent(`<body style="margin:0">${svg.replace('<svg', '<svg width="960" height="540"')}</body>`);
    await page.screenshot({ path: pictureFile });
    await page.close();
  }

  // Sign-in, in Danish and in English.
  {
    const context = await browser.createBrowserContext();
    const page = await danishPage(context, problems);
    await page.setViewport({ width: 800, height: 640 });
    await page.goto(`${base}/admin/`, { waitUntil: 'networkidle0' });
    await heading(page, 'Log ind');
    await settle(page);
    await shoot(page, 'console-sign-in');
    await page.goto(`${base}/admin/?lang=en`, { waitUntil: 'networkidle0' });
    await heading(page, 'Sign in');
    await settle(page);
    await shoot(page, 'console-sign-in-en');
    await context.close();
  }

  // The admin's list of published events.
  {
    const context = await browser.createBrowserContext();
    const page = await danishPage(context, problems);
    await page.setViewport(desktop);
    await signIn(page, base, PEOPLE.admin);
    await page.goto(`${base}/admin/#/events?state=published`, { waitUntil: 'networkidle0' });
    await find(page, '.events li');
    await settle(page);
    await shoot(page, 'console-events', { x: 0, y: 0, width: 1280, height: 760 });
    await context.close();
  }

  // The organiser fills in a new event; the preview beside it; then on a phone; then submits it.
  let eventId;
  {
    const context = await browser.createBrowserContext();
    const page = await danishPage(context, problems);
    await page.setViewport(desktop);
    await signIn(page, base, PEOPLE.organiser);
    await page.goto(`${base}/admin/#/events/new`, { waitUntil: 'networkidle0' });
    await heading(page, 'Nyt arrangement');
    await fillEvent(page, pictureFile);
    await click(page, 'console-event-editor >>> form button[type="submit"]');
    await heading(page, 'Ret: Mobilhistorie for foreninger');
    eventId = decodeURIComponent(new URL(page.url()).hash.replace('#/events/', ''));
    await find(page, 'console-change-log >>> table');
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    const preview = await boxOf(page, 'console-preview');
    await shoot(page, 'console-editor', {
      x: 0,
      y: 0,
      width: 1280,
      height: Math.min(1300, preview.y + preview.height),
    });
    await page.goto(`${base}/admin/?lang=en#/events/${encodeURIComponent(eventId)}`, { waitUntil: 'networkidle0' });
    await heading(page, 'Edit: Mobilhistorie for foreninger');
    await find(page, 'console-change-log >>> table');
    await settle(page);
    const previewEn = await boxOf(page, 'console-preview');
    await shoot(page, 'console-editor-en', {
      x: 0,
      y: 0,
      width: 1280,
      height: Math.min(1300, previewEn.y + previewEn.height),
    });

    await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
    await page.goto(`${base}/admin/#/events/${encodeURIComponent(eventId)}`, { waitUntil: 'networkidle0' });
    await heading(page, 'Ret: Mobilhistorie for foreninger');
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    if (overflow > 390) problems.push(`the editor scrolls sideways at 390 px (scrollWidth ${overflow})`);
    const what = await boxOf(page, 'console-event-editor >>> form > fieldset');
    await shoot(page, 'console-phone', { x: 0, y: 0, width: 390, height: Math.round(what.y + what.height + 8) });

    await page.setViewport(desktop);
    await page.goto(`${base}/admin/#/events/${encodeURIComponent(eventId)}`, { waitUntil: 'networkidle0' });
    await heading(page, 'Ret: Mobilhistorie for foreninger');
    await clickButton(page, 'Send til godkendelse');
    await heading(page, 'Ret: Mobilhistorie for foreninger');
    await page.waitForFunction(() =>
      document
        .querySelector('console-app')
        ?.shadowRoot?.querySelector('console-event-editor')
        ?.shadowRoot?.textContent?.includes('Arrangementet er sendt til godkendelse.'),
    );
    await context.close();
  }

  // Lolland's editor finds it in the approval queue.
  {
    const context = await browser.createBrowserContext();
    const page = await danishPage(context, problems);
    await page.setViewport({ width: 1100, height: 900 });
    await signIn(page, base, PEOPLE.editor);
    await page.goto(`${base}/admin/#/queue`, { waitUntil: 'networkidle0' });
    await heading(page, 'Til godkendelse');
    await find(page, '.events li');
    await settle(page);
    const list = await boxOf(page, 'console-event-list >>> .events');
    await shoot(page, 'console-queue', { x: 0, y: 0, width: 1100, height: Math.round(list.y + list.height + 16) });
    await page.goto(`${base}/admin/?lang=en#/queue`, { waitUntil: 'networkidle0' });
    await heading(page, 'Awaiting approval');
    await find(page, '.events li');
    await settle(page);
    const listEn = await boxOf(page, 'console-event-list >>> .events');
    await shoot(page, 'console-queue-en', {
      x: 0,
      y: 0,
      width: 1100,
      height: Math.round(listEn.y + listEn.height + 16),
    });
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

if (problems.length) {
  console.error(
    `\nThe console was not clean (${problems.length} problems):\n${problems.map((p) => `- ${p}`).join('\n')}`,
  );
  process.exit(1);
}
const total = saved.reduce((sum, file) => sum + statSync(file).size, 0);
console.log(`\n${saved.length} screenshots in ${relative(root, outDir)}/, ${total} bytes in all.`);

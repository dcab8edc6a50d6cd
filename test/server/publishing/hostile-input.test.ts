import ICAL from 'ical.js';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { escapeHtml } from '../../../server/src/http/html.js';
import type { EventInput } from '../../../src/contract/schema.js';
import {
  hostileEvent,
  storedText,
  TEXT_FIELDS,
  URL_FIELDS,
  valueAt,
  wellFormed,
  withValueAt,
} from '../../fixtures/hostile-event.js';
import { HOSTILE_WEB_URLS, REFUSED_URLS, XSS_PAYLOADS } from '../../fixtures/xss-payloads.js';
import { assertProblem } from '../support/problem-assertions.js';
import { cancelTokenOf, person, postSignup } from '../support/signup-support.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

const DAY = 86_400_000;
/** A window of days no other event of this file's feed is in. */
const FIRST_DAY = new Date(Date.now() + 400 * DAY);
const window = (() => {
  const day = (offset: number) => new Date(FIRST_DAY.getTime() + offset * DAY).toISOString().slice(0, 10);
  return `from=${day(-1)}&to=${day(XSS_PAYLOADS.length + 1)}`;
})();

/**
 * The tags and attribute names of a page rendered by the server's `html` tag. Every `<`, `>` and quote from the
 * database is escaped, so whatever looks like a tag here was written by the template; a payload that got through
 * would show up as a tag or attribute the benign page does not have.
 */
function markupShape(page: string): { tags: Set<string>; attributes: Set<string> } {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const [tag, name] of page.matchAll(/<([a-zA-Z][^\s/>]*)[^>]*>/g)) {
    tags.add(name!.toLowerCase());
    const bare = tag.replace(/"[^"]*"|'[^']*'/g, '""');
    for (const [, attribute] of bare.matchAll(/\s([^\s=/>"']+)/g)) attributes.add(attribute!.toLowerCase());
  }
  return { tags, attributes };
}

/** A text as an iCalendar client reads it back: one kind of line break, and no control characters but tab. */
function inCalendar(text: string): string {
  return wellFormed(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function assertSameShape(hostile: string, benign: string, what: string): void {
  const seen = markupShape(hostile);
  const expected = markupShape(benign);
  assert.deepEqual(
    [...seen.tags].filter((tag) => !expected.tags.has(tag)),
    [],
    `${what}: tags of its own`,
  );
  assert.deepEqual(
    [...seen.attributes].filter((name) => !expected.attributes.has(name)),
    [],
    `${what}: attributes of its own`,
  );
  assert.ok(![...seen.attributes].some((name) => name.startsWith('on')), `${what}: an event handler attribute`);
}

describe('hostile text through the publishing API', () => {
  let feed: TestFeed;
  const published: EventInput[] = [];
  const benign = hostileEvent('Sommerkoncert i parken', {
    id: 'almindelig-koncert',
    start: new Date(FIRST_DAY.getTime() - 12 * 3_600_000),
    signup: 'internal',
    webUrl: 'https://example.dk/koncert',
  });

  before(async () => {
    // One test address signs up a hundred times here.
    feed = createTestFeed({ signupRate: 0 });
    const response = await feed.publish('POST', '/v1/events', benign);
    assert.equal(response.status, 201, await response.text());
  });
  after(() => feed.close());

  it(`takes each of ${XSS_PAYLOADS.length} payloads in all ${TEXT_FIELDS.length} text fields and serves it back as it was sent`, async () => {
    assert.ok(XSS_PAYLOADS.length >= 100);
    for (const [n, payload] of XSS_PAYLOADS.entries()) {
      const input = hostileEvent(payload.text, {
        id: `fjendtlig-${n}`,
        start: new Date(FIRST_DAY.getTime() + n * DAY),
        signup: (['internal', 'external', 'none'] as const)[n % 3]!,
        seed: n,
      });
      const response = await feed.publish('POST', '/v1/events', input);
      if (payload.text.includes('\u0000')) {
        // No text of the feed holds NUL, and PostgreSQL could not store one: refused on every backend alike.
        await assertProblem(response, 400, 'title');
        continue;
      }
      assert.equal(response.status, 201, `payload ${n} (${payload.kind}): ${await response.text()}`);
      published.push(input);
      const served = await (await feed.request(`/v1/events/fjendtlig-${n}`)).json();
      for (const { path, trimmed } of TEXT_FIELDS) {
        const sent = valueAt(input, path) as string;
        assert.equal(valueAt(served, path), storedText(sent, trimmed), `payload ${n} in ${path}`);
      }
      for (const path of URL_FIELDS) assert.equal(valueAt(served, path), valueAt(input, path), `${path} of ${n}`);
    }
  });

  it(`refuses ${REFUSED_URLS.length} addresses that are not http(s) in each of the ${URL_FIELDS.length} URL fields, naming the field`, async () => {
    const external = withValueAt(benign, 'signup', { mode: 'external', url: 'https://example.dk/tilmelding' });
    for (const path of URL_FIELDS) {
      for (const url of REFUSED_URLS) {
        const response = await feed.publish('POST', '/v1/events', {
          ...withValueAt(external, path, url),
          id: undefined,
        });
        await assertProblem(response, 400, path).catch((error: Error) => {
          throw new Error(`${path} = ${JSON.stringify(url)}: ${error.message}`);
        });
      }
    }
    assert.ok(HOSTILE_WEB_URLS.length > 0, 'hostile but valid web addresses were taken in the test above');
  });

  it('renders every payload into events.html as escaped text: no tag, attribute or handler of its own', async () => {
    const pages: string[] = [];
    for (let url = `/v1/events.html?${window}&limit=100`; url;) {
      const response = await feed.request(url);
      assert.equal(response.status, 200);
      const page = await response.text();
      pages.push(page);
      url = page.match(/<a href="([^"]+)" rel="next">/)?.[1]?.replaceAll('&amp;', '&') ?? '';
      if (url) url = `/v1/${url}`;
    }
    // The benign event comes first in the window; a page of one has the paging links too.
    const benignPage = await (await feed.request(`/v1/events.html?${window}&limit=1`)).text();
    assert.match(benignPage, /Sommerkoncert i parken/);
    const all = pages.join('\n');
    for (const page of pages) assertSameShape(page, benignPage, 'events.html');
    for (const [n, input] of published.entries()) {
      assert.ok(
        all.includes(escapeHtml(wellFormed(storedText(input.title)))),
        `the title of payload ${n} is shown as text`,
      );
    }
  });

  it('keeps every payload inside its own property in the iCalendar file: no line or event of its own', async () => {
    const text = await (await feed.request(`/v1/events.ics?${window}`)).text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    assert.equal(events.length, published.length + 1);
    const byId = new Map(events.map((event) => [String(event.getFirstPropertyValue('uid')).split('@')[0], event]));
    for (const [n, input] of published.entries()) {
      const event = byId.get(input.id!);
      assert.ok(event, `payload ${n} is one VEVENT`);
      // A moved event's title gets a prefix; the title itself follows whole, less the control characters iCalendar
      // has no room for.
      const title = inCalendar(storedText(input.title));
      assert.ok(String(event.getFirstPropertyValue('summary')).endsWith(title), `SUMMARY of ${n}`);
      const description = inCalendar(input.description.trim());
      assert.ok(String(event.getFirstPropertyValue('description')).includes(description), `DESCRIPTION of ${n}`);
    }
  });

  it('keeps what people type inert on the cancel page and in the organisers’ CSV', async () => {
    const answers: string[] = [];
    for (const [n, payload] of XSS_PAYLOADS.filter((p) => p.text.length < 190).entries()) {
      const body = person(n, { name: payload.text.trim(), organization: '=HYPERLINK("https://evil.example")' });
      const response = await postSignup(feed, 'almindelig-koncert', { ...body, comment: `@SUM(1+1) ${payload.text}` });
      if (response.status !== 201) {
        // A name of only markup may be refused as blank after trimming, one with a line break or a control character
        // as not one line; it must be refused cleanly, then.
        await assertProblem(response, 400, 'name');
        continue;
      }
      answers.push(await cancelTokenOf(feed, (await response.json()).id));
    }
    assert.ok(answers.length > 80, `${answers.length} hostile names were signed up`);
    const benignPage = await (await feed.request(`/v1/signups/${answers[0]}`)).text();
    for (const token of answers) {
      const page = await (await feed.request(`/v1/signups/${token}`)).text();
      assertSameShape(page, benignPage, 'the cancel page');
    }
    const sheet = await (await feed.publish('GET', '/v1/events/almindelig-koncert/signups?format=csv')).text();
    const cells = sheet.split(/[;\r\n]/).map((cell) => cell.replace(/^"|"$/g, ''));
    assert.ok(
      cells.every((cell) => !/^[=+\-@]/.test(cell)),
      'no cell starts as a formula: =, +, - and @ get an apostrophe',
    );
  });
});

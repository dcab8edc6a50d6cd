import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { EventPageSchema, type EventInput } from '../../../src/contract/schema.js';
import { eventInput, winterInstant } from '../support/event-fixture.js';
import { assertProblem } from '../support/problem-assertions.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

const NOW = new Date('2027-03-01T10:00:00Z');
const HOSTILE_TITLE = '<script>alert("titel")</script> & "><img src=x onerror=alert(1)>';

/** The attributes the listing writes; anything else in a tag would have come from the feed's text. */
const allowedAttributes = new Set([
  'lang',
  'charset',
  'name',
  'content',
  'rel',
  'type',
  'href',
  'hreflang',
  'title',
  'id',
  'class',
  'aria-labelledby',
  'aria-label',
  'datetime',
]);
const allowedTags = new Set(
  'html head meta title link style body main h1 h2 p a ol li article time dl div dt dd span br nav'.split(' '),
);

async function page(feed: TestFeed, query = ''): Promise<{ response: Response; body: string }> {
  const response = await feed.request(`/v1/events.html${query}`);
  const body = await response.text();
  assert.equal(response.status, 200, body);
  return { response, body };
}

/** The ids of the listed events, in order, from their headings. */
function listedIds(body: string): string[] {
  return [...body.matchAll(/<h2 id="event-([a-z0-9-]+)">/g)].map((match) => match[1]!);
}

/** A link's target as the browser reads it from the attribute. */
function hrefOf(body: string, rel: string): string | undefined {
  const match = new RegExp(`<a href="([^"]*)" rel="${rel}">`).exec(body);
  return match?.[1]?.replaceAll('&amp;', '&');
}

describe('GET /v1/events.html', () => {
  let feed: TestFeed;

  async function add(id: string, overrides: Partial<EventInput>) {
    assert.ok(await feed.storage.createEvent({ ...eventInput(overrides), id }, NOW));
  }

  before(async () => {
    feed = await createTestFeed({ now: () => NOW });
    await add('fundraising', {
      url: 'https://www.lolland.dk/kultur/fundraising',
      accessibility: 'Niveaufri adgang og teleslynge.',
      signup: {
        mode: 'internal',
        capacity: 10,
        waitlist: true,
        maxSeatsPerSignup: 2,
        fields: [],
      },
    });
    await add('fjendtlig', {
      title: HOSTILE_TITLE,
      summary: '</p><script>document.cookie</script>',
      start: '2027-03-11T18:00:00+01:00',
      end: '2027-03-11T20:00:00+01:00',
      url: 'https://example.dk/a"onmouseover="alert(1)',
      organizer: { name: '<b onclick="x()">Arrangør</b>', url: 'https://example.dk/"><script>' },
      venue: { name: '"><svg onload=alert(1)>', address: 'Vej 1', postalCode: '4930', city: 'Maribo' },
      accessibility: "<iframe src='javascript:alert(1)'>",
      signup: { mode: 'external', url: 'https://example.dk/tilmeld?a=1&b="2"' },
    });
    await add('koncert-guldborgsund', {
      title: 'Koncert i Nykøbing',
      municipality: 'guldborgsund',
      categories: ['koncert'],
      audience: ['borgere'],
      start: '2027-07-03T19:30:00+02:00',
      end: '2027-07-03T22:00:00+02:00',
      price: 1250,
    });
    await add('aflyst', {
      title: 'Aflyst netværkstræf',
      status: 'cancelled',
      cancellationReason: 'For få tilmeldte; vi inviterer igen til foråret.',
      start: winterInstant(20, 10),
    });
    await add('udstilling', {
      title: 'Sommerudstilling',
      allDay: true,
      start: '2027-06-20T00:00:00+02:00',
      end: '2027-08-01T23:59:00+02:00',
      categories: ['udstilling'],
      venue: undefined,
      online: { url: 'https://live.kulturregionstorstroem.dk/udstilling' },
    });
    await add('forbi', { title: 'Forbi', start: winterInstant(5, 10), end: winterInstant(5, 12) });
  });
  after(() => feed.close());

  it('is a whole Danish page: doctype, lang, title, heading, a list of events with times', async () => {
    const { response, body } = await page(feed, '?municipality=lolland&category=kursus');
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('content-language'), 'da');
    assert.match(body, /^<!doctype html>\s*<html lang="da">/);
    assert.match(body, /<title>Kultur i Lolland – kurser \| Kulturregion Storstrøm<\/title>/);
    assert.match(body, /<h1>Kultur i Lolland – kurser<\/h1>/);
    assert.match(body, /<meta name="viewport" content="width=device-width, initial-scale=1" \/>/);
    const start = body.indexOf('<h2 id="event-fundraising">');
    const item = body.slice(start, body.indexOf('</article>', start));
    assert.match(item, /<time datetime="2027-03-10T09:00:00\+01:00">onsdag den 10\. marts 2027 09\.00–15\.00<\/time>/);
    assert.match(item, /<dt>Sted<\/dt>\s*<dd>Maribo Bibliotek, Torvet 1, 4930 Maribo<\/dd>/);
    assert.match(item, /<dt>Pris<\/dt>\s*<dd>Gratis<\/dd>/);
    assert.match(item, /<dt>Tilmelding<\/dt>\s*<dd>10 ledige pladser<\/dd>/);
    assert.match(item, /<dt>Tilgængelighed<\/dt>\s*<dd>Niveaufri adgang og teleslynge\.<\/dd>/);
    assert.match(item, /<a href="https:\/\/www\.kulturregionstorstroem\.dk\/">Kulturregion Storstrøm<\/a>/);
    assert.match(
      item,
      /<a href="https:\/\/www\.lolland\.dk\/kultur\/fundraising">Læs mere<span class="visually-hidden"> om Fundraising/,
    );
    assert.match(item, /<a href="events\/fundraising\.ics">Føj til kalender/);
    assert.match(body, /<a href="events\.ics\?municipality=lolland&amp;category=kursus">/, 'the subscription');
  });

  it('shows price, status, online places and all-day days', async () => {
    const { body } = await page(feed, '?from=2027-01-01');
    assert.match(body, /<dd>1\.250 kr\.<\/dd>/);
    assert.match(body, /<h2 id="event-aflyst"><span class="status">Aflyst:<\/span> Aflyst netværkstræf<\/h2>/);
    assert.match(body, /<p class="status">For få tilmeldte; vi inviterer igen til foråret\.<\/p>/);
    assert.match(body, /Online: <a href="https:\/\/live\.kulturregionstorstroem\.dk\/udstilling">/);
    assert.match(body, /<time datetime="2027-06-20">søndag 20\. juni–søndag 1\. august 2027<\/time>/);
  });

  it('escapes every text from the feed: no markup gets through, in text or in attributes', async () => {
    const { body } = await page(feed, '?from=2027-01-01');
    assert.ok(body.includes('&lt;script&gt;alert(&quot;titel&quot;)&lt;/script&gt; &amp; &quot;&gt;&lt;img'));
    assert.ok(body.includes('href="https://example.dk/a&quot;onmouseover=&quot;alert(1)"'));
    assert.ok(body.includes('href="https://example.dk/tilmeld?a=1&amp;b=&quot;2&quot;"'));
    // Every tag on the page is one the listing writes, with only the listing's attributes, all quoted.
    for (const [tag] of body.matchAll(/<[^>]*>/g)) {
      if (tag === '<!doctype html>' || tag.startsWith('</')) continue;
      const match = /^<([a-z0-9]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*\/?>$/.exec(tag);
      assert.ok(match, `an unexpected tag shape: ${tag}`);
      assert.ok(allowedTags.has(match[1]!), `an unexpected tag: ${tag}`);
      for (const [, name] of match[2]!.matchAll(/([a-z-]+)="/g)) {
        assert.ok(allowedAttributes.has(name!), `an unexpected attribute ${name} in ${tag}`);
      }
    }
    assert.doesNotMatch(body, /<script|<img|<svg|<iframe|<b /i);
  });

  it('starts today without from, and shows the past when asked', async () => {
    const today = listedIds((await page(feed)).body);
    assert.ok(!today.includes('forbi'), 'an event that ended in January is not listed on 1 March');
    assert.deepEqual(today, ['aflyst', 'fundraising', 'fjendtlig', 'udstilling', 'koncert-guldborgsund']);
    assert.ok(listedIds((await page(feed, '?from=2027-01-01')).body).includes('forbi'));
    assert.deepEqual(listedIds((await page(feed, '?to=2027-01-15')).body), ['forbi'], 'a past to asks for the past');
  });

  it('takes the listing’s filters', async () => {
    for (const [query, ids] of [
      ['?municipality=guldborgsund', ['koncert-guldborgsund']],
      ['?category=koncert,udstilling', ['udstilling', 'koncert-guldborgsund']],
      ['?audience=borgere', ['koncert-guldborgsund']],
      ['?q=nykøbing', ['koncert-guldborgsund']],
      ['?from=2027-06-01&to=2027-06-30', ['udstilling']],
    ] as const) {
      assert.deepEqual(listedIds((await page(feed, query)).body), ids, query);
    }
    const { body } = await page(feed, '?municipality=stevns');
    assert.match(body, /<p>Der er ingen arrangementer, der passer til udvalget\.<\/p>/);
    assert.doesNotMatch(body, /<ol>/, 'no empty list');
  });

  it('speaks English with lang=en', async () => {
    const { response, body } = await page(feed, '?lang=en&municipality=lolland&category=kursus');
    assert.equal(response.headers.get('content-language'), 'en');
    assert.match(body, /<html lang="en">/);
    assert.match(body, /<h1>Culture in Lolland – courses<\/h1>/);
    assert.match(body, /Wednesday, 10 March 2027, 09:00–15:00/);
    assert.match(body, /<dt>Price<\/dt>\s*<dd>Free<\/dd>/);
    assert.match(
      body,
      /<a href="events\.html\?municipality=lolland&amp;category=kursus" hreflang="da" lang="da">Dansk/,
    );
    const danish = (await page(feed, '?municipality=lolland')).body;
    assert.match(danish, /<a href="events\.html\?municipality=lolland&amp;lang=en" hreflang="en" lang="en">English/);
    const priced = (await page(feed, '?lang=en&municipality=guldborgsund')).body;
    assert.match(priced, /<dd>DKK 1,250<\/dd>/);
  });

  it('pages with a next link that carries the cursor and the filters, like the listing', async () => {
    const ids: string[] = [];
    let href: string | undefined = 'events.html?limit=2&lang=en';
    let pages = 0;
    while (href) {
      const { body } = await page(feed, href.slice('events.html'.length));
      ids.push(...listedIds(body));
      if (pages > 0) assert.match(body, /<a href="events\.html\?limit=2&amp;lang=en">First page<\/a>/);
      href = hrefOf(body, 'next');
      if (href) assert.match(href, /^events\.html\?limit=2&lang=en&cursor=[\w-]+$/);
      pages++;
    }
    assert.equal(pages, 3);
    const json = EventPageSchema.parse(await (await feed.request('/v1/events?from=2027-03-01&limit=100')).json());
    assert.deepEqual(
      ids,
      json.items.map((event) => event.id),
    );
  });

  it('refuses bad filters and languages with problem details', async () => {
    await assertProblem(await feed.request('/v1/events.html?lang=de'), 400, 'lang');
    await assertProblem(await feed.request('/v1/events.html?lang=da&lang=en'), 400, 'lang');
    await assertProblem(await feed.request('/v1/events.html?municipality=koebenhavn'), 400, 'municipality');
    await assertProblem(await feed.request('/v1/events.html?color=red'), 400, 'color');
    await assertProblem(await feed.request('/v1/events.html?cursor=nonsense'), 400, 'cursor');
    await assertProblem(await feed.request('/v1/events.html', { method: 'POST' }), 405);
  });

  it('runs no script and loads nothing: a strict CSP whose one hash is the page’s style', async () => {
    const { response, body } = await page(feed);
    const csp = response.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    assert.deepEqual(directives['default-src'], ["'none'"]);
    assert.deepEqual(directives['base-uri'], ["'none'"]);
    assert.deepEqual(directives['form-action'], ["'none'"]);
    assert.deepEqual(directives['frame-ancestors'], ['*'], 'a municipality may frame it');
    assert.equal(directives['script-src'], undefined, 'no script allowed beyond default-src none');
    const styles = [...body.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
    assert.equal(styles.length, 1);
    const hash = createHash('sha256').update(styles[0]!).digest('base64');
    assert.deepEqual(directives['style-src'], [`'sha256-${hash}'`]);
    assert.doesNotMatch(body, /<script|\sstyle="|\son[a-z]+="/i);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('x-robots-tag'), null, 'crawlers may read it');
  });

  it('is cached like the feed’s reads, with an ETag', async () => {
    const { response } = await page(feed, '?municipality=lolland');
    assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=60, s-maxage=300/);
    const tag = response.headers.get('etag');
    assert.match(tag ?? '', /^"[^"]+"$/);
    const again = await feed.request('/v1/events.html?municipality=lolland', { headers: { 'if-none-match': tag! } });
    assert.equal(again.status, 304);
  });
});

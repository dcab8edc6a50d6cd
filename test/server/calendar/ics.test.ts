import ICAL from 'ical.js';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CALENDAR_MAX_EVENTS } from '../../../server/src/calendar/calendar-routes.js';
import { escapeText, foldLine } from '../../../server/src/calendar/ics-text.js';
import { seedDatabase } from '../../../server/src/seed/seed-database.js';
import { CANCELLED_EVENT_ID } from '../../../server/src/seed/seed-events.js';
import { EventPageSchema, type EventInput, type KulturEvent } from '../../../src/contract/schema.js';
import { eventInput, winterInstant } from '../support/event-fixture.js';
import { assertProblem } from '../support/problem-assertions.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

const NOW = new Date('2027-03-01T10:00:00Z');
const ZONE = 'Europe/Copenhagen';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

/** Parses with ical.js, registering the calendar's own VTIMEZONEs first (ical.js knows no zones by name). */
function parseCalendar(text: string): { calendar: Component; events: Component[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

function time(event: Component, name: 'dtstart' | 'dtend'): Time {
  const value = event.getFirstPropertyValue(name);
  assert.ok(value instanceof ICAL.Time, `${name} is a time`);
  return value;
}

function text(component: Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return value === null ? undefined : String(value);
}

/** ical.js leaves properties it does not know (X-WR-CALNAME) as written: TEXT unescaping for those. */
function unescaped(value: string | undefined): string | undefined {
  return value?.replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
}

/** The physical lines of a response, as bytes, split at CRLF. */
function physicalLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      assert.equal(bytes[i - 1], 0x0d, `a bare LF at byte ${i}`);
      lines.push(bytes.subarray(start, i - 1));
      start = i + 1;
    }
  }
  assert.equal(start, bytes.length, 'the last line ends with CRLF');
  return lines;
}

async function calendarText(feed: TestFeed, path: string): Promise<string> {
  const response = await feed.request(path);
  const body = await response.text();
  assert.equal(response.status, 200, body);
  assert.equal(response.headers.get('content-type'), 'text/calendar; charset=utf-8');
  return body;
}

/** Every event the JSON listing gives for a query, following its cursors. */
async function listing(feed: TestFeed, query: string): Promise<KulturEvent[]> {
  const events: KulturEvent[] = [];
  let cursor: string | null = null;
  do {
    const response = await feed.request(`/v1/events?${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    const page = EventPageSchema.parse(await response.json());
    events.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return events;
}

/** An event's calendar entry says the same as its JSON: times, zone, text, place, status, changes. */
function assertSameEvent(entry: Component, event: KulturEvent): void {
  const start = time(entry, 'dtstart');
  const end = time(entry, 'dtend');
  if (event.allDay) {
    assert.ok(start.isDate && end.isDate, `${event.id}: all-day is VALUE=DATE`);
    const day = (instant: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE }).format(instant);
    assert.equal(start.toString(), day(Date.parse(event.start)), `${event.id}: first day`);
    const lastDay = day(Math.max(Date.parse(event.start), Date.parse(event.end) - 1));
    const dayAfter = new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    assert.equal(end.toString(), dayAfter, `${event.id}: DTEND is the day after the last day`);
  } else {
    assert.equal(start.toJSDate().getTime(), Date.parse(event.start), `${event.id}: start instant`);
    assert.equal(end.toJSDate().getTime(), Date.parse(event.end), `${event.id}: end instant`);
    for (const value of [start, end]) {
      assert.ok(['Europe/Copenhagen', 'UTC'].includes(value.zone?.tzid ?? 'floating'), `${event.id}: zoned`);
    }
  }
  const prefix = { cancelled: 'Aflyst: ', postponed: 'Udsat: ' }[event.status as string] ?? '';
  assert.equal(text(entry, 'summary'), `${prefix}${event.title}`);
  const description = text(entry, 'description') ?? '';
  const reason = event.cancellationReason ? `Aflyst: ${event.cancellationReason}\n\n` : '';
  assert.ok(description.startsWith(`${reason}${event.summary}\n\n`), `${event.id}: the reason, then the summary`);
  assert.ok(description.includes(event.description.trim()), `${event.id}: description holds the description`);
  if (event.url) assert.ok(description.includes(event.url) && text(entry, 'url') === event.url);
  const { venue, online } = event;
  const where = venue ? `${venue.name}, ${venue.address}, ${venue.postalCode} ${venue.city}` : online?.url;
  assert.equal(text(entry, 'location'), where);
  if (venue?.lat !== undefined) assert.deepEqual(entry.getFirstPropertyValue('geo'), [venue.lat, venue.lng]);
  const status = { scheduled: 'CONFIRMED', rescheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' };
  assert.equal(text(entry, 'status'), status[event.status]);
  const updated = Math.floor(Date.parse(event.updatedAt) / 1000) * 1000;
  for (const name of ['last-modified', 'dtstamp']) {
    const value = entry.getFirstPropertyValue(name);
    assert.ok(value instanceof ICAL.Time && value.zone === ICAL.Timezone.utcTimezone, `${name} is UTC`);
    assert.equal(value.toJSDate().getTime(), updated, `${event.id}: ${name} is updatedAt`);
  }
  assert.equal(entry.getAllProperties('categories')[0]?.getValues().length, event.categories.length);
}

describe('GET /v1/events.ics and /v1/events/{id}.ics', () => {
  let feed: TestFeed;
  const hostileTitle = 'Kunst; farver, streger\\ og\nen ny linje';
  const longDanish =
    'Æbleskiver, rødgrød med fløde og smørrebrød på Østersøens kyst: 🎻 musik, 🎨 billedkunst og ønsker om ' +
    'flere år med kultur i hele regionen. '.repeat(6);

  async function add(id: string, overrides: Partial<EventInput>) {
    assert.ok(await feed.storage.createEvent({ ...eventInput(overrides), id }, new Date('2027-02-01T12:34:56.789Z')));
  }

  before(async () => {
    feed = await createTestFeed({ now: () => NOW });
    await add('kursus-maribo', {
      venue: {
        name: 'Maribo Bibliotek',
        address: 'Torvet 1',
        postalCode: '4930',
        city: 'Maribo',
        lat: 54.7751,
        lng: 11.5013,
      },
      url: 'https://www.lolland.dk/kultur/fundraising?a=1&b=2',
    });
    await add('sommerkoncert', {
      title: 'Sommerkoncert i domkirken',
      start: '2027-07-03T19:30:00+02:00',
      end: '2027-07-03T22:00:00+02:00',
      categories: ['koncert'],
      audience: ['borgere'],
      price: 1250,
    });
    await add('fjendtlig-titel', { title: hostileTitle, description: longDanish, summary: 'Tegn; komma, og \\.' });
    await add('sommerudstilling', {
      title: 'Sommerudstilling',
      allDay: true,
      start: '2027-06-20T00:00:00+02:00',
      end: '2027-08-01T23:59:00+02:00',
      categories: ['udstilling'],
    });
    await add('en-dag-til-midnat', {
      allDay: true,
      start: '2027-05-01T00:00:00+02:00',
      end: '2027-05-02T00:00:00+02:00',
      categories: ['udstilling'],
    });
    await add('aflyst-netvaerk', {
      status: 'cancelled',
      cancellationReason: 'Oplægsholderen er syg.',
      municipality: 'guldborgsund',
      categories: ['netvaerkstraef'],
    });
    await add('udsat-workshop', { status: 'postponed', categories: ['workshop'], start: winterInstant(20, 10) });
    // The night the clocks go back: 02:30 happens twice, first in summer time, then in winter time.
    await add('natten-foerste-gang', {
      start: '2027-10-31T01:30:00+02:00',
      end: '2027-10-31T02:30:00+02:00',
      categories: ['koncert'],
    });
    await add('natten-anden-gang', {
      start: '2027-10-30T22:00:00+02:00',
      end: '2027-10-31T02:30:00+01:00',
      categories: ['koncert'],
    });
    await add('online-foredrag', {
      venue: undefined,
      online: { url: 'https://live.kulturregionstorstroem.dk/foredrag' },
      categories: ['foredrag'],
      organizer: { name: 'Foreningen "Kunst, liv; og \\ mere"' },
    });
    await add('gammelt-kursus', { start: winterInstant(10, 9), end: winterInstant(10, 12) });
    await add('ics', { title: 'Et arrangement med id "ics"' });
  });
  after(() => feed.close());

  describe('the calendar', () => {
    it('parses in ical.js with every event, time and zone intact, as the JSON feed has them', async () => {
      const { calendar, events } = parseCalendar(await calendarText(feed, '/v1/events.ics?from=2027-01-01'));
      const expected = await listing(feed, 'from=2027-01-01');
      assert.equal(expected.length, 12);
      assert.deepEqual(
        events.map((entry) => text(entry, 'uid')),
        expected.map((event) => `${event.id}@kultur.kulturregionstorstroem.dk`),
        'every event, in start order',
      );
      for (const [i, entry] of events.entries()) assertSameEvent(entry, expected[i]!);
      assert.equal(text(calendar, 'version'), '2.0');
      assert.equal(text(calendar, 'calscale'), 'GREGORIAN');
      assert.equal(text(calendar, 'method'), 'PUBLISH');
      assert.match(text(calendar, 'prodid') ?? '', /^-\/\/.+\/\/.+\/\/DA$/);
      assert.equal(text(calendar, 'x-wr-timezone'), ZONE);
      assert.equal(text(calendar, 'x-wr-calname'), 'Kultur i Kulturregion Storstrøm');
    });

    it('has a VTIMEZONE that places every Danish wall-clock time where the time-zone database does', () => {
      const zone = ICAL.TimezoneService.get(ZONE);
      assert.ok(zone, 'registered from the calendar above');
      const wallClock = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, dateStyle: 'short', timeStyle: 'medium' });
      let checked = 0;
      for (const year of [2026, 2027, 2031]) {
        for (let instant = Date.UTC(year, 0, 1); instant < Date.UTC(year + 1, 0, 1); instant += 1_800_000) {
          const shown = wallClock.format(instant);
          // The October hour that happens twice is written in UTC (see the next test), never as wall-clock time.
          if ([instant - 3_600_000, instant + 3_600_000].some((other) => wallClock.format(other) === shown)) continue;
          const local = ICAL.Time.fromDateTimeString(shown.replace(' ', 'T'));
          local.zone = zone;
          assert.equal(local.toJSDate().getTime(), instant, `${shown} is ${new Date(instant).toISOString()}`);
          checked++;
        }
      }
      assert.ok(checked > 52_000);
    });

    it('writes the hour the October night repeats in UTC, so that it means one instant in every client', async () => {
      const body = await calendarText(feed, '/v1/events/natten-anden-gang.ics');
      assert.match(body, /DTSTART;TZID=Europe\/Copenhagen:20271030T220000\r\n/);
      assert.match(body, /DTEND:20271031T013000Z\r\n/, 'the second 02:30 is written in UTC');
      const first = await calendarText(feed, '/v1/events/natten-foerste-gang.ics');
      assert.match(first, /DTSTART;TZID=Europe\/Copenhagen:20271031T013000\r\n/, '01:30 happens once');
      assert.match(first, /DTEND:20271031T003000Z\r\n/, 'the first 02:30 is written in UTC too');
    });

    it('folds lines at 75 octets without splitting a character, with CRLF line ends', async () => {
      const response = await feed.request('/v1/events.ics?from=2027-01-01');
      const bytes = new Uint8Array(await response.arrayBuffer());
      const strict = new TextDecoder('utf-8', { fatal: true });
      const lines = physicalLines(bytes);
      let folded = 0;
      for (const line of lines) {
        assert.ok(line.length <= 75, `${line.length} octets: ${strict.decode(line)}`);
        strict.decode(line); // Throws if a multi-byte character was cut.
        if (line[0] === 0x20) folded++;
      }
      assert.ok(folded > 5, 'the long description is folded');
      // Folding is invisible once unfolded: the long Danish text with emoji comes back whole.
      const { events } = parseCalendar(new TextDecoder().decode(bytes));
      const entry = events.find((event) => text(event, 'uid')?.startsWith('fjendtlig-titel@'));
      assert.ok(text(entry!, 'description')?.includes(longDanish.trim()));
    });

    it('folds any line, whatever its characters, and unfolds to the same text', () => {
      for (const line of [
        `DESCRIPTION:${'ø'.repeat(100)}`,
        `DESCRIPTION:${'a'.repeat(73)}🎻${'b'.repeat(80)}`,
        `X:${'€'.repeat(40)}`,
        'SHORT:ok',
        `X:${'a'.repeat(73)}`,
      ]) {
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) assert.ok(Buffer.byteLength(part) <= 75, part);
        assert.equal(folded.replaceAll('\r\n ', ''), line);
      }
      assert.equal(foldLine(`X:${'a'.repeat(73)}`), `X:${'a'.repeat(73)}`, '75 octets stay on one line');
    });

    it('escapes backslash, semicolon, comma and line breaks in text, and ical.js reads them back', async () => {
      assert.equal(escapeText('a\\b;c,d\ne\r\nf\rg\u0007'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
      const body = await calendarText(feed, '/v1/events/fjendtlig-titel.ics');
      assert.match(body, /\r\nSUMMARY:Kunst\\; farver\\, streger\\\\ og\\nen ny linje\r\n/);
      const { events } = parseCalendar(body);
      assert.equal(text(events[0]!, 'summary'), hostileTitle);
      assert.ok(text(events[0]!, 'description')?.startsWith('Tegn; komma, og \\.\n\n'));
      const online = parseCalendar(await calendarText(feed, '/v1/events/online-foredrag.ics')).events[0]!;
      assert.ok(text(online, 'description')?.includes('Arrangør: Foreningen "Kunst, liv; og \\ mere"'));
    });

    it('gives all-day events whole days, the end the day after the last', async () => {
      const body = await calendarText(feed, '/v1/events.ics?category=udstilling&from=2027-01-01');
      assert.match(body, /DTSTART;VALUE=DATE:20270620\r\nDTEND;VALUE=DATE:20270802\r\n/);
      assert.match(body, /DTSTART;VALUE=DATE:20270501\r\nDTEND;VALUE=DATE:20270502\r\n/, 'a midnight end');
      assert.match(body, /TRANSP:TRANSPARENT/);
    });

    it('marks cancelled and postponed events in STATUS and in the title', async () => {
      const cancelled = parseCalendar(await calendarText(feed, '/v1/events/aflyst-netvaerk.ics')).events[0]!;
      assert.equal(text(cancelled, 'status'), 'CANCELLED');
      assert.match(text(cancelled, 'summary') ?? '', /^Aflyst: /);
      assert.match(text(cancelled, 'description') ?? '', /^Aflyst: Oplægsholderen er syg\.\n\n/);
      const postponed = parseCalendar(await calendarText(feed, '/v1/events/udsat-workshop.ics')).events[0]!;
      assert.equal(text(postponed, 'status'), 'TENTATIVE');
    });

    it('names the organiser, the place and the categories', async () => {
      const body = await calendarText(feed, '/v1/events/kursus-maribo.ics');
      const entry = parseCalendar(body).events[0]!;
      const organizer = entry.getFirstProperty('organizer')!;
      assert.equal(organizer.getParameter('cn'), 'Kulturregion Storstrøm');
      assert.equal(organizer.getFirstValue(), 'https://www.kulturregionstorstroem.dk/');
      assert.deepEqual(entry.getFirstPropertyValue('geo'), [54.7751, 11.5013]);
      assert.deepEqual(entry.getFirstProperty('categories')!.getValues(), ['Kursus']);
      assert.equal(text(entry, 'url'), 'https://www.lolland.dk/kultur/fundraising?a=1&b=2');
      const summer = parseCalendar(await calendarText(feed, '/v1/events/sommerkoncert.ics')).events[0]!;
      assert.match(text(summer, 'description') ?? '', /\nPris: 1\.250 kr\.\n/);
    });
  });

  describe('filters', () => {
    const uids = async (query: string) =>
      parseCalendar(await calendarText(feed, `/v1/events.ics?${query}`)).events.map(
        (entry) => text(entry, 'uid')!.split('@')[0],
      );

    it('takes every filter of the listing and gives the same events', async () => {
      for (const query of [
        'municipality=guldborgsund&from=2027-01-01',
        'category=koncert,udstilling&from=2027-01-01',
        'audience=borgere&from=2027-01-01',
        'q=sommer&from=2027-01-01',
        'from=2027-06-01&to=2027-07-31',
      ]) {
        assert.deepEqual(
          await uids(query),
          (await listing(feed, query)).map((event) => event.id),
          query,
        );
      }
    });

    it('starts 30 days back without from, and lists older events when asked', async () => {
      const recent = await uids('');
      assert.ok(!recent.includes('gammelt-kursus'), 'an event from January is left out on 1 March');
      assert.ok(recent.includes('kursus-maribo'));
      assert.ok((await uids('from=2027-01-01')).includes('gammelt-kursus'));
      assert.deepEqual(await uids('to=2027-01-15'), ['gammelt-kursus'], 'a to before then asks for the past');
    });

    it('names the calendar after its filters, in Danish', async () => {
      const name = async (query: string) =>
        unescaped(text(parseCalendar(await calendarText(feed, `/v1/events.ics?${query}`)).calendar, 'x-wr-calname'));
      assert.equal(await name('municipality=lolland&category=kursus'), 'Kultur i Lolland – kurser');
      assert.equal(
        await name('municipality=lolland,guldborgsund,faxe&category=kursus,workshop&audience=kulturaktoerer'),
        'Kultur i Lolland, Guldborgsund og Faxe – kurser og workshops for kulturaktører',
      );
      assert.equal(
        await name('category=boern-og-unge&audience=boern-og-unge'),
        'Kultur i Kulturregion Storstrøm – for børn og unge',
      );
      assert.equal(await name('q=jazz'), 'Kultur i Kulturregion Storstrøm – søgning: jazz');
      const response = await feed.request('/v1/events.ics?municipality=lolland&category=kursus');
      assert.equal(response.headers.get('content-disposition'), 'inline; filename="kultur-lolland-kursus.ics"');
    });

    it('refuses bad filters, paging and unknown parameters as the listing does', async () => {
      await assertProblem(await feed.request('/v1/events.ics?municipality=koebenhavn'), 400, 'municipality');
      await assertProblem(await feed.request('/v1/events.ics?from=2027-13-01'), 400, 'from');
      await assertProblem(await feed.request('/v1/events.ics?color=red'), 400, 'color');
      await assertProblem(await feed.request('/v1/events.ics?from=2027-02-01&to=2027-01-01'), 400, 'to');
      const limit = await assertProblem(await feed.request('/v1/events.ics?limit=5'), 400, 'limit');
      assert.match(limit.detail ?? '', /every matching event/);
      await assertProblem(await feed.request('/v1/events.ics?cursor=abc'), 400, 'cursor');
    });
  });

  describe('one event', () => {
    it('is a calendar with that one event', async () => {
      const response = await feed.request('/v1/events/kursus-maribo.ics');
      assert.equal(response.headers.get('content-disposition'), 'inline; filename="kursus-maribo.ics"');
      const { calendar, events } = parseCalendar(await response.text());
      assert.equal(events.length, 1);
      assert.equal(calendar.getAllSubcomponents('vtimezone').length, 1);
      const json = (await (await feed.request('/v1/events/kursus-maribo')).json()) as KulturEvent;
      assertSameEvent(events[0]!, json);
    });

    it('does not shadow the JSON event, even for an event whose id is "ics"', async () => {
      const json = await feed.request('/v1/events/ics');
      assert.match(json.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(((await json.json()) as KulturEvent).id, 'ics');
      const { events } = parseCalendar(await calendarText(feed, '/v1/events/ics.ics'));
      assert.equal(text(events[0]!, 'uid'), 'ics@kultur.kulturregionstorstroem.dk');
    });

    it('is 404 problem details for an unknown id, and 405 for other methods', async () => {
      await assertProblem(await feed.request('/v1/events/findes-ikke.ics'), 404);
      await assertProblem(await feed.request('/v1/events/Not_An_Id.ics'), 404);
      const post = await feed.request('/v1/events/kursus-maribo.ics', { method: 'POST' });
      await assertProblem(post, 405);
      assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
      await assertProblem(await feed.request('/v1/events.ics', { method: 'DELETE' }), 405);
    });
  });

  describe('caching', () => {
    for (const path of ['/v1/events.ics?municipality=lolland', '/v1/events/kursus-maribo.ics']) {
      it(`answers a repeated GET ${path} with its ETag by 304, like the feed's reads`, async () => {
        const first = await feed.request(path);
        const tag = first.headers.get('etag');
        assert.match(tag ?? '', /^"[^"]+"$/);
        assert.match(first.headers.get('cache-control') ?? '', /^public, max-age=60, s-maxage=300/);
        assert.equal(first.headers.get('access-control-allow-origin'), '*');
        const again = await feed.request(path, { headers: { 'if-none-match': tag! } });
        assert.equal(again.status, 304);
        assert.equal(await again.text(), '');
      });
    }

    it('changes the ETag when an event changes, and only then', async () => {
      const tag = async () => (await feed.request('/v1/events/udsat-workshop.ics')).headers.get('etag');
      const before = await tag();
      assert.equal(await tag(), before, 'the same event gives the same bytes: DTSTAMP is its last change');
      await feed.publish('PUT', '/v1/events/udsat-workshop', eventInput({ title: 'Ny dato følger' }));
      assert.notEqual(await tag(), before);
    });
  });
});

describe('the calendar of the seeded region', () => {
  let feed: TestFeed;
  const seededOn = new Date('2026-03-10T08:00:00Z');
  before(async () => {
    feed = await createTestFeed({ now: () => seededOn });
    await seedDatabase(feed.storage, seededOn);
  });
  after(() => feed.close());

  it('holds every seeded event with its times, all-day days, zone and status intact', async () => {
    const { events } = parseCalendar(await calendarText(feed, '/v1/events.ics'));
    const expected = await listing(feed, 'from=2026-02-08');
    assert.ok(expected.length > 150, `${expected.length} seeded events`);
    assert.equal(events.length, expected.length);
    for (const [i, entry] of events.entries()) assertSameEvent(entry, expected[i]!);
    const cancelled = events.find((entry) => text(entry, 'uid')?.startsWith(`${CANCELLED_EVENT_ID}@`));
    assert.equal(text(cancelled!, 'status'), 'CANCELLED');
    assert.ok(
      events.some((entry) => time(entry, 'dtstart').isDate),
      'the seed has all-day events',
    );
  });
});

describe('a calendar larger than one storage page', () => {
  let feed: TestFeed;
  before(async () => {
    feed = await createTestFeed({ now: () => NOW });
    const start = Date.parse('2027-04-01T08:00:00Z');
    for (let i = 0; i < CALENDAR_MAX_EVENTS + 5; i++) {
      const instant = new Date(start + i * 3_600_000).toISOString();
      await feed.storage.createEvent({ ...eventInput({ start: instant, end: instant }), id: `e-${i}` }, NOW);
    }
  });
  after(() => feed.close());

  it(`follows the pages and stops at ${CALENDAR_MAX_EVENTS} events, the first in start order`, async () => {
    const { events } = parseCalendar(await calendarText(feed, '/v1/events.ics'));
    assert.equal(events.length, CALENDAR_MAX_EVENTS);
    assert.equal(text(events[0]!, 'uid'), 'e-0@kultur.kulturregionstorstroem.dk');
    assert.equal(text(events.at(-1)!, 'uid'), `e-${CALENDAR_MAX_EVENTS - 1}@kultur.kulturregionstorstroem.dk`);
  });
});

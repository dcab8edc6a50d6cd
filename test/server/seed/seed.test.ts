import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { existsSync } from 'node:fs';
import {
  DEMO_IMAGES_PATH,
  demoImages,
  demoImagesFolder,
  demoImageUrl,
} from '../../../server/src/images/demo-images.js';
import { seedDatabase } from '../../../server/src/seed/seed-database.js';
import type { Storage } from '../../../server/src/db/storage.js';
import {
  CANCELLED_EVENT_ID,
  FULL_EVENT_ID,
  NEARLY_FULL_EVENT_ID,
  seedEvents,
  seedSignups,
} from '../../../server/src/seed/seed-events.js';
import { regionIso } from '../../../server/src/time/region-clock.js';
import {
  AUDIENCE_IDS,
  CATEGORY_IDS,
  EventIdSchema,
  EventInputSchema,
  MUNICIPALITY_IDS,
  SignupRequestSchema,
} from '../../../src/contract/schema.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const NOW = new Date('2026-03-10T08:00:00Z');
const DAY = 86_400_000;
/** The server's own root, as `cli.ts` passes it: its pictures are served there. */
const BASE = 'https://feed.example.dk';
const imageUrl = (file: string) => demoImageUrl(BASE, file);

/** The region's towns by municipality, with their postal districts as Danish addresses write them. */
const TOWNS: Record<string, Array<[town: string, postalCode: string, postalDistrict: string]>> = {
  faxe: [
    ['Faxe', '4640', 'Faxe'],
    ['Haslev', '4690', 'Haslev'],
    ['Karise', '4653', 'Karise'],
    ['Faxe Ladeplads', '4654', 'Faxe Ladeplads'],
  ],
  guldborgsund: [
    ['Nykøbing Falster', '4800', 'Nykøbing F'],
    ['Stubbekøbing', '4850', 'Stubbekøbing'],
    ['Sakskøbing', '4990', 'Sakskøbing'],
    ['Gedser', '4874', 'Gedser'],
    ['Nysted', '4880', 'Nysted'],
  ],
  lolland: [
    ['Maribo', '4930', 'Maribo'],
    ['Nakskov', '4900', 'Nakskov'],
    ['Rødby', '4970', 'Rødby'],
    ['Søllested', '4920', 'Søllested'],
  ],
  naestved: [
    ['Næstved', '4700', 'Næstved'],
    ['Fuglebjerg', '4250', 'Fuglebjerg'],
    ['Glumsø', '4171', 'Glumsø'],
    ['Karrebæksminde', '4736', 'Karrebæksminde'],
  ],
  stevns: [
    ['Store Heddinge', '4660', 'Store Heddinge'],
    ['Hårlev', '4652', 'Hårlev'],
    ['Rødvig', '4673', 'Rødvig Stevns'],
    ['Strøby Egede', '4600', 'Køge'],
  ],
  vordingborg: [
    ['Vordingborg', '4760', 'Vordingborg'],
    ['Stege', '4780', 'Stege'],
    ['Præstø', '4720', 'Præstø'],
    ['Kalvehave', '4771', 'Kalvehave'],
  ],
};

function monthsOf(events: ReturnType<typeof seedEvents>, now: Date): Set<string> {
  return new Set(
    events
      .filter(
        (event) => Date.parse(event.start) >= now.getTime() && Date.parse(event.start) < now.getTime() + 365 * DAY,
      )
      .map((event) => event.start.slice(0, 7)),
  );
}

/**
 * Every image of `events` points at a picture the server at `base` serves, in its current version, and says what
 * the drawing shows; returns the file names.
 */
function assertDemoImages(events: Array<{ id: string; image?: { url: string; alt: string } }>, base: string): string[] {
  const names: string[] = [];
  for (const { id, image } of events) {
    if (!image) continue;
    assert.ok(image.url.startsWith(`${base}${DEMO_IMAGES_PATH}`), `${id}: ${image.url}`);
    const url = new URL(image.url);
    const name = url.pathname.slice(DEMO_IMAGES_PATH.length);
    assert.ok(existsSync(new URL(name, demoImagesFolder)), `${id}: no file ${name}`);
    assert.equal(url.searchParams.get('v'), demoImages().get(name)?.version, `${id}: ${image.url}`);
    assert.match(image.alt, /^Tegning: \S.{20,}$/, `${id}: the alt text says it is a drawing and what it shows`);
    names.push(name);
  }
  return names;
}

describe('seed events', () => {
  const events = seedEvents(NOW, { imageUrl });
  const byId = new Map(events.map((event) => [event.id, event]));

  it('has at least 150 events, every one fitting the publishing contract', () => {
    assert.ok(events.length >= 150, `only ${events.length} events`);
    for (const event of events) {
      const result = EventInputSchema.safeParse(event);
      assert.ok(result.success, `${event.id}: ${JSON.stringify(result.error?.issues)}`);
    }
  });

  it('gives every event a unique id the feed accepts', () => {
    assert.equal(new Set(events.map((event) => event.id)).size, events.length);
    for (const event of events) assert.ok(EventIdSchema.safeParse(event.id).success, event.id);
  });

  it('covers all six municipalities, every category and every audience', () => {
    assert.deepEqual(new Set(events.map((event) => event.municipality)), new Set(MUNICIPALITY_IDS));
    assert.deepEqual(new Set(events.flatMap((event) => event.categories)), new Set(CATEGORY_IDS));
    assert.deepEqual(new Set(events.flatMap((event) => event.audience)), new Set(AUDIENCE_IDS));
    for (const municipality of MUNICIPALITY_IDS) {
      const count = events.filter((event) => event.municipality === municipality).length;
      assert.ok(count >= 15, `${municipality} has only ${count} events`);
    }
  });

  it('places venues in real towns of their municipality with the right postal codes', () => {
    const seenTowns = new Set<string>();
    for (const event of events) {
      if (!event.venue) continue;
      const town = TOWNS[event.municipality]!.find(
        ([, postalCode, district]) => event.venue!.postalCode === postalCode && event.venue!.city === district,
      );
      assert.ok(
        town,
        `${event.id}: ${event.venue.postalCode} ${event.venue.city} is not a town in ${event.municipality}`,
      );
      if (town[2] === 'Køge') {
        // 4600 Køge is shared with the neighbouring municipality; the venue must name the Stevns town.
        assert.ok(event.venue.name.includes(town[0]), `${event.id}: ${event.venue.name} in 4600 Køge`);
      }
      seenTowns.add(town[0]);
      assert.ok(event.venue.lat! > 54.5 && event.venue.lat! < 55.5, `${event.id}: latitude ${event.venue.lat}`);
      assert.ok(event.venue.lng! > 11 && event.venue.lng! < 12.5, `${event.id}: longitude ${event.venue.lng}`);
    }
    const allTowns = Object.values(TOWNS).flatMap((towns) => towns.map(([name]) => name));
    assert.deepEqual(
      allTowns.filter((name) => !seenTowns.has(name)),
      [],
      'towns with no event',
    );
  });

  it('gives every event a venue, an online url or both, with a few online only', () => {
    for (const event of events) assert.ok(event.venue || event.online, `${event.id} has no place`);
    const onlineOnly = events.filter((event) => event.online && !event.venue);
    assert.ok(onlineOnly.length >= 3, `only ${onlineOnly.length} online-only events`);
    assert.ok(
      events.some((event) => event.online && event.venue),
      'no hybrid event',
    );
  });

  it('spreads the events over the coming twelve months, with only a few in the past', () => {
    assert.ok(monthsOf(events, NOW).size >= 10, `only months ${[...monthsOf(events, NOW)]}`);
    const past = events.filter((event) => Date.parse(event.start) < NOW.getTime());
    assert.ok(past.length >= 1 && past.length <= events.length / 20, `${past.length} events start in the past`);
    for (const event of events) {
      const start = Date.parse(event.start);
      assert.ok(start > NOW.getTime() - 60 * DAY && start < NOW.getTime() + 372 * DAY, `${event.id} at ${event.start}`);
    }
  });

  it('holds three network meetings for cultural actors, free with internal signup, in three seasons', () => {
    const meetings = events.filter((event) => event.categories.includes('netvaerkstraef'));
    assert.equal(meetings.length, 3);
    for (const meeting of meetings) {
      assert.equal(meeting.organizer.name, 'Kulturregion Storstrøm');
      assert.deepEqual(meeting.audience, ['kulturaktoerer']);
      assert.equal(meeting.price, 0);
      assert.equal(meeting.signup?.mode, 'internal');
    }
    const starts = meetings.map((meeting) => Date.parse(meeting.start)).sort((a, b) => a - b);
    assert.ok(starts[1]! - starts[0]! > 60 * DAY && starts[2]! - starts[1]! > 60 * DAY, 'meetings bunched together');
  });

  it('offers the course days the secretariat runs', () => {
    const courses = events.filter((event) => event.categories.includes('kursus')).map((e) => e.title.toLowerCase());
    for (const topic of ['forretningsudvikling', 'fundraising', 'mobilhistorie', 'kommunikation', 'frivillig']) {
      assert.ok(
        courses.some((title) => title.includes(topic)),
        `no course about ${topic}`,
      );
    }
    assert.ok(
      courses.some((title) => title.includes('ansøgning')),
      'no course about applications',
    );
  });

  it('cancels exactly one event and postpones at most one', () => {
    const cancelled = events.filter((event) => event.status === 'cancelled');
    assert.deepEqual(
      cancelled.map((event) => event.id),
      [CANCELLED_EVENT_ID],
    );
    assert.ok(events.filter((event) => event.status === 'postponed').length <= 1);
  });

  it('mixes no signup, external signup and internal signup, free and priced', () => {
    const modes = events.map((event) => event.signup?.mode ?? 'none');
    assert.ok(modes.filter((mode) => mode === 'none').length >= 30, 'few events without signup');
    assert.ok(modes.filter((mode) => mode === 'external').length >= 5, 'few external signups');
    assert.ok(modes.filter((mode) => mode === 'internal').length >= 10, 'few internal signups');
    assert.ok(events.filter((event) => event.price === 0).length >= 50, 'few free events');
    assert.ok(events.filter((event) => event.price > 0).length >= 20, 'few priced events');
    for (const event of events) {
      if (event.signup?.mode !== 'internal') continue;
      assert.ok(!('available' in event.signup), `${event.id} publishes available`);
      if (event.signup.opensAt && event.signup.closesAt) {
        assert.ok(Date.parse(event.signup.opensAt) < Date.parse(event.signup.closesAt), event.id);
      }
      if (event.signup.closesAt) assert.ok(Date.parse(event.signup.closesAt) <= Date.parse(event.start), event.id);
    }
  });

  it('writes plain-text descriptions split into paragraphs by blank lines', () => {
    for (const event of events) {
      assert.doesNotMatch(event.description, /<\/?[a-z][^>]*>/i, `${event.id} has HTML`);
      const paragraphs = event.description.split('\n\n');
      assert.ok(paragraphs.length >= 2, `${event.id} has one paragraph`);
      for (const paragraph of paragraphs) {
        assert.ok(paragraph.trim().length > 0 && !paragraph.includes('\n'), `${event.id}: "${paragraph}"`);
      }
    }
  });

  it('points its images at the pictures the server serves, each with an alt text of what it shows', () => {
    const used = assertDemoImages(events, BASE);
    assert.ok(used.length >= 10, `only ${used.length} events have an image`);
    assert.deepEqual(new Set(used), new Set(demoImages().keys()), 'every picture in the folder is used');
  });

  it('has no images without a base to serve them from', () => {
    const bare = seedEvents(NOW);
    assert.equal(bare.filter((event) => event.image).length, 0);
    assert.deepEqual(
      bare,
      events.map(({ image, ...event }) => event),
    );
  });

  it('has accessibility notes, all-day and multi-day events', () => {
    assert.ok(events.filter((event) => event.accessibility).length >= 50);
    const allDay = events.filter((event) => event.allDay);
    assert.ok(allDay.length >= 5);
    for (const event of allDay) {
      assert.match(regionIso(Date.parse(event.start)), /T00:00:00/, event.id);
      assert.match(regionIso(Date.parse(event.end)), /T23:59:00/, event.id);
    }
    assert.ok(events.some((event) => event.start.slice(0, 10) !== event.end.slice(0, 10) && !event.allDay));
  });

  it('names organisers with https links', () => {
    for (const event of events) {
      assert.ok(event.organizer.name.length > 3, event.id);
      assert.match(event.organizer.url ?? '', /^https:\/\/[a-z0-9.-]+\.dk/, event.id);
    }
  });

  it('writes every time with the offset Europe/Copenhagen has on that date', () => {
    for (const event of events) {
      assert.equal(event.start, regionIso(Date.parse(event.start)), `${event.id} start`);
      assert.equal(event.end, regionIso(Date.parse(event.end)), `${event.id} end`);
    }
  });

  it('uses +02:00 for a summer date and +01:00 for a winter date', () => {
    const winterSeed = seedEvents(new Date('2026-01-15T10:00:00Z'));
    const midsummer = winterSeed.find((event) => event.title.startsWith('Sankthans'));
    assert.equal(midsummer?.start, '2026-06-23T19:30:00+02:00');
    assert.equal(regionIso(Date.parse(midsummer.start)), '2026-06-23T19:30:00+02:00');
    const christmas = winterSeed.find((event) => event.title.startsWith('Julekoncert'));
    assert.match(christmas?.start ?? '', /^2026-12-\d\dT19:30:00\+01:00$/);
    assert.equal(regionIso(Date.parse(christmas!.start)), christmas!.start);
  });

  it('is the same list for the same day, without Math.random', () => {
    const random = Math.random;
    Math.random = () => {
      throw new Error('the seed must be deterministic');
    };
    try {
      assert.deepEqual(seedEvents(new Date(NOW), { imageUrl }), events);
    } finally {
      Math.random = random;
    }
  });

  it('keeps its promises whatever day it is seeded on', () => {
    for (let month = 0; month < 12; month++) {
      const today = new Date(Date.UTC(2026, month, 1 + month * 2, 11));
      const list = seedEvents(today);
      assert.ok(list.length >= 150);
      assert.equal(new Set(list.map((event) => event.id)).size, list.length, today.toISOString());
      assert.ok(monthsOf(list, today).size >= 10, today.toISOString());
      assert.equal(list.filter((event) => event.categories.includes('netvaerkstraef')).length, 3);
      for (const id of [NEARLY_FULL_EVENT_ID, FULL_EVENT_ID, CANCELLED_EVENT_ID]) {
        assert.ok(list.some((event) => event.id === id));
      }
      for (const id of [NEARLY_FULL_EVENT_ID, FULL_EVENT_ID]) {
        const event = list.find((candidate) => candidate.id === id)!;
        assert.ok(
          Date.parse(event.start) > today.getTime() + 7 * DAY,
          `${id} is too soon after ${today.toISOString()}`,
        );
      }
      for (const event of list) assert.ok(EventInputSchema.safeParse(event).success, event.id);
    }
  });

  it('can be seeded on every day of the year (a server seeds on whatever day it first starts)', () => {
    for (let day = 0; day < 366; day++) {
      const today = new Date(Date.UTC(2027, 0, 1 + day, 22, 30));
      const list = seedEvents(today);
      assert.ok(list.length >= 150, today.toISOString());
      assert.equal(new Set(list.map((event) => event.id)).size, list.length, today.toISOString());
    }
  });

  it('has seed signups that fit the signup form of their event', () => {
    const signups = seedSignups();
    for (const { eventId, signup } of signups) {
      const event = byId.get(eventId);
      assert.equal(event?.signup?.mode, 'internal', eventId);
      if (event.signup?.mode !== 'internal') continue;
      const { privacyVersion, ...request } = signup;
      assert.equal(privacyVersion, '2026-01');
      assert.ok(SignupRequestSchema.safeParse({ ...request, consent: true, privacyVersion }).success, signup.email);
      assert.ok(signup.seats >= 1 && signup.seats <= event.signup.maxSeatsPerSignup, signup.email);
      for (const field of ['phone', 'organization', 'municipality', 'comment'] as const) {
        if (signup[field] !== undefined) assert.ok(event.signup.fields.includes(field), `${signup.email}: ${field}`);
      }
      assert.match(signup.email, /@example\.(dk|com|org)$/);
    }
    for (const id of [NEARLY_FULL_EVENT_ID, FULL_EVENT_ID]) {
      const emails = signups.filter((entry) => entry.eventId === id).map((entry) => entry.signup.email.toLowerCase());
      assert.equal(new Set(emails).size, emails.length, `${id} has the same e-mail twice`);
    }
  });
});

describe('seedDatabase', () => {
  let database: TestDatabase;
  let storage: Storage;

  beforeEach(async () => {
    database = createTestDatabase();
    storage = await database.open();
  });

  afterEach(async () => {
    await storage.close();
    await database.drop();
  });

  const signupsOf = (eventId: string, status: string) =>
    database.count('SELECT count(*) AS n FROM signups WHERE event_id = ? AND status = ?', eventId, status);

  it('stores every seed event and signup in an empty store', async () => {
    const result = await seedDatabase(storage, NOW);
    assert.deepEqual(result, { events: seedEvents(NOW).length, signups: seedSignups().length });
    assert.equal(await storage.countEvents(), seedEvents(NOW).length);
    const cancelled = await storage.getEvent(CANCELLED_EVENT_ID);
    assert.equal(cancelled?.status, 'cancelled');
  });

  it('stores image URLs on the base it is given, for files that exist', async () => {
    const base = 'http://127.0.0.1:8787';
    await seedDatabase(storage, NOW, { imageBase: base });
    const stored = [];
    let page = await storage.listEvents({ limit: 100 });
    stored.push(...page.items);
    while (page.next) {
      page = await storage.listEvents({ limit: 100, after: page.next });
      stored.push(...page.items);
    }
    assert.equal(stored.length, seedEvents(NOW).length);
    assert.ok(assertDemoImages(stored, base).length >= 10);
  });

  it('leaves the nearly full course with exactly one seat', async () => {
    await seedDatabase(storage, NOW);
    const event = await storage.getEvent(NEARLY_FULL_EVENT_ID);
    assert.equal(event?.signup?.mode, 'internal');
    assert.equal(event.signup.mode === 'internal' && event.signup.available, 1);
    assert.equal(await signupsOf(NEARLY_FULL_EVENT_ID, 'waitlisted'), 0);
  });

  it('fills the full course and puts people on its waitlist', async () => {
    await seedDatabase(storage, NOW);
    const event = await storage.getEvent(FULL_EVENT_ID);
    assert.equal(event?.signup?.mode, 'internal');
    if (event.signup?.mode !== 'internal') return;
    assert.equal(event.signup.available, 0);
    assert.equal(event.signup.waitlist, true);
    assert.equal(await signupsOf(FULL_EVENT_ID, 'confirmed'), event.signup.capacity);
    const waiting = await signupsOf(FULL_EVENT_ID, 'waitlisted');
    assert.ok(waiting >= 2 && waiting <= 3, `${waiting} on the waitlist`);
    const next = await storage.addSignup(
      FULL_EVENT_ID,
      { name: 'Ny Deltager', email: 'ny.deltager@example.dk', seats: 1, privacyVersion: '2026-01' },
      NOW,
    );
    assert.equal(next?.status, 'waitlisted');
    assert.equal(next.waitlistPosition, waiting + 1);
  });

  it('does nothing the second time, so a restart never duplicates', async () => {
    await seedDatabase(storage, NOW);
    const events = await storage.countEvents();
    const signups = await database.count('SELECT count(*) AS n FROM signups');
    const again = await seedDatabase(storage, new Date(NOW.getTime() + 3 * DAY));
    assert.deepEqual(again, { events: 0, signups: 0 });
    assert.equal(await storage.countEvents(), events);
    assert.equal(await database.count('SELECT count(*) AS n FROM signups'), signups);
  });

  it('leaves a store that already has events alone', async () => {
    const [first] = seedEvents(NOW);
    await storage.createEvent({ ...first!, id: 'eget-arrangement' }, NOW);
    assert.deepEqual(await seedDatabase(storage, NOW), { events: 0, signups: 0 });
    assert.equal(await storage.countEvents(), 1);
  });
});

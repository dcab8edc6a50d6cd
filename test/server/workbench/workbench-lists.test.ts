import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EventInput } from '../../../src/contract/schema.js';
import { eventInput } from '../support/event-fixture.js';
import { assertProblem } from '../support/problem-assertions.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';
import {
  personWorkbench,
  people,
  tokenClient,
  type Summary,
  type WorkbenchClient,
} from '../support/workbench-client.js';

/** The workbench's clock: 1 June 2030, noon. Everything that ended before it is past. */
const NOW = new Date('2030-06-01T12:00:00+02:00');

const at = (day: string, hour = 19) => `${day}T${String(hour).padStart(2, '0')}:00:00+02:00`;

function event(title: string, day: string, overrides: Partial<EventInput> = {}): EventInput {
  return eventInput({ title, start: at(day), end: at(day, 21), ...overrides });
}

/** Every page of a list, by following `nextCursor`. */
async function walk(bench: WorkbenchClient, query: string): Promise<Summary[]> {
  const all: Summary[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: Summary[]; nextCursor: string | null } = await bench.list(
      `${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

const ids = (items: Summary[]) => items.map((item) => item.id);

describe('the workbench lists', () => {
  let feed: TestFeed;
  let bench: WorkbenchClient;
  let as: Awaited<ReturnType<typeof personWorkbench>>;
  const made: Record<string, string> = {};
  before(async () => {
    feed = createTestFeed({ now: () => NOW });
    bench = tokenClient(feed);
    as = await personWorkbench(feed, Object.values(people));
    const publish = async (key: string, input: EventInput) => {
      const { id } = await bench.create(input);
      await bench.act(id, 'publish');
      made[key] = id;
    };
    for (let i = 0; i < 6; i++) {
      const day = `2030-07-${String(10 + i).padStart(2, '0')}`;
      await publish(`lolland-${i}`, event(`Koncert i Maribo ${i}`, day, { categories: ['koncert'] }));
      await publish(
        `faxe-${i}`,
        event(`Kursus i Haslev ${i}`, day, {
          municipality: 'faxe',
          venue: { name: 'Haslev Bibliotek', address: 'Jernbanegade 7', postalCode: '4690', city: 'Haslev' },
        }),
      );
    }
    for (let i = 0; i < 5; i++) await publish(`past-${i}`, event(`Forårskoncert ${i}`, `2030-04-${10 + i}`));
    await publish('cancelled', event('Aflyst foredrag', '2030-08-01', { categories: ['foredrag'] }));
    await bench.act(made.cancelled!, 'cancel', { reason: 'Foredragsholderen er syg.' });
    made.draft = (await bench.create(event('Udkast til workshop', '2030-09-01', { categories: ['workshop'] }))).id;
    // An organiser's events: a draft submitted for approval, and a published one with a change waiting.
    const organiser = as(people.organiser);
    made.pending = (await organiser.create(event('Ny udstilling', '2030-09-02', { categories: ['udstilling'] }))).id;
    await organiser.act(made.pending, 'submit');
    made.changed = (await organiser.create(event('Byvandring i Maribo', '2030-09-03'))).id;
    await as(people.lollandEditor).act(made.changed, 'publish');
    const changed = await organiser.call('PUT', `/v1/console/events/${made.changed}`, {
      input: event('Byvandring i Maribo, ny rute', '2030-09-03'),
    });
    assert.equal(changed.status, 200);
  });
  after(() => feed.close());

  it('lists each state on its own, upcoming in start order and the past newest first', async () => {
    const published = await walk(bench, 'state=published&limit=5');
    assert.equal(published.length, 13);
    assert.ok(published.every((item) => item.state === 'published'));
    const starts = published.map((item) => Date.parse(item.start));
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    assert.equal(published.at(-1)!.id, made.changed);
    assert.equal(published.at(-1)!.pendingChange, true);
    assert.equal(published.at(-1)!.title, 'Byvandring i Maribo', 'the public version is listed as published');

    const past = await walk(bench, 'state=past&limit=2');
    assert.deepEqual(
      ids(past),
      [4, 3, 2, 1, 0].map((i) => made[`past-${i}`]),
    );
    assert.ok(past.every((item) => item.state === 'past'));

    assert.deepEqual(ids((await bench.list('state=cancelled')).items), [made.cancelled]);
    assert.deepEqual(ids((await bench.list('state=draft')).items), [made.draft]);

    // The approval queue: new events submitted, and changes to published events.
    const pending = (await bench.list('state=pending')).items;
    assert.deepEqual(ids(pending), [made.pending, made.changed]);
    assert.deepEqual(
      pending.map((item) => [item.state, item.pendingChange, item.title, item.ownerEmail]),
      [
        ['pending', false, 'Ny udstilling', people.organiser.email],
        ['published', true, 'Byvandring i Maribo, ny rute', people.organiser.email],
      ],
    );
  });

  it('lists everything in one start order when no state is named, the same whatever the page size', async () => {
    const everything = await walk(bench, 'limit=100');
    assert.equal(everything.length, 12 + 5 + 1 + 1 + 1 + 1);
    assert.equal(new Set(ids(everything)).size, everything.length, 'an event twice');
    for (const limit of [1, 3, 7]) assert.deepEqual(ids(await walk(bench, `limit=${limit}`)), ids(everything));
    const starts = everything.map((item) => Date.parse(item.start));
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
  });

  it('filters by municipality, category, days and words', async () => {
    const faxe = await walk(bench, 'state=published&municipality=faxe&limit=4');
    assert.deepEqual(
      ids(faxe),
      [0, 1, 2, 3, 4, 5].map((i) => made[`faxe-${i}`]),
    );
    assert.deepEqual(ids((await bench.list('category=udstilling,workshop')).items), [made.draft, made.pending]);
    const days = await bench.list('state=published&from=2030-07-11&to=2030-07-12&municipality=lolland');
    assert.deepEqual(ids(days.items), [made['lolland-1'], made['lolland-2']]);
    assert.deepEqual(ids((await bench.list('q=haslev%20KURSUS%205')).items), [made['faxe-5']]);
    assert.deepEqual(ids((await bench.list('q=forårskoncert%203&state=past')).items), [made['past-3']]);
    assert.deepEqual((await bench.list('q=findes-ikke')).items, []);
  });

  it('shows each person only what they may see', async () => {
    const organiser = await walk(as(people.organiser), 'limit=100');
    assert.deepEqual(ids(organiser).sort(), [made.pending, made.changed].sort());
    assert.deepEqual(ids(await walk(as(people.otherOrganiser), 'limit=100')), []);
    const faxeEditor = await walk(as(people.faxeEditor), 'limit=100');
    assert.ok(faxeEditor.length === 6 && faxeEditor.every((item) => item.municipality === 'faxe'));
    assert.deepEqual((await as(people.faxeEditor).list('municipality=lolland')).items, [], 'not theirs');
    const lolland = await walk(as(people.lollandEditor), 'limit=100');
    assert.ok(lolland.every((item) => item.municipality === 'lolland'));
    assert.equal((await walk(as(people.admin), 'limit=100')).length, 21);
  });

  it('lists the venues used before, each once, and searches them', async () => {
    const { items } = await (await bench.call('GET', '/v1/console/venues')).json();
    assert.deepEqual(
      items.map((venue: { name: string }) => venue.name),
      ['Haslev Bibliotek', 'Maribo Bibliotek'],
    );
    const search = await (await bench.call('GET', '/v1/console/venues?q=jernbane')).json();
    assert.deepEqual(search.items, [
      { name: 'Haslev Bibliotek', address: 'Jernbanegade 7', postalCode: '4690', city: 'Haslev' },
    ]);
    const faxeEditor = await (await as(people.faxeEditor).call('GET', '/v1/console/venues')).json();
    assert.deepEqual(
      faxeEditor.items.map((venue: { name: string }) => venue.name),
      ['Haslev Bibliotek'],
    );
    const stranger = await (await as(people.otherOrganiser).call('GET', '/v1/console/venues')).json();
    assert.deepEqual(stranger.items, []);
    await assertProblem(await bench.call('GET', '/v1/console/venues?city=Maribo'), 400, 'city');
  });

  it('finds the municipality of a postal code in the region', async () => {
    const maribo = await bench.call('GET', '/v1/console/places?postalCode=4930');
    assert.equal(maribo.status, 200);
    assert.equal(maribo.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await maribo.json(), { postalCode: '4930', town: 'Maribo', municipality: 'lolland' });
    const problem = await assertProblem(await bench.call('GET', '/v1/console/places?postalCode=2100'), 404);
    assert.match(problem.detail!, /choose the municipality yourself/);
    await assertProblem(await bench.call('GET', '/v1/console/places?postalCode=49300'), 400, 'postalCode');
    await assertProblem(await bench.call('GET', '/v1/console/places'), 400, 'postalCode');
  });
});

describe('the workbench lists on a 2,000-event archive', () => {
  let feed: TestFeed;
  let bench: WorkbenchClient;
  before(async () => {
    feed = createTestFeed({ now: () => NOW });
    bench = tokenClient(feed);
    // 40 weekly series of 52, published: 2,080 events from 2000 to 2031, most of them past.
    for (let i = 0; i < 40; i++) {
      const year = 2000 + Math.floor((i * 31) / 40);
      const start = `${year}-0${1 + (i % 9)}-1${i % 10}T10:00:00+01:00`;
      const response = await bench.call('POST', '/v1/console/series', {
        input: eventInput({
          title: `Arkiv ${i}`,
          start,
          end: start,
          municipality: (['faxe', 'lolland', 'stevns'] as const)[i % 3],
        }),
        repeat: { every: 'week', count: 52 },
        publish: true,
      });
      assert.equal(response.status, 201);
    }
  });
  after(() => feed.close());

  it('answers each list’s first and a later page quickly', async () => {
    for (const query of [
      'state=published',
      'state=past',
      'state=past&municipality=lolland',
      'state=draft',
      'limit=50',
      'q=arkiv%2017',
    ]) {
      const first = await bench.list(query);
      const started = performance.now();
      const page = await bench.list(query);
      const next = page.nextCursor && (await bench.list(`${query}&cursor=${page.nextCursor}`));
      const took = performance.now() - started;
      assert.deepEqual(page, first);
      assert.ok(took < 400, `${query}: ${Math.round(took)} ms`);
      if (next) assert.notEqual(next.items[0]?.id, page.items[0]?.id);
    }
  });
});

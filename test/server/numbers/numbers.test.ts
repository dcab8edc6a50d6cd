import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startOfNextRegionDay, startOfRegionDay } from '../../../server/src/time/region-clock.js';
import type { EventInput } from '../../../src/contract/schema.js';
import { eventInput } from '../support/event-fixture.js';
import { assertProblem } from '../support/problem-assertions.js';
import { testBackend } from '../support/test-database.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';
import { personWorkbench, people, tokenClient, type WorkbenchClient } from '../support/workbench-client.js';

const NOW = new Date('2027-03-15T12:00:00+01:00');
const MONTHS = ['2027-01', '2027-02', '2027-03', '2027-04'];
const COLUMNS = ['events', 'cancelledEvents', 'signups', 'seats', 'attended', 'noShows', 'waitlisted', 'cancellations'];

type Row = Record<string, number>;
interface Numbers {
  from: string;
  to: string;
  totals: Row;
  byMonth: (Row & { month: string })[];
  byMunicipality: (Row & { municipality: string })[];
  byCategory: (Row & { category: string })[];
  byAudience: (Row & { audience: string })[];
}

/** An event on `day` of 2027 (`MM-DD`), 10 to 12 in Danish winter or summer time. */
function eventOn(day: string, overrides: Partial<EventInput>): EventInput {
  const offset = day >= '03-28' ? '+02:00' : '+01:00';
  return eventInput({
    start: `2027-${day}T10:00:00${offset}`,
    end: `2027-${day}T12:00:00${offset}`,
    signup: { mode: 'internal', capacity: 4, waitlist: true, maxSeatsPerSignup: 3, fields: [] },
    ...overrides,
  });
}

/**
 * Counts made directly on the database, without the server's code: for events starting in [from, to), in municipality
 * `municipality` when given. The SQL differs only in how the two databases keep times.
 */
async function countedInSql(feed: TestFeed, fromMs: number, toMs: number, municipality?: string): Promise<Row> {
  const pg = testBackend === 'postgres';
  const start = pg ? 'e.start_at' : 'e.start_ms';
  const ended = pg ? `e.end_at <= ?` : `e.end_ms <= ?`;
  const range = pg ? [new Date(fromMs), new Date(toMs)] : [fromMs, toMs];
  const where = `${start} >= ? AND ${start} < ?${municipality ? ' AND e.municipality = ?' : ''}`;
  const params = municipality ? [...range, municipality] : range;
  const held = `e.status <> 'cancelled'`;
  const seats = (condition: string, extra: unknown[] = []) =>
    feed.database.count(
      `SELECT coalesce(sum(s.seats), 0) AS n FROM signups s JOIN events e ON e.id = s.event_id
       WHERE ${where} AND ${held} AND ${condition}`,
      ...params,
      ...extra,
    );
  return {
    events: await feed.database.count(`SELECT count(*) AS n FROM events e WHERE ${where} AND ${held}`, ...params),
    cancelledEvents: await feed.database.count(
      `SELECT count(*) AS n FROM events e WHERE ${where} AND e.status = 'cancelled'`,
      ...params,
    ),
    signups: await feed.database.count(
      `SELECT count(*) AS n FROM signups s JOIN events e ON e.id = s.event_id
       WHERE ${where} AND ${held} AND s.status = 'confirmed'`,
      ...params,
    ),
    seats: await seats(`s.status = 'confirmed'`),
    attended: await seats(`s.status = 'confirmed' AND s.attended_at IS NOT NULL`),
    noShows: await seats(`s.status = 'confirmed' AND s.attended_at IS NULL AND ${ended}`, [pg ? NOW : NOW.getTime()]),
    waitlisted: await seats(`s.status = 'waitlisted'`),
    cancellations: await seats(`s.status = 'cancelled'`),
  };
}

const pick = (row: Row) => Object.fromEntries(COLUMNS.map((column) => [column, Number(row[column])]));

describe('the numbers for the status reports', () => {
  let feed: TestFeed;
  let as: Awaited<ReturnType<typeof personWorkbench>>;
  let token: WorkbenchClient;
  const numbers = async (client: WorkbenchClient, query = '') => {
    const answer = await client.call('GET', `/v1/console/numbers${query}`);
    const text = await answer.text();
    assert.equal(answer.status, 200, text);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    return JSON.parse(text) as Numbers;
  };

  before(async () => {
    feed = createTestFeed({ now: () => NOW });
    as = await personWorkbench(feed, Object.values(people));
    token = tokenClient(feed);
    const organiser = as(people.organiser);
    const plan: [string, Partial<EventInput>, WorkbenchClient][] = [
      ['01-12', { municipality: 'lolland', categories: ['kursus'], audience: ['kulturaktoerer'] }, organiser],
      ['01-20', { municipality: 'faxe', categories: ['koncert', 'foredrag'], audience: ['borgere'] }, token],
      ['02-03', { municipality: 'lolland', categories: ['workshop'], audience: ['kulturaktoerer', 'borgere'] }, token],
      ['02-25', { municipality: 'naestved', categories: ['kursus'], audience: ['borgere'] }, organiser],
      ['03-20', { municipality: 'lolland', categories: ['netvaerkstraef'], audience: ['kulturaktoerer'] }, token],
      ['04-02', { municipality: 'faxe', categories: ['kursus'], audience: ['borgere'] }, token],
      ['04-09', { municipality: 'stevns', categories: ['udstilling'], audience: ['borgere'], signup: null }, token],
    ];
    const ids: string[] = [];
    for (const [day, overrides, client] of plan) {
      const { id } = await client.create(eventOn(day, overrides));
      if (client === organiser) await organiser.act(id, 'submit');
      await token.act(id, 'publish');
      ids.push(id);
    }
    // Signups of 1 to 3 seats, some over capacity (waitlisted); some checked in, some removed.
    let n = 0;
    for (const [index, id] of ids.entries()) {
      if (!plan[index]![1].hasOwnProperty('signup')) {
        for (const seats of [1, 2, 1, 3, 1]) {
          n += 1;
          await feed.storage.addSignup(
            id,
            { name: `P${n}`, email: `p${n}@example.dk`, seats, privacyVersion: 'v' },
            new Date('2027-01-01T00:00:00Z'),
          );
        }
      }
    }
    for (const [index, id] of ids.entries()) {
      const list = (await feed.storage.participants.list(id)) ?? [];
      const confirmed = list.filter((p) => p.status === 'confirmed');
      for (const person of confirmed.slice(0, index % 3)) {
        await feed.storage.participants.setAttended(id, person.id, true, NOW);
      }
      if (index % 2 === 0 && confirmed.length) {
        const removed = await token.call('DELETE', `/v1/console/events/${id}/participants/${confirmed.at(-1)!.id}`);
        assert.equal(removed.status, 200);
      }
    }
    // An event cancelled: its signups are not counted, the event is.
    await token.act(ids[5]!, 'cancel', { reason: 'Aflyst' });
  });
  after(() => feed.close());

  it('equal counts made directly with SQL on the database: in total, per month and per municipality', async () => {
    const all = await numbers(token, '?from=2027-01-01&to=2027-04-30');
    const from = startOfRegionDay('2027-01-01');
    const to = startOfNextRegionDay('2027-04-30');
    assert.deepEqual(pick(all.totals), await countedInSql(feed, from, to));
    assert.ok(all.totals.attended! > 0 && all.totals.noShows! > 0 && all.totals.waitlisted! > 0);
    assert.ok(all.totals.cancellations! > 0 && all.totals.cancelledEvents === 1);
    assert.deepEqual(
      all.byMonth.map((row) => row.month),
      MONTHS,
    );
    for (const [i, month] of MONTHS.entries()) {
      const next = MONTHS[i + 1] ?? '2027-05';
      const counted = await countedInSql(feed, startOfRegionDay(`${month}-01`), startOfRegionDay(`${next}-01`));
      assert.deepEqual(pick(all.byMonth[i]!), counted, month);
    }
    for (const row of all.byMunicipality) {
      assert.deepEqual(pick(row), await countedInSql(feed, from, to, row.municipality), row.municipality);
    }
    assert.equal(all.byMonth[3]!.noShows, 0, 'an event still to come has no no-shows');
    const kursus = all.byCategory.find((row) => row.category === 'kursus')!;
    assert.equal(kursus.events, 2);
    assert.equal(kursus.cancelledEvents, 1);
    const borgere = all.byAudience.find((row) => row.audience === 'borgere')!;
    assert.equal(borgere.events, 4, 'the cancelled April course counts among the cancelled, not the held');
  });

  it('filters by municipality, category and audience, and defaults to this calendar year', async () => {
    const lolland = await numbers(token, '?from=2027-01-01&to=2027-12-31&municipality=lolland');
    assert.deepEqual(
      lolland.byMunicipality.map((row) => row.municipality),
      ['lolland'],
    );
    const courses = await numbers(token, '?category=kursus&audience=borgere');
    assert.equal(courses.from, '2027-01-01');
    assert.equal(courses.to, '2027-12-31');
    assert.equal(courses.byMonth.length, 12);
    assert.equal(courses.totals.events, 1);
    assert.equal(courses.totals.cancelledEvents, 1);
  });

  it('counts only what the actor may see', async () => {
    const organiser = await numbers(as(people.organiser), '?from=2027-01-01&to=2027-04-30');
    assert.equal(organiser.totals.events, 2, 'the two events the organiser made');
    const faxe = await numbers(as(people.faxeEditor), '?from=2027-01-01&to=2027-04-30');
    assert.deepEqual(
      faxe.byMunicipality.map((row) => row.municipality),
      ['faxe'],
    );
    const stranger = await numbers(as(people.otherOrganiser), '?from=2027-01-01&to=2027-04-30');
    assert.equal(stranger.totals.events, 0);
    assert.equal(stranger.totals.seats, 0);
  });

  it('stay the same after the sweep has deleted the signups', async () => {
    const before = await numbers(token, '?from=2027-01-01&to=2027-04-30');
    const swept = await feed.storage.sweep(new Date('2027-03-20T00:00:00Z'), { signupDays: 30, idempotencyKeyDays: 7 });
    assert.ok(swept.signups > 0, "January's signups are gone");
    const afterSweep = await numbers(token, '?from=2027-01-01&to=2027-04-30');
    assert.deepEqual(afterSweep, before);
  });

  it('exports a sheet for Danish Excel', async () => {
    const answer = await token.call('GET', '/v1/console/numbers?from=2027-01-01&to=2027-04-30&format=csv');
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get('content-type') ?? '', /^text\/csv/);
    const lines = (await answer.text()).split('\r\n');
    assert.equal(
      lines[0],
      'Gruppe;Værdi;Arrangementer;Aflyste arrangementer;Tilmeldinger;Pladser;Fremmødte;Udeblevne;Venteliste;Afmeldte',
    );
    assert.ok(lines.some((line) => line.startsWith('Måned;2027-02;')));
    assert.ok(lines.some((line) => line.startsWith('Kommune;Næstved;')));
    assert.ok(lines.some((line) => line.startsWith('Kategori;Netværkstræf;')));
    assert.ok(lines.some((line) => line.startsWith('Målgruppe;Kulturaktører;')));
    assert.ok(lines.some((line) => line.startsWith('I alt;2027-01-01 til 2027-04-30;')));
  });

  it('refuses what it cannot read, and the signed-out', async () => {
    await assertProblem(await token.call('GET', '/v1/console/numbers?from=2027-05-01&to=2027-04-01'), 400, 'to');
    await assertProblem(await token.call('GET', '/v1/console/numbers?from=2000-01-01&to=2027-04-01'), 400, 'to');
    await assertProblem(await token.call('GET', '/v1/console/numbers?municipality=aarhus'), 400, 'municipality');
    await assertProblem(await token.call('GET', '/v1/console/numbers?year=2027'), 400, 'year');
    await assertProblem(await token.call('GET', '/v1/console/numbers?format=xlsx'), 400, 'format');
    await assertProblem(await token.call('POST', '/v1/console/numbers'), 405);
    await assertProblem(await feed.request('/v1/console/numbers'), 401);
  });
});

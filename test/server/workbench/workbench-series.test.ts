import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { occurrenceDates } from '../../../server/src/workbench/series-dates.js';
import { eventInput } from '../support/event-fixture.js';
import { assertProblem } from '../support/problem-assertions.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';
import { personWorkbench, people, tokenClient, type WorkbenchClient } from '../support/workbench-client.js';

/** A course day at 10:00 on the Sunday two weeks before summer time begins (31 March 2030). */
const course = eventInput({
  title: 'Kor for begyndere',
  start: '2030-03-17T10:00:00+01:00',
  end: '2030-03-17T12:00:00+01:00',
  signup: {
    mode: 'internal',
    capacity: 20,
    waitlist: false,
    maxSeatsPerSignup: 1,
    fields: [],
    opensAt: '2030-03-01T09:00:00+01:00',
    closesAt: '2030-03-16T12:00:00+01:00',
  },
});

describe('series dates', () => {
  it('keeps a weekly 10:00 at 10:00 on the clock across the change to summer time and back', () => {
    const starts = [0, 1, 2, 3].map((n) => occurrenceDates(course, 'week', n).start);
    assert.deepEqual(starts, [
      '2030-03-17T10:00:00+01:00',
      '2030-03-24T10:00:00+01:00',
      '2030-03-31T10:00:00+02:00',
      '2030-04-07T10:00:00+02:00',
    ]);
    const autumn = { start: '2030-10-20T10:00:00+02:00', end: '2030-10-20T12:00:00+02:00' };
    assert.deepEqual(occurrenceDates(autumn, 'week', 1), {
      start: '2030-10-27T10:00:00+01:00',
      end: '2030-10-27T12:00:00+01:00',
    });
  });

  it('moves a monthly event to the last day of a shorter month, and keeps a multi-day event’s length', () => {
    const monthEnd = { start: '2030-01-31T19:30:00+01:00', end: '2030-02-01T01:00:00+01:00' };
    assert.deepEqual(
      [1, 2, 3].map((n) => occurrenceDates(monthEnd, 'month', n)),
      [
        { start: '2030-02-28T19:30:00+01:00', end: '2030-03-01T01:00:00+01:00' },
        { start: '2030-03-31T19:30:00+02:00', end: '2030-04-01T01:00:00+02:00' },
        { start: '2030-04-30T19:30:00+02:00', end: '2030-05-01T01:00:00+02:00' },
      ],
    );
    const allDay = { start: '2030-12-15T00:00:00+01:00', end: '2030-12-16T23:59:00+01:00' };
    assert.deepEqual(occurrenceDates(allDay, 'month', 1), {
      start: '2031-01-15T00:00:00+01:00',
      end: '2031-01-16T23:59:00+01:00',
    });
  });
});

describe('POST /v1/console/series', () => {
  let feed: TestFeed;
  let bench: WorkbenchClient;
  before(() => {
    feed = createTestFeed();
    bench = tokenClient(feed);
  });
  after(() => feed.close());

  it('makes weekly drafts linked by a series id, at 10:00 local time across the change to summer time', async () => {
    const response = await bench.call('POST', '/v1/console/series', {
      input: course,
      repeat: { every: 'week', count: 4 },
    });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const { seriesId, items } = await response.json();
    assert.match(seriesId, /^[0-9a-f-]{36}$/);
    assert.deepEqual(
      items.map((item: { start: string; state: string }) => [item.start, item.state]),
      [
        ['2030-03-17T10:00:00+01:00', 'draft'],
        ['2030-03-24T10:00:00+01:00', 'draft'],
        ['2030-03-31T10:00:00+02:00', 'draft'],
        ['2030-04-07T10:00:00+02:00', 'draft'],
      ],
    );
    assert.equal(new Set(items.map((item: { id: string }) => item.id)).size, 4);
    const third = await bench.detail(items[2].id);
    assert.equal(third.seriesId, seriesId);
    assert.equal(third.input.end, '2030-03-31T12:00:00+02:00');
    const signup = third.input.signup;
    assert.equal(signup?.mode === 'internal' && Date.parse(signup.opensAt!), Date.parse('2030-03-15T08:00:00Z'));
    assert.equal(await feed.storage.countEvents(), 0, 'drafts are not public');
  });

  it('publishes a monthly series at once when asked', async () => {
    const response = await bench.call('POST', '/v1/console/series', {
      input: { ...course, signup: null, start: '2030-01-31T10:00:00+01:00', end: '2030-01-31T12:00:00+01:00' },
      repeat: { every: 'month', count: 3 },
      publish: true,
    });
    assert.equal(response.status, 201);
    const { items } = await response.json();
    assert.deepEqual(
      items.map((item: { start: string; state: string }) => [item.start, item.state]),
      [
        ['2030-01-31T10:00:00+01:00', 'published'],
        ['2030-02-28T10:00:00+01:00', 'published'],
        ['2030-03-31T10:00:00+02:00', 'published'],
      ],
    );
    for (const item of items) assert.equal((await feed.request(`/v1/events/${item.id}`)).status, 200);
  });

  it('refuses a count out of range, an unknown period, an own id, and an organiser’s publish', async () => {
    for (const repeat of [
      { every: 'week', count: 1 },
      { every: 'week', count: 53 },
      { every: 'week', count: 2.5 },
      { every: 'day', count: 3 },
      { every: 'week' },
    ]) {
      await assertProblem(await bench.call('POST', '/v1/console/series', { input: course, repeat }), 400);
    }
    await assertProblem(
      await bench.call('POST', '/v1/console/series', {
        input: { ...course, id: 'egen' },
        repeat: { every: 'week', count: 2 },
      }),
      400,
      'input.id',
    );
    const organiser = (await personWorkbench(feed, [people.organiser]))(people.organiser);
    await assertProblem(
      await organiser.call('POST', '/v1/console/series', {
        input: course,
        repeat: { every: 'week', count: 2 },
        publish: true,
      }),
      403,
      'publish',
    );
    const drafts = await organiser.call('POST', '/v1/console/series', {
      input: course,
      repeat: { every: 'week', count: 2 },
    });
    assert.equal(drafts.status, 201);
    const { items } = await drafts.json();
    assert.ok(items.every((item: { ownerEmail: string }) => item.ownerEmail === people.organiser.email));
  });
});

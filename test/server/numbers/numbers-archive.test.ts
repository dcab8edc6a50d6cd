import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { after, before, describe, it } from 'node:test';
import { generatedEvents } from '../../../bench/growth.js';
import { regionDate } from '../../../server/src/time/region-clock.js';
import { signedIn, type ConsoleSession } from '../support/console-session.js';
import { testBackend } from '../support/test-database.js';
import { ADMIN_TOKEN, createTestFeed, type TestFeed } from '../support/test-feed.js';

const NOW = new Date('2027-06-01T12:00:00+02:00');
const EVENTS = 2_000;
/** Ten signups an event: seven confirmed, two waitlisted, one cancelled; every other confirmed one checked in. */
const SIGNUPS_PER_EVENT = 10;

/** Ten signups for every event, written in one statement on the backend's own SQL. */
const signupsSql = {
  sqlite: `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ${SIGNUPS_PER_EVENT})
    INSERT INTO signups (id, event_id, status, seats, name, email, privacy_version, cancel_token, created_at, seq,
      attended_at)
    SELECT e.id || '/' || k.i, e.id,
      CASE WHEN k.i <= 7 THEN 'confirmed' WHEN k.i <= 9 THEN 'waitlisted' ELSE 'cancelled' END,
      1 + k.i % 2, 'Deltager ' || k.i, 'p' || k.i || '@example.dk', 'v', e.id || '/' || k.i, '2026-01-01T00:00:00Z',
      row_number() OVER (), CASE WHEN k.i <= 7 AND k.i % 2 = 0 THEN '2026-01-01T00:00:00Z' END
    FROM events e, k
    RETURNING 1`,
  postgres: `INSERT INTO signups (id, event_id, status, seats, name, email, privacy_version, cancel_token, created_at,
      attended_at)
    SELECT gen_random_uuid(), e.id,
      CASE WHEN k <= 7 THEN 'confirmed' WHEN k <= 9 THEN 'waitlisted' ELSE 'cancelled' END,
      1 + k % 2, 'Deltager ' || k, 'p' || k || '@example.dk', 'v', e.id || '/' || k, '2026-01-01T00:00:00Z',
      CASE WHEN k <= 7 AND k % 2 = 0 THEN timestamptz '2026-01-01T00:00:00Z' END
    FROM events e, generate_series(1, ${SIGNUPS_PER_EVENT}) AS k
    RETURNING 1`,
};

describe(`the numbers on a ${EVENTS.toLocaleString('en')}-event archive`, () => {
  let feed: TestFeed;
  let editor: ConsoleSession;
  let query: string;

  before(async () => {
    feed = createTestFeed({ now: () => NOW });
    const events = generatedEvents(EVENTS, NOW);
    for (const event of events) assert.ok(await feed.storage.createEvent(event, NOW));
    await feed.database.rows(signupsSql[testBackend]);
    if (testBackend === 'postgres') await feed.database.rows('ANALYZE');
    const starts = events.map((event) => Date.parse(event.start)).sort((a, b) => a - b);
    query = `?from=${regionDate(starts[0]!)}&to=${regionDate(starts.at(-1)!)}`;
    editor = await signedIn(feed, 'editor', ['lolland', 'faxe']);
  });
  after(() => feed.close());

  /** Milliseconds for each of `samples` requests, after one to warm up. */
  async function timed(send: () => Promise<Response>, samples = 15): Promise<number[]> {
    await (await send()).arrayBuffer();
    const ms: number[] = [];
    for (let i = 0; i < samples; i++) {
      const started = performance.now();
      const answer = await send();
      assert.equal(answer.status, 200);
      await answer.arrayBuffer();
      ms.push(performance.now() - started);
    }
    return ms.sort((a, b) => a - b);
  }

  it('answers the whole archive in well under a second, as the token and as an editor', async (t) => {
    const all = await (
      await feed.request(`/v1/console/numbers${query}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
    ).json();
    // The seed's templates include a cancelled event or two, whose signups are not counted.
    assert.equal(all.totals.events + all.totals.cancelledEvents, EVENTS);
    assert.equal(all.totals.signups, all.totals.events * 7);
    for (const [who, send] of [
      [
        'token',
        () => feed.request(`/v1/console/numbers${query}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }),
      ],
      ['editor', () => editor.request('GET', `/v1/console/numbers${query}`)],
      [
        'token, CSV',
        () =>
          feed.request(`/v1/console/numbers${query}&format=csv`, {
            headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          }),
      ],
    ] as const) {
      const ms = await timed(send);
      const median = ms[Math.floor(ms.length / 2)]!;
      t.diagnostic(`${testBackend}, ${who}: median ${median.toFixed(1)} ms, max ${ms.at(-1)!.toFixed(1)} ms`);
      assert.ok(median < 1_000, `median ${median} ms`);
    }
  });
});

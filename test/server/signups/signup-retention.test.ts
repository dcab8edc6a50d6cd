import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, beforeEach, describe, it } from 'node:test';
import { IDEMPOTENCY_KEY_DAYS } from '../../../server/src/signups/signup-defaults.js';
import { messageComposer } from '../../../server/src/signups/signup-mails.js';
import { cancelTokenOf, courseDay, person } from '../support/signup-support.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

const DAY = 86_400_000;
const NOW = new Date('2027-06-01T12:00:00Z');
const compose = messageComposer({ baseUrl: 'http://feed.test', retentionDays: 30 });

/** An event that ended `daysAgo` days before NOW. */
function endedDaysAgo(id: string, daysAgo: number) {
  const end = new Date(NOW.getTime() - daysAgo * DAY);
  const start = new Date(end.getTime() - 6 * 3_600_000);
  return { ...courseDay(id, { capacity: 1 }), id, start: start.toISOString(), end: end.toISOString() };
}

describe('retention sweep', () => {
  let feed: TestFeed;
  /** Reads the database itself, on a connection of its own. */
  const count = (sql: string) => feed.database.count(sql);

  /** Two signups (one confirmed, one waitlisted, each with a key and a message) and a cancelled one. */
  async function fill(eventId: string, at: Date): Promise<void> {
    for (const n of [1, 2, 3]) {
      const { name, email } = person(n);
      const outcome = await feed.storage.signUp({
        eventId,
        signup: { name, email, seats: 1, privacyVersion: '2026-01' },
        idempotencyKey: randomUUID(),
        requestHash: `${eventId}-${n}`,
        now: at,
        compose,
      });
      assert.equal(outcome.kind, 'created');
      if (n === 3 && outcome.kind === 'created') {
        const cancelToken = await cancelTokenOf(feed, JSON.parse(outcome.answer.body).id);
        await feed.storage.cancelSignup(cancelToken, at, compose);
      }
    }
  }

  beforeEach(async () => {
    await feed?.close();
    feed = createTestFeed();
    for (const [id, daysAgo] of [
      ['gammel', 31],
      ['nylig', 29],
      ['kommende', -10],
    ] as const) {
      const input = endedDaysAgo(id, daysAgo);
      await feed.storage.createEvent(input, NOW);
      await fill(id, new Date(Date.parse(input.start) - 20 * DAY));
    }
  });
  after(() => feed.close());

  it('deletes the signups, messages and keys of events that ended more than the retention ago, and only those', async () => {
    const result = await feed.storage.sweep(NOW, { signupDays: 30, idempotencyKeyDays: 1000 });
    assert.deepEqual(result, { signups: 3, idempotencyKeys: 0 });
    assert.equal(await count(`SELECT count(*) AS n FROM signups WHERE event_id = 'gammel'`), 0);
    assert.equal(await count(`SELECT count(*) AS n FROM signups WHERE event_id = 'nylig'`), 3);
    assert.equal(await count(`SELECT count(*) AS n FROM signups WHERE event_id = 'kommende'`), 3);
    // Messages and keys went with their signups; the events themselves stay.
    assert.equal(await count('SELECT count(*) AS n FROM outbox'), 6);
    assert.equal(await count('SELECT count(*) AS n FROM idempotency_keys'), 6);
    assert.equal(await count('SELECT count(*) AS n FROM events'), 3);
    assert.equal((await feed.storage.listOutbox({ limit: 100 })).filter((m) => m.eventId === 'gammel').length, 0);

    // One more day, and the next event's signups go too.
    const later = await feed.storage.sweep(new Date(NOW.getTime() + 1.01 * DAY), {
      signupDays: 30,
      idempotencyKeyDays: 1000,
    });
    assert.equal(later.signups, 3);
    assert.equal(await count(`SELECT count(*) AS n FROM signups WHERE event_id = 'kommende'`), 3);
  });

  it('keeps idempotency keys for the configured days, then drops them without touching signups', async () => {
    // Keys were made 20 days before each event started: about 51, 49 and 10 days before NOW.
    const policy = (idempotencyKeyDays: number) => ({ signupDays: 365, idempotencyKeyDays });
    assert.deepEqual(await feed.storage.sweep(NOW, policy(60)), { signups: 0, idempotencyKeys: 0 });
    assert.deepEqual(await feed.storage.sweep(NOW, policy(30)), { signups: 0, idempotencyKeys: 6 });
    assert.deepEqual(await feed.storage.sweep(NOW, policy(IDEMPOTENCY_KEY_DAYS)), { signups: 0, idempotencyKeys: 3 });
    assert.equal(await count('SELECT count(*) AS n FROM signups'), 9);
    assert.equal(await count('SELECT count(*) AS n FROM outbox'), 9);
  });

  it('keeps keys at least seven days', () => {
    assert.ok(IDEMPOTENCY_KEY_DAYS >= 7);
  });
});

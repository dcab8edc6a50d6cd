/**
 * The promise of issue 9, on real server processes: two `kultur-server`s on one PostgreSQL database share the seats
 * of an event without overbooking, and a cache may revalidate at either with the ETag the other gave.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { postgresMigrations } from '../../../server/src/db/postgres-migrations.js';
import { SignupAnswerSchema, type SignupAnswer } from '../../../src/contract/schema.js';
import { startCli, type CliProcess } from '../support/cli-process.js';
import { assertSeatsHeld } from '../support/seats-held.js';
import { courseDay, person } from '../support/signup-support.js';
import { createTestDatabase, postgresOnly, type TestDatabase } from '../support/test-database.js';

const TOKEN = 'two-processes-token';
const DAY = 86_400_000;
const CAPACITY = 50;
const PEOPLE = 200;

describe('two server processes on one PostgreSQL database', postgresOnly('runs two processes on one database'), () => {
  let database: TestDatabase;
  let servers: CliProcess[];
  let urls: string[];

  before(async () => {
    database = createTestDatabase();
    await database.ready();
    // Started together on an empty database: both run the migrations, and the advisory lock lets one do them.
    servers = [0, 1].map(() =>
      startCli(['--port', '0', ...database.serverArgs], { KULTUR_ADMIN_TOKEN: TOKEN, KULTUR_SIGNUP_RATE: '0' }),
    );
    urls = await Promise.all(servers.map((server) => server.url));
  });
  after(async () => {
    const codes = await Promise.all(servers.map((server) => server.stop()));
    await database.drop();
    assert.deepEqual(codes, [0, 0], servers.map((server) => server.output()).join('\n'));
  });

  async function publishCourse(id: string): Promise<void> {
    const start = new Date(Date.now() + 30 * DAY);
    const response = await fetch(`${urls[0]}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        ...courseDay(id, { capacity: CAPACITY, maxSeatsPerSignup: 1 }),
        start: start.toISOString(),
        end: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
      }),
    });
    assert.equal(response.status, 201, await response.text());
  }

  it('migrated the schema once', async () => {
    assert.deepEqual(
      await database.rows('SELECT version FROM schema_migrations ORDER BY version'),
      postgresMigrations.map(({ version }) => ({ version })),
    );
  });

  it(`take ${PEOPLE} signups at once for ${CAPACITY} seats: ${CAPACITY} confirmed, the rest waitlisted in order, none lost or twice`, async (t) => {
    await publishCourse('to-processer');
    const started = performance.now();
    // Every other person goes to the other process, all at the same moment.
    const results = await Promise.all(
      Array.from({ length: PEOPLE }, async (_, n) => {
        const response = await fetch(`${urls[n % 2]}/v1/events/to-processer/signups`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify(person(n)),
        });
        return { status: response.status, body: await response.text(), process: n % 2 };
      }),
    );
    t.diagnostic(`${PEOPLE} signups over two processes in ${(performance.now() - started).toFixed(0)} ms`);
    const answers: SignupAnswer[] = results.map(({ status, body }) => {
      assert.equal(status, 201, body);
      return SignupAnswerSchema.parse(JSON.parse(body));
    });
    // Both processes handed out seats, so the lock was contended across processes, not within one.
    for (const process of [0, 1]) {
      const confirmedHere = results.filter(
        (result, i) => result.process === process && answers[i]!.status === 'confirmed',
      );
      assert.ok(confirmedHere.length > 0, `process ${process} confirmed nobody`);
    }
    await assertSeatsHeld(database, 'to-processer', answers, { people: PEOPLE, capacity: CAPACITY });

    // The event as either process serves it: full.
    for (const url of urls) {
      const event = await (await fetch(`${url}/v1/events/to-processer`)).json();
      assert.equal(event.signup.available, 0);
    }
  });

  it('answers an ETag from one process with 304 at the other, and both see a change', async () => {
    await publishCourse('etag-kursus');
    for (const [n, path] of ['/v1/events?limit=100', '/v1/events/etag-kursus'].entries()) {
      const first = await fetch(`${urls[0]}${path}`);
      assert.equal(first.status, 200);
      const tag = first.headers.get('etag');
      assert.match(tag ?? '', /^"[^"]+"$/);
      const other = await fetch(`${urls[1]}${path}`, { headers: { 'if-none-match': tag! } });
      assert.equal(other.status, 304, `${path}: the other process does not know the ETag`);
      assert.equal(other.headers.get('etag'), tag);
      assert.match(other.headers.get('cache-control') ?? '', /s-maxage=\d+/);

      // A signup through the first process changes the seats left, so the tag is stale at the second.
      const signup = await fetch(`${urls[0]}/v1/events/etag-kursus/signups`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify(person(n)),
      });
      assert.equal(signup.status, 201);
      const changed = await fetch(`${urls[1]}${path}`, { headers: { 'if-none-match': tag! } });
      assert.equal(changed.status, 200);
      assert.notEqual(changed.headers.get('etag'), tag);
    }
  });

  it('replays an Idempotency-Key at the other process', async () => {
    await publishCourse('gentag');
    const key = randomUUID();
    const post = (url: string) =>
      fetch(`${url}/v1/events/gentag/signups`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(person(1)),
      });
    // At once, to both: one signs up, the other waits for its key and replays the answer.
    const [a, b] = await Promise.all(urls.map(post));
    assert.equal(a!.status, 201);
    assert.equal(b!.status, 201);
    const texts = [await a!.text(), await b!.text()];
    assert.equal(texts[0], texts[1]);
    assert.deepEqual([a!.headers.get('idempotent-replayed'), b!.headers.get('idempotent-replayed')].sort(), [
      null,
      'true',
    ]);
    assert.equal(await database.count(`SELECT count(*) AS n FROM signups WHERE event_id = 'gentag'`), 1);
  });
});

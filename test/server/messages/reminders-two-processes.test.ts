/**
 * Reminders on real server processes: two `kultur-server`s started together on one PostgreSQL database both look for
 * due reminders as they start, at the same moment, and each reminder is queued once between them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startCli, type CliProcess } from '../support/cli-process.js';
import { courseDay } from '../support/signup-support.js';
import { createTestDatabase, postgresOnly, type TestDatabase } from '../support/test-database.js';

const DAY = 86_400_000;
const PEOPLE = 40;

describe('reminders from two server processes on one PostgreSQL database', postgresOnly('runs two processes'), () => {
  let database: TestDatabase;
  let servers: CliProcess[] = [];

  before(async () => {
    database = createTestDatabase();
    const storage = await database.open();
    // Tomorrow, so the default reminder (two days before) is due; the people signed up ten days ago.
    const start = new Date(Date.now() + DAY);
    for (const id of ['i-morgen-1', 'i-morgen-2']) {
      const input = {
        ...courseDay(id, { capacity: PEOPLE, waitlist: true, maxSeatsPerSignup: 1 }),
        start: start.toISOString(),
        end: new Date(start.getTime() + 3_600_000).toISOString(),
      };
      assert.ok(await storage.createEvent({ ...input, id }, new Date()));
      for (let n = 0; n < PEOPLE / 2; n++) {
        const person = { name: `Deltager ${n}`, email: `deltager${n}@example.dk`, seats: 1, privacyVersion: 'v1' };
        assert.ok(await storage.addSignup(id, person, new Date(Date.now() - 10 * DAY)));
      }
    }
    await storage.close();
    servers = [0, 1].map(() => startCli(['--port', '0', ...database.serverArgs]));
    await Promise.all(servers.map((server) => server.url));
  });
  after(async () => {
    const codes = await Promise.all(servers.map((server) => server.stop()));
    await database.drop();
    assert.deepEqual(codes, [0, 0], servers.map((server) => server.output()).join('\n'));
  });

  it(`queue the ${PEOPLE} reminders once between them`, async () => {
    const count = () => database.count(`SELECT count(*)::int AS n FROM outbox WHERE kind = 'reminder'`);
    const deadline = Date.now() + 10_000;
    while ((await count()) < PEOPLE && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    // Both have started their first round by now; give the slower one time to finish it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(await count(), PEOPLE);
    const twice = await database.rows(
      `SELECT signup_id, count(*) FROM outbox WHERE kind = 'reminder' GROUP BY signup_id HAVING count(*) > 1`,
    );
    assert.deepEqual(twice, []);
  });
});

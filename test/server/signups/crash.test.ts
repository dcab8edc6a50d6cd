import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { SignupAnswerSchema, type SignupAnswer } from '../../../src/contract/schema.js';
import { startCli, type CliProcess } from '../support/cli-process.js';
import { courseDay } from '../support/signup-support.js';
import { sqliteOnly } from '../support/test-database.js';

const TOKEN = 'crash-test-token';
const DAY = 86_400_000;
const EVENT = 'kursus-under-nedbrud';
/** Seats on the course day; more people than that sign up, so the waitlist fills too. */
const CAPACITY = 40;
const PEOPLE = Number(process.env.KULTUR_CRASH_PEOPLE || 120);
const CLIENTS = 8;
const KILLS = Number(process.env.KULTUR_CRASH_KILLS || 5);

interface Answered {
  email: string;
  seats: number;
  answer: SignupAnswer;
  /** The 201 was a replay: an earlier attempt had been stored but its answer was lost with the process. */
  replayed: boolean;
  attempts: number;
}

describe('signups while the server process is killed', sqliteOnly('kills a server on its SQLite file'), () => {
  const dir = mkdtempSync(join(tmpdir(), 'kultur-crash-'));
  const db = join(dir, 'feed.db');
  let server: CliProcess | undefined;
  after(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Starts the server on the file (and on `port` once it has one), retrying while the old socket lets go. */
  async function start(port = '0'): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      server = startCli(['--port', port, '--db', db], { KULTUR_ADMIN_TOKEN: TOKEN, KULTUR_SIGNUP_RATE: '0' });
      try {
        return await server.url;
      } catch (error) {
        if (attempt === 10) throw error;
        await sleep(100);
      }
    }
  }

  it(`keeps every answered signup exactly once through ${KILLS} SIGKILLs, within capacity, with an intact file`, async (t) => {
    const origin = await start();
    const port = new URL(origin).port;
    const soon = new Date(Date.now() + 30 * DAY);
    const published = await fetch(`${origin}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        ...courseDay(EVENT, { capacity: CAPACITY, waitlist: true, maxSeatsPerSignup: 2 }),
        start: soon.toISOString(),
        end: new Date(soon.getTime() + 3 * 3_600_000).toISOString(),
      }),
    });
    assert.equal(published.status, 201, await published.text());

    // Each person has one key and one body for good, and tries until an answer comes: what the SDK does.
    const queue = Array.from({ length: PEOPLE }, (_, n) => ({
      key: randomUUID(),
      email: `person${n}@example.dk`,
      body: JSON.stringify({ name: `Person ${n}`, email: `person${n}@example.dk`, seats: 1 + (n % 2), consent: true }),
      seats: 1 + (n % 2),
    }));
    const answered: Answered[] = [];
    let failedAttempts = 0;
    const client = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        for (let attempts = 1; ; attempts++) {
          try {
            const response = await fetch(`http://127.0.0.1:${port}/v1/events/${EVENT}/signups`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'idempotency-key': next.key },
              body: next.body,
              signal: AbortSignal.timeout(5_000),
            });
            const text = await response.text();
            if (response.status === 201) {
              const answer = SignupAnswerSchema.parse(JSON.parse(text));
              const replayed = response.headers.get('idempotent-replayed') === 'true';
              answered.push({ email: next.email, seats: next.seats, answer, replayed, attempts });
              break;
            }
            assert.ok(response.status >= 500, `${next.email}: ${response.status} ${text}`);
          } catch (error) {
            if (error instanceof assert.AssertionError) throw error;
          }
          failedAttempts++;
          await sleep(20 + Math.random() * 30);
        }
      }
    };

    const clients = Promise.all(Array.from({ length: CLIENTS }, client));
    let done = false;
    void clients.finally(() => (done = true));
    let kills = 0;
    while (kills < KILLS && !done) {
      // Spread over the run: the k-th kill comes once about k/(KILLS+1) of the people have an answer, a moment later.
      const due = Math.floor(((kills + 1) * PEOPLE) / (KILLS + 2));
      while (answered.length < due && !done) await sleep(5);
      await sleep(Math.random() * 30);
      if (done) break;
      const dying = server!;
      dying.child.kill('SIGKILL');
      await dying.exited;
      kills++;
      await start(port);
    }
    await clients;
    await server!.stop();
    assert.equal(kills, KILLS, 'the server was killed while clients were still signing up');

    const file = new Database(db, { readonly: true });
    try {
      assert.equal(file.pragma('integrity_check', { simple: true }), 'ok');
      assert.deepEqual(file.pragma('foreign_key_check'), []);
      const rows = file.prepare('SELECT id, email, status, seats FROM signups WHERE event_id = ?').all(EVENT) as Array<{
        id: string;
        email: string;
        status: string;
        seats: number;
      }>;
      assert.equal(answered.length, PEOPLE, 'everyone got an answer in the end');
      assert.equal(rows.length, PEOPLE, 'no signup lost, none stored twice');
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const { email, seats, answer } of answered) {
        const row = byId.get(answer.id);
        assert.ok(row, `${email}'s 201 (${answer.id}) is in the database`);
        assert.deepEqual([row.email, row.seats, row.status], [email, seats, answer.status]);
      }
      assert.equal(new Set(rows.map((row) => row.email)).size, PEOPLE, 'nobody twice');
      const confirmedSeats = rows.filter((row) => row.status === 'confirmed').reduce((sum, row) => sum + row.seats, 0);
      assert.ok(confirmedSeats <= CAPACITY, `${confirmedSeats} confirmed seats for ${CAPACITY}`);
      const messages = file
        .prepare('SELECT count(*) AS n FROM outbox o JOIN signups s ON s.id = o.signup_id WHERE s.event_id = ?')
        .get(EVENT) as { n: number };
      assert.equal(messages.n, PEOPLE, 'one confirmation or waitlist message each, none doubled');
      const replays = answered.filter((entry) => entry.replayed).length;
      t.diagnostic(
        `${PEOPLE} people, ${CLIENTS} clients, ${kills} SIGKILLs: ${failedAttempts} failed attempts retried, ` +
          `answers replayed after a crash: ${replays}, ${confirmedSeats}/${CAPACITY} seats confirmed, ` +
          `${rows.length - rows.filter((row) => row.status === 'confirmed').length} waitlisted, integrity ok`,
      );
    } finally {
      file.close();
    }
  });
});

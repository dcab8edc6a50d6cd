import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { createApp } from '../../../server/src/app.js';
import { openPostgres } from '../../../server/src/db/open-postgres.js';
import { openSqlite } from '../../../server/src/db/open-sqlite.js';
import { PostgresStorage } from '../../../server/src/db/postgres-storage.js';
import { SqliteStorage } from '../../../server/src/db/sqlite-storage.js';
import type { Storage } from '../../../server/src/db/storage.js';
import { assertProblem } from '../support/problem-assertions.js';
import { BEFORE_THE_EVENT, courseDay, person, postSignup } from '../support/signup-support.js';
import { createTestDatabase, testBackend, type TestDatabase } from '../support/test-database.js';

const TOKEN = 'busy-test-token-7a1e';
/** How long the storage under test waits for a lock before it gives up. */
const LOCK_WAIT_MS = 200;

/** Another connection holding the write lock the signup needs: the whole file on SQLite, the event's row on PostgreSQL. */
async function holdLock(database: TestDatabase, eventId: string): Promise<() => Promise<void>> {
  if (testBackend === 'sqlite') {
    const db = openSqlite(database.sqliteFile!);
    db.exec('BEGIN IMMEDIATE');
    return async () => {
      db.exec('ROLLBACK');
      db.close();
    };
  }
  const client = new pg.Client({ connectionString: database.serverEnv.DATABASE_URL });
  await client.connect();
  await client.query('BEGIN');
  await client.query('SELECT id FROM events WHERE id = $1 FOR UPDATE', [eventId]);
  return async () => {
    await client.query('ROLLBACK');
    await client.end();
  };
}

describe('a signup that waits too long for a lock', () => {
  let database: TestDatabase;
  let storage: Storage;
  before(async () => {
    database = createTestDatabase();
    await database.ready();
    storage =
      testBackend === 'sqlite'
        ? new SqliteStorage(openSqlite(database.sqliteFile!, { busyTimeoutMs: LOCK_WAIT_MS }))
        : new PostgresStorage(await openPostgres(database.serverEnv.DATABASE_URL!), { lockTimeoutMs: LOCK_WAIT_MS });
  });
  after(async () => {
    await storage.close();
    await database.drop();
  });

  it('is a 503 with Retry-After that stores nothing, and the same request goes through once the lock is free', async () => {
    const app = createApp({ storage, adminTokens: [TOKEN], now: () => BEFORE_THE_EVENT, signupRate: 0 });
    const feed = { request: async (path: string, init?: RequestInit) => app.request(`http://feed.test${path}`, init) };
    const published = await feed.request('/v1/events', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(courseDay('travlt')),
    });
    assert.equal(published.status, 201, await published.text());

    const release = await holdLock(database, 'travlt');
    let refused: Response;
    try {
      refused = await postSignup(feed, 'travlt', person(1), { key: 'travlt-1' });
    } finally {
      await release();
    }
    const problem = await assertProblem(refused, 503);
    assert.equal(problem.type, 'urn:kultur:problem:unavailable');
    assert.match(problem.detail ?? '', /busy .* send the same request again/s);
    assert.equal(refused.headers.get('retry-after'), '1');
    assert.equal(await database.count('SELECT count(*) AS n FROM signups'), 0, 'nothing stored');

    const again = await postSignup(feed, 'travlt', person(1), { key: 'travlt-1' });
    assert.equal(again.status, 201, await again.text());
    assert.equal(again.headers.get('idempotent-replayed'), null, 'the 503 was not kept as the answer to the key');
    assert.equal(await database.count('SELECT count(*) AS n FROM signups'), 1);
  });
});

/** What only the PostgreSQL storage has: migrations under an advisory lock, row locks with a timeout. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { migratePostgres, openPostgres } from '../../../server/src/db/open-postgres.js';
import { postgresMigrations } from '../../../server/src/db/postgres-migrations.js';
import { PostgresStorage } from '../../../server/src/db/postgres-storage.js';
import { messageComposer } from '../../../server/src/signups/signup-mails.js';
import { startCli } from '../support/cli-process.js';
import { BEFORE_THE_EVENT, courseDay, person } from '../support/signup-support.js';
import { createTestDatabase, postgresOnly, type TestDatabase } from '../support/test-database.js';

const compose = messageComposer({ baseUrl: 'http://feed.test', retentionDays: 30 });

describe('PostgreSQL storage', postgresOnly('tests the PostgreSQL storage itself'), () => {
  let database: TestDatabase;
  let url: string;
  before(async () => {
    database = createTestDatabase();
    await database.ready();
    url = database.serverEnv.DATABASE_URL!;
  });
  after(() => database.drop());

  it('migrates once when several processes start at the same moment', async () => {
    const pools = Array.from({ length: 4 }, () => new pg.Pool({ connectionString: url, max: 1 }));
    try {
      const applied = await Promise.all(pools.map((pool) => migratePostgres(pool)));
      assert.deepEqual(
        applied.flat(),
        postgresMigrations.map((migration) => migration.version),
        'each migration applied by exactly one',
      );
      const rows = await database.rows<{ version: number; name: string }>(
        'SELECT version, name FROM schema_migrations ORDER BY version',
      );
      assert.deepEqual(
        rows,
        postgresMigrations.map(({ version, name }) => ({ version, name })),
      );
      assert.deepEqual(await migratePostgres(pools[0]!), [], 'nothing left the next time');
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it('rolls a failing migration back, names it, and leaves the version unrecorded', async () => {
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      const broken = { version: 999, name: 'broken on purpose', sql: 'CREATE TABLE half_done (id int); SELECT 1/0;' };
      await assert.rejects(
        migratePostgres(pool, [...postgresMigrations, broken]),
        /migration 999 \(broken on purpose\)/,
      );
      assert.equal(await database.count(`SELECT count(*) AS n FROM schema_migrations WHERE version = 999`), 0);
      assert.equal(await database.count(`SELECT count(*) AS n FROM pg_tables WHERE tablename = 'half_done'`), 0);
    } finally {
      await pool.end();
    }
  });

  it('gives up on a locked event after the lock timeout instead of waiting for ever', async () => {
    const storage = new PostgresStorage(await openPostgres(url), { lockTimeoutMs: 200 });
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      const { id: _id, ...input } = courseDay('laast');
      await storage.createEvent({ ...input, id: 'laast' }, BEFORE_THE_EVENT);
      await holder.query('BEGIN');
      await holder.query(`SELECT id FROM events WHERE id = 'laast' FOR UPDATE`);
      const { name, email } = person(1);
      const started = performance.now();
      const attempt = {
        eventId: 'laast',
        signup: { name, email, seats: 1, privacyVersion: '2026-01' },
        idempotencyKey: 'laast-1',
        requestHash: 'h',
        now: BEFORE_THE_EVENT,
        compose,
      };
      await assert.rejects(storage.signUp(attempt), { code: '55P03' });
      const waited = performance.now() - started;
      assert.ok(waited >= 150 && waited < 5_000, `waited ${waited.toFixed(0)} ms`);
      await holder.query('ROLLBACK');
      // Nothing of the failed attempt stayed, and the same key goes through once the lock is free.
      const outcome = await storage.signUp(attempt);
      assert.equal(outcome.kind, 'created');
    } finally {
      await holder.end();
      await storage.close();
    }
  });

  it('tells a server that cannot reach its database so, and exits 1', async () => {
    const unreachable = new URL(url);
    unreachable.port = '1';
    const server = startCli(['--port', '0', '--database-url', unreachable.href]);
    assert.equal(await server.exited, 1);
    assert.match(server.output(), /^PostgreSQL postgres:\/\/.*127\.0\.0\.1:1\/\S* does not answer \(ECONNREFUSED\)/);
  });
});

/**
 * The database a server test runs on: a fresh SQLite file by default, or a fresh PostgreSQL database when
 * `KULTUR_TEST_DATABASE` says `postgres` or holds a `postgres://` URL (`npm run test:postgres` starts a throwaway
 * cluster and sets it). The whole server suite runs on both; what only SQLite has is marked with `sqliteOnly`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgres } from '../../../server/src/db/open-postgres.js';
import { openSqlite } from '../../../server/src/db/open-sqlite.js';
import { PostgresStorage } from '../../../server/src/db/postgres-storage.js';
import { SqliteStorage } from '../../../server/src/db/sqlite-storage.js';
import type { Storage } from '../../../server/src/db/storage.js';

export type TestBackend = 'sqlite' | 'postgres';

const setting = process.env.KULTUR_TEST_DATABASE?.trim() || 'sqlite';
if (!/^(sqlite|postgres|postgres(ql)?:\/\/.*)$/.test(setting)) {
  throw new Error(`KULTUR_TEST_DATABASE is "${setting}": use sqlite, postgres, or a postgres:// URL`);
}

/** Which database this run of the server tests uses. */
export const testBackend: TestBackend = setting === 'sqlite' ? 'sqlite' : 'postgres';

/**
 * The server where test databases are created: the URL given, or (for plain `postgres`) libpq's defaults and `PG*`
 * variables, as `psql` would connect.
 */
const adminUrl = setting === 'postgres' ? 'postgres:///postgres' : setting;

/**
 * Test options that skip a test or suite unless it runs on SQLite, with the reason shown in the report:
 * `describe('…', sqliteOnly('reopens the file'), () => …)`.
 */
export function sqliteOnly(reason: string): { skip: string | false } {
  return { skip: testBackend === 'sqlite' ? false : `SQLite only: ${reason}` };
}

/** The same for what only PostgreSQL has: several processes on one database, row locks, advisory locks. */
export function postgresOnly(reason: string): { skip: string | false } {
  return { skip: testBackend === 'postgres' ? false : `PostgreSQL only: ${reason} (npm run test:postgres)` };
}

export interface TestDatabase {
  backend: TestBackend;
  /** Resolves once the database exists: wait for it before handing `serverArgs` or the URL to anyone else. */
  ready(): Promise<void>;
  /** Points `kultur-server` at this database: `--db FILE` or `--database-url URL`. */
  serverArgs: string[];
  /** The same through the environment: `KULTUR_DB` or `DATABASE_URL`. */
  serverEnv: Record<string, string>;
  /** The SQLite file; undefined on PostgreSQL. */
  sqliteFile: string | undefined;
  /** A new storage on this database, its schema migrated; the caller closes it. */
  open(): Promise<Storage>;
  /** Runs a query on a connection of its own, outside the storage; `?` marks the parameters on both backends. */
  rows<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** The `n` of a query's first row, such as `SELECT count(*) AS n FROM signups`. */
  count(sql: string, ...params: unknown[]): Promise<number>;
  /** Removes the database. Close every storage opened on it first. */
  drop(): Promise<void>;
}

/**
 * A fresh, empty database on this run's backend. It is returned at once; on PostgreSQL it is created meanwhile, and
 * every method waits for that (and fails with its error).
 */
export function createTestDatabase(): TestDatabase {
  return testBackend === 'sqlite' ? createSqliteDatabase() : createPostgresDatabase();
}

/** A fresh SQLite file in a temporary directory, whatever this run's backend. */
export function createSqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'kultur-test-'));
  const file = join(dir, 'kultur.db');
  const rows = async <T>(sql: string, ...params: unknown[]) => {
    // A connection of its own, as another process would read the file.
    const db = openSqlite(file);
    try {
      return db.prepare<unknown[], T>(sql).all(...params);
    } finally {
      db.close();
    }
  };
  return {
    backend: 'sqlite',
    ready: async () => {},
    serverArgs: ['--db', file],
    serverEnv: { KULTUR_DB: file },
    sqliteFile: file,
    open: async () => new SqliteStorage(openSqlite(file)),
    rows,
    count: async (sql, ...params) => (await rows<{ n: number }>(sql, ...params))[0]!.n,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

let adminPool: pg.Pool | undefined;

/** One small pool per test process for CREATE and DROP DATABASE; idle, it lets the process end. */
function admin(): pg.Pool {
  adminPool ??= new pg.Pool({ connectionString: adminUrl, max: 2, allowExitOnIdle: true });
  return adminPool;
}

/** A fresh database on the PostgreSQL server of `KULTUR_TEST_DATABASE`, whatever this run's backend. */
export function createPostgresDatabase(): TestDatabase {
  const name = `kultur_test_${randomBytes(6).toString('hex')}`;
  const created = admin().query(`CREATE DATABASE ${name}`);
  // Its error reaches whoever uses the database; unobserved until then, it must not end the process.
  created.catch(() => {});
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.href;
  let reader: pg.Pool | undefined;
  const rows = async <T>(sql: string, ...params: unknown[]) => {
    await created;
    reader ??= new pg.Pool({ connectionString: databaseUrl, max: 1, allowExitOnIdle: true });
    let n = 0;
    const result = await reader.query(
      sql.replace(/\?/g, () => `$${++n}`),
      params,
    );
    return result.rows as T[];
  };
  return {
    backend: 'postgres',
    ready: async () => {
      await created;
    },
    serverArgs: ['--database-url', databaseUrl],
    serverEnv: { DATABASE_URL: databaseUrl },
    sqliteFile: undefined,
    open: async () => {
      await created;
      return new PostgresStorage(await openPostgres(databaseUrl));
    },
    rows,
    // count(*) is a bigint, which pg hands over as text.
    count: async (sql, ...params) => Number((await rows<{ n: number | string }>(sql, ...params))[0]!.n),
    async drop() {
      await reader?.end();
      const exists = await created.then(
        () => true,
        () => false,
      );
      if (exists) await dropDatabase(name);
    },
  };
}

/**
 * Drops a test database once its connections are gone. pg's `pool.end()` resolves before the server has seen every
 * connection close; dropping WITH (FORCE) at once would kill those on their way out, and their clients would throw.
 * FORCE is the last resort, for connections a test really left open.
 */
async function dropDatabase(name: string): Promise<void> {
  const attempts = 100;
  for (let attempt = 1; ; attempt++) {
    const force = attempt === attempts;
    try {
      await admin().query(`DROP DATABASE IF EXISTS ${name}${force ? ' WITH (FORCE)' : ''}`);
      return;
    } catch (error) {
      // 55006: the database is being accessed by other users.
      if ((error as { code?: string }).code !== '55006' || force) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

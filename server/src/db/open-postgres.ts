import pg from 'pg';
import { NewerDatabaseError } from './newer-database.js';
import { postgresMigrations, type PostgresMigration } from './postgres-migrations.js';

export interface OpenPostgresOptions {
  /** Connections this process holds at most; N processes hold N times this, within the server's max_connections. */
  poolSize?: number;
}

/** Connections one process holds by default: enough for a signup burst, few enough for ten processes on 100. */
export const DEFAULT_POOL_SIZE = 10;

/**
 * The key of the session-level advisory lock that migrations run under (`'kult'` in ASCII). It is taken with the
 * one-bigint form of `pg_advisory_lock`, whose keys never meet the two-integer form the storage uses per request.
 */
const MIGRATION_LOCK = 0x6b756c74;

const { builtins, getTypeParser } = pg.types;
const parseTimestamp = getTypeParser(builtins.TIMESTAMPTZ, 'text') as (text: string) => Date;

/**
 * How this pool reads values, so rows come out as SQLite's do: counts and ids (`bigint`) as numbers, which they fit
 * in, and times as ISO 8601 strings in UTC, the form the feed serves.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === builtins.INT8) return (text: string) => Number(text);
    if (oid === builtins.TIMESTAMPTZ) return (text: string) => parseTimestamp(text).toISOString();
    return getTypeParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * Connects a pool to `url` (`postgres://user:password@host:5432/database`; libpq's `PG*` variables fill in what it
 * leaves out) and brings the schema up to date before resolving.
 */
export async function openPostgres(url: string, { poolSize = DEFAULT_POOL_SIZE }: OpenPostgresOptions = {}) {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types, application_name: 'kultur-server' });
  // An idle connection that the server drops (a restart, a failover) emits here; unhandled, it would end the process.
  pool.on('error', (error) => console.error('PostgreSQL: an idle connection failed; the pool opens another', error));
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}

/**
 * Applies the migrations `schema_migrations` does not list yet, each in its own transaction, and returns their
 * versions. Every process runs this on start; the advisory lock makes a second one wait for the first and then find
 * nothing left to do.
 */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: readonly PostgresMigration[] = postgresMigrations,
): Promise<number[]> {
  const client = await pool.connect();
  try {
    // Session-level, so it spans the transactions below; a dropped connection releases it too.
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(`
        CREATE TABLE IF NOT EXISTS schema_migrations (
          version integer PRIMARY KEY,
          name text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`);
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      const applied = new Set(rows.map((row) => row.version));
      const known = Math.max(...migrations.map((migration) => migration.version));
      const newest = Math.max(0, ...applied);
      // A newer server migrated this database: this one would not know what its data now means.
      if (newest > known) throw new NewerDatabaseError(newest, known);
      const done: number[] = [];
      for (const migration of migrations) {
        if (applied.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await migration.data?.(client);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            migration.version,
            migration.name,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`PostgreSQL migration ${migration.version} (${migration.name}) failed: ${error}`, {
            cause: error,
          });
        }
        done.push(migration.version);
      }
      return done;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/** How every command finds its database: `--db` (SQLite, the default) or `--database-url` (PostgreSQL). */
import { DEFAULT_POOL_SIZE, openPostgres } from '../db/open-postgres.js';
import { openSqlite } from '../db/open-sqlite.js';
import { PostgresStorage } from '../db/postgres-storage.js';
import { SqliteStorage } from '../db/sqlite-storage.js';
import type { Storage } from '../db/storage.js';
import { databaseFailure } from './start-failures.js';

/** The `parseArgs` options that choose the database. */
export const databaseFlags = {
  db: { type: 'string' },
  'database-url': { type: 'string' },
} as const;

/** The usage lines for them. */
export const databaseUsage = `  --db           SQLite file, created when absent (env KULTUR_DB); the default storage
  --database-url PostgreSQL instead of SQLite, e.g. postgres://kultur:secret@db.example.dk:5432/kultur (env
                 DATABASE_URL)`;

export interface DatabaseChoice {
  /** PostgreSQL when set; the SQLite file otherwise. */
  databaseUrl: string | undefined;
  db: string;
  poolSize: number;
}

export function wholeNumber(name: string, text: string): number {
  if (!/^\d{1,6}$/.test(text.trim())) throw new Error(`${name} must be a whole number; got "${text}"`);
  return Number(text);
}

/** A database URL fit for a log line: the password replaced by stars. */
export function withoutPassword(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

/** The database the flags and the environment name; throws with a message for the person at the terminal. */
export function chooseDatabase(
  values: { db?: string; 'database-url'?: string },
  env: NodeJS.ProcessEnv = process.env,
): DatabaseChoice {
  if (values.db !== undefined && values['database-url'] !== undefined) {
    throw new Error('--db and --database-url are both given: --db names a SQLite file, --database-url PostgreSQL');
  }
  // A flag beats the environment; DATABASE_URL beats KULTUR_DB, as the platforms that set it mean it to.
  const databaseUrl = values['database-url'] ?? (values.db === undefined ? env.DATABASE_URL || undefined : undefined);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error(
      `--database-url (or DATABASE_URL) must be a postgres:// URL such as postgres://kultur@localhost:5432/kultur; ` +
        `got "${withoutPassword(databaseUrl)}"`,
    );
  }
  return {
    databaseUrl,
    db: values.db ?? env.KULTUR_DB ?? './data/kultur.db',
    poolSize: Math.max(1, wholeNumber('KULTUR_DB_POOL_SIZE', env.KULTUR_DB_POOL_SIZE || `${DEFAULT_POOL_SIZE}`)),
  };
}

/** Where the data lives, for the log: never the password. */
export function databaseName(choice: DatabaseChoice): string {
  return choice.databaseUrl ? `PostgreSQL ${withoutPassword(choice.databaseUrl)}` : `SQLite file ${choice.db}`;
}

/**
 * Opens the chosen database, migrating its schema. What a start can expect (a folder it may not write, a server that
 * does not answer, a newer schema) throws one sentence that names the fix; anything else "Could not open …".
 */
export async function openStorage(choice: DatabaseChoice): Promise<Storage> {
  try {
    if (!choice.databaseUrl) return new SqliteStorage(openSqlite(choice.db));
    return new PostgresStorage(await openPostgres(choice.databaseUrl, { poolSize: choice.poolSize }));
  } catch (error) {
    throw new Error(cannotOpen(error, choice), { cause: error });
  }
}

/** The sentence for a database that did not open. */
export function cannotOpen(error: unknown, choice: DatabaseChoice): string {
  const name = databaseName(choice);
  return (
    databaseFailure(error, { name, postgres: choice.databaseUrl !== undefined }) ??
    `Could not open ${name}: ${(error as Error).message}`
  );
}

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { NewerDatabaseError } from './newer-database.js';
import { migrations } from './migrations.js';

/**
 * Opens (creating when absent) the SQLite file and brings its schema up to date.
 *
 * WAL lets readers work while a signup is written; `synchronous=FULL` makes a committed signup survive a power cut,
 * which is the promise we make to anyone who got a 201; `busy_timeout` makes concurrent writers wait instead of failing.
 */
export function openSqlite(
  file: string,
  { busyTimeoutMs = 5_000 }: { busyTimeoutMs?: number } = {},
): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${Math.round(busyTimeoutMs)}`);
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  // A newer server migrated this file: this one would not know what its data now means.
  const known = Math.max(...migrations.map((migration) => migration.version));
  if (current > known) throw new NewerDatabaseError(current, known);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      migration.data?.(db);
      // PRAGMA cannot take a bound parameter; the version is our own integer.
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

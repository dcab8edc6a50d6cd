/**
 * Versioned schema migrations for SQLite. `PRAGMA user_version` records the last one applied; each runs in its own
 * transaction, so a crash never leaves a half-migrated database. Append new migrations; never edit an applied one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'events and signups',
    sql: `
      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        municipality TEXT NOT NULL,
        start_ms INTEGER NOT NULL,
        end_ms INTEGER NOT NULL,
        status TEXT NOT NULL,
        categories TEXT NOT NULL,
        audience TEXT NOT NULL,
        search_text TEXT NOT NULL,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX events_by_start ON events (start_ms, id);
      CREATE INDEX events_by_municipality ON events (municipality, start_ms, id);

      CREATE TABLE signups (
        id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events (id) ON DELETE RESTRICT,
        status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
        seats INTEGER NOT NULL CHECK (seats >= 1),
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        phone TEXT,
        organization TEXT,
        municipality TEXT,
        comment TEXT,
        privacy_version TEXT NOT NULL,
        cancel_token TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        cancelled_at TEXT
      ) STRICT;
      CREATE INDEX signups_by_event ON signups (event_id, status, created_at);
      CREATE UNIQUE INDEX signups_one_per_email ON signups (event_id, lower(email)) WHERE status <> 'cancelled';
    `,
  },
];

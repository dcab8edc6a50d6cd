import type Database from 'better-sqlite3';
import { reindexAll } from './sqlite-search.js';

/**
 * Versioned schema migrations for SQLite. `PRAGMA user_version` records the last one applied; each runs in its own
 * transaction, so a crash never leaves a half-migrated database. Append new migrations; never edit an applied one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export interface SqliteMigration extends Migration {
  /** Rows only the server's code can write (the search index's stemmed words), after `sql`, in its transaction. */
  data?: (db: Database.Database) => void;
}

export const migrations: readonly SqliteMigration[] = [
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
  {
    version: 2,
    name: 'signup queue order, idempotency keys and outbox',
    sql: `
      -- rowid is no queue order: VACUUM may renumber it. seq is ours, given in signup order.
      ALTER TABLE signups ADD COLUMN seq INTEGER;
      UPDATE signups SET seq = rowid;
      CREATE UNIQUE INDEX signups_by_seq ON signups (seq);
      CREATE INDEX signups_queue ON signups (event_id, status, seq);

      -- The answer given to a signup, replayed for the same key; it goes when the signup is deleted.
      CREATE TABLE idempotency_keys (
        key TEXT PRIMARY KEY,
        request_hash TEXT NOT NULL,
        signup_id TEXT NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
        status INTEGER NOT NULL,
        body TEXT NOT NULL,
        created_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_ms);
      CREATE INDEX idempotency_keys_by_signup ON idempotency_keys (signup_id);

      -- Messages are written in the transaction that changes the signup, and delivered after it commits.
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        signup_id TEXT NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('confirmed', 'waitlisted', 'moved-up')),
        recipient TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
      ) STRICT;
      CREATE INDEX outbox_by_signup ON outbox (signup_id);
      CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
    `,
  },
  {
    version: 3,
    name: 'outbox leases',
    sql: `
      -- A mailer leases the unsent messages it lists until this instant (epoch ms), so that two server processes on
      -- one database never send one message twice.
      ALTER TABLE outbox ADD COLUMN leased_until_ms INTEGER;
    `,
  },
  {
    version: 4,
    name: 'publishing tokens and imported events',
    sql: `
      -- Only the SHA-256 digest of a token is kept (hex); the token itself is shown once, when it is made. A name
      -- is unique among the tokens in use, so a revoked token's name can be given to its successor.
      CREATE TABLE publishing_tokens (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        digest TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX publishing_tokens_active_name ON publishing_tokens (name) WHERE revoked_at IS NULL;

      -- Which event a record of an import source became, so a second import updates it instead of adding another.
      -- The link goes with its event: importing again after a deletion makes the event anew.
      CREATE TABLE imported_events (
        source TEXT NOT NULL,
        external_id TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL,
        first_imported_at TEXT NOT NULL,
        last_imported_at TEXT NOT NULL,
        PRIMARY KEY (source, external_id)
      ) STRICT;
      CREATE INDEX imported_events_by_event ON imported_events (event_id);
    `,
  },
  {
    version: 5,
    name: 'events by length',
    sql: `
      -- The listing bounds its scan of the (start, id) indexes by "starts at most the longest event's length before
      -- from", so the past is skipped however large the archive grows; this index finds that length at once.
      CREATE INDEX events_by_length ON events (end_ms - start_ms);
    `,
  },
  {
    version: 6,
    name: 'events by municipality with end and categories',
    sql: `
      -- A listing for one municipality walks this index in (start, id) order and stops at the page's end. The end and
      -- the categories ride along so that the "still running at from" and category tests are answered from the index:
      -- only the rows that pass are read from the table, not every event of the window before from.
      CREATE INDEX events_by_municipality_with_end_and_categories
        ON events (municipality, start_ms, id, end_ms, categories);
      -- Its first three columns are the old index, so that one is only a cost on every write now. No query names an
      -- index, so a server of the version before runs on without it.
      DROP INDEX events_by_municipality;
    `,
  },
  {
    version: 7,
    name: 'outbox kinds without a fixed list',
    sql: `
      -- The kinds of message grow with the features that send them (a repeated signup now; changes, reminders and
      -- organisers' messages next), and SQLite can only change a CHECK by building the table anew: the code's type
      -- names the kinds instead. Rebuilt as SQLite's documented procedure has it; nothing refers to the outbox.
      CREATE TABLE outbox_new (
        id INTEGER PRIMARY KEY,
        signup_id TEXT NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind <> ''),
        recipient TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        leased_until_ms INTEGER
      ) STRICT;
      INSERT INTO outbox_new (id, signup_id, kind, recipient, subject, body, created_at, sent_at, attempts, last_error,
          leased_until_ms)
        SELECT id, signup_id, kind, recipient, subject, body, created_at, sent_at, attempts, last_error, leased_until_ms
        FROM outbox;
      DROP TABLE outbox;
      ALTER TABLE outbox_new RENAME TO outbox;
      CREATE INDEX outbox_by_signup ON outbox (signup_id);
      CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
      -- A repeated signup looks for the last notice of its kind to its signup.
      CREATE INDEX outbox_by_signup_and_kind ON outbox (signup_id, kind, created_at);
    `,
  },
  {
    version: 8,
    name: 'people, sign-in links and sessions',
    sql: `
      -- The console's people. Removing a person keeps the row (removed_at), so the change log can still name them; an
      -- address is unique among the people not removed. Municipalities: a JSON array, for editors.
      CREATE TABLE people (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL,
        name TEXT,
        role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'organiser')),
        municipalities TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        removed_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX people_by_email ON people (lower(email)) WHERE removed_at IS NULL;

      -- Single-use sign-in links: only the SHA-256 digest of the secret is kept (hex).
      CREATE TABLE sign_in_links (
        digest TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        created_ms INTEGER NOT NULL,
        expires_ms INTEGER NOT NULL,
        used_ms INTEGER
      ) STRICT;
      CREATE INDEX sign_in_links_by_person ON sign_in_links (person_id, created_ms);

      -- A browser's session: the digest of its cookie, its CSRF token, and when it ends.
      CREATE TABLE sessions (
        digest TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        created_ms INTEGER NOT NULL,
        seen_ms INTEGER NOT NULL,
        expires_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_person ON sessions (person_id);

      -- Sign-in links and invitations are messages about no signup: signup_id may be empty now. Rebuilt as in 7.
      CREATE TABLE outbox_new (
        id INTEGER PRIMARY KEY,
        signup_id TEXT REFERENCES signups (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind <> ''),
        recipient TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        leased_until_ms INTEGER
      ) STRICT;
      INSERT INTO outbox_new SELECT id, signup_id, kind, recipient, subject, body, created_at, sent_at, attempts,
          last_error, leased_until_ms
        FROM outbox;
      DROP TABLE outbox;
      ALTER TABLE outbox_new RENAME TO outbox;
      CREATE INDEX outbox_by_signup ON outbox (signup_id);
      CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
      CREATE INDEX outbox_by_signup_and_kind ON outbox (signup_id, kind, created_at);
      -- The sweep deletes sign-in messages a day after they were written: they hold a (spent) secret.
      CREATE INDEX outbox_by_kind ON outbox (kind, created_at) WHERE signup_id IS NULL;
    `,
  },
  {
    version: 9,
    name: 'the workbench: drafts, owners and series, change log',
    sql: `
      -- Working copies: drafts never published, and changes to published events waiting for approval. Never in
      -- events, so the public reads cannot show them. The columns are events' (data is the input without its id);
      -- submitted marks a copy waiting for approval.
      CREATE TABLE event_drafts (
        id TEXT PRIMARY KEY,
        submitted INTEGER NOT NULL CHECK (submitted IN (0, 1)),
        -- 1 for a change to a published event: publishing it replaces that event, never one that took the id later.
        of_published INTEGER NOT NULL CHECK (of_published IN (0, 1)),
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
      CREATE INDEX event_drafts_by_start ON event_drafts (start_ms, id);
      CREATE INDEX event_drafts_by_municipality ON event_drafts (municipality, start_ms, id);
      CREATE INDEX event_drafts_submitted ON event_drafts (start_ms, id) WHERE submitted = 1;

      -- Who made an event (a person's id and e-mail as they were then; tokens own nothing) and its series. Kept for
      -- drafts and published events alike, so no foreign key: a draft has no events row.
      CREATE TABLE workbench_events (
        event_id TEXT PRIMARY KEY,
        owner_id TEXT,
        owner_email TEXT,
        series_id TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX workbench_events_by_owner ON workbench_events (owner_id, event_id) WHERE owner_id IS NOT NULL;
      CREATE INDEX workbench_events_by_series ON workbench_events (series_id) WHERE series_id IS NOT NULL;

      -- Every change made on the workbench: when, who (an e-mail or a token's name), what. Kept after a draft is
      -- deleted, as the record that it was.
      CREATE TABLE event_changes (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action <> ''),
        summary TEXT
      ) STRICT;
      CREATE INDEX event_changes_by_event ON event_changes (event_id, id);
    `,
  },
  {
    version: 10,
    name: 'pictures',
    sql: `
      -- Uploaded pictures, each once: the id is the SHA-256 of the uploaded file, so the same file sent again finds its
      -- row. The file itself is not kept: only its WebP renditions, made without any of its metadata (GPS included).
      CREATE TABLE images (
        id TEXT PRIMARY KEY,
        original_type TEXT NOT NULL,
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      -- A picture narrower than a standard width has fewer renditions: its own width stands in for the larger ones.
      CREATE TABLE image_renditions (
        image_id TEXT NOT NULL REFERENCES images (id) ON DELETE CASCADE,
        width INTEGER NOT NULL CHECK (width > 0),
        bytes BLOB NOT NULL,
        PRIMARY KEY (image_id, width)
      ) STRICT;
    `,
  },
  {
    version: 11,
    name: "answers to an event's questions",
    sql: `
      -- A signup's answers to its event's questions, as JSON keyed by question id (NULL when it answered none). On the
      -- signup's own row, so they go with it: deleted by the retention sweep, never in a message.
      ALTER TABLE signups ADD COLUMN answers TEXT;
    `,
  },
  {
    version: 12,
    name: 'attendance and the tallies kept after the sweep',
    sql: `
      -- Check-in at the door: when the organiser marked the signup as attended; NULL while not (or undone).
      ALTER TABLE signups ADD COLUMN attended_at TEXT;
      -- The sweep deletes an event's signups some days after it ends; the numbers the region reports outlive them, so
      -- the sweep first adds what it deletes to this event's tally (counts only: no person's data).
      CREATE TABLE event_tallies (
        event_id TEXT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
        confirmed_signups INTEGER NOT NULL DEFAULT 0,
        confirmed_seats INTEGER NOT NULL DEFAULT 0,
        attended_seats INTEGER NOT NULL DEFAULT 0,
        waitlisted_seats INTEGER NOT NULL DEFAULT 0,
        cancelled_seats INTEGER NOT NULL DEFAULT 0
      ) STRICT;
    `,
  },
  {
    version: 13,
    name: "messages about events: calendar sequence, reminders, organisers' messages",
    sql: `
      -- An event's calendar SEQUENCE (RFC 5545): it rises when the time, place or online address changes, or when the
      -- event is cancelled, so calendars replace the entry they have (same UID) with the new one.
      ALTER TABLE events ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;

      -- Days before the start that the reminder goes; NULL: no reminder. No row: the default (two days). The
      -- workbench's own data, not the contract's: the public has no use for it. No foreign key: drafts have one too.
      CREATE TABLE event_reminders (
        event_id TEXT PRIMARY KEY,
        days_before INTEGER CHECK (days_before IS NULL OR days_before BETWEEN 1 AND 30),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;

      -- Each signup's reminder for a start time, taken once: the key keeps two rounds (or two processes) from queueing
      -- it twice. queued = 0: decided against (the person signed up after the reminder's moment).
      CREATE TABLE sent_reminders (
        signup_id TEXT NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
        start_ms INTEGER NOT NULL,
        queued INTEGER NOT NULL CHECK (queued IN (0, 1)),
        at TEXT NOT NULL,
        PRIMARY KEY (signup_id, start_ms)
      ) STRICT;

      -- What organisers wrote to their participants, and who sent it (an e-mail or a token's name).
      CREATE TABLE organiser_messages (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL,
        sent_by TEXT NOT NULL,
        audience TEXT NOT NULL CHECK (audience IN ('confirmed', 'waitlisted', 'all')),
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        recipients INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX organiser_messages_by_event ON organiser_messages (event_id, id);
    `,
  },
  {
    version: 14,
    name: 'full-text search that forgives Danish',
    sql: `
      -- The events' words as search compares them (events/search-text.ts: stemmed, æ ø å and ae oe aa folded), the
      -- title apart so that it can weigh more. Its own integer key, since the FTS5 index names rows by integer and
      -- VACUUM may renumber the rowids of events, whose key is text.
      CREATE TABLE event_search (
        search_id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL UNIQUE REFERENCES events (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        body TEXT NOT NULL
      ) STRICT;
      -- An external-content index over it. The words come split and folded already: unicode61 only has to split at the
      -- spaces. Prefix indexes of two and three letters make the last word's "kon*" one lookup.
      CREATE VIRTUAL TABLE event_search_index USING fts5(
        title, body, content = 'event_search', content_rowid = 'search_id',
        tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'
      );
      -- The index follows event_search in the writing transaction: the storage writes event_search with the event.
      CREATE TRIGGER event_search_added AFTER INSERT ON event_search BEGIN
        INSERT INTO event_search_index (rowid, title, body) VALUES (new.search_id, new.title, new.body);
      END;
      CREATE TRIGGER event_search_removed AFTER DELETE ON event_search BEGIN
        INSERT INTO event_search_index (event_search_index, rowid, title, body)
        VALUES ('delete', old.search_id, old.title, old.body);
      END;
      CREATE TRIGGER event_search_changed AFTER UPDATE ON event_search BEGIN
        INSERT INTO event_search_index (event_search_index, rowid, title, body)
        VALUES ('delete', old.search_id, old.title, old.body);
        INSERT INTO event_search_index (rowid, title, body) VALUES (new.search_id, new.title, new.body);
      END;
      -- search_text (events and event_drafts) now holds the same words with a space around each, for the console's
      -- substring search: written for the rows there are by the data step.
    `,
    data: reindexAll,
  },
  {
    version: 15,
    name: 'events sent in without an account',
    sql: `
      -- An event a cultural actor sent in (<kultur-submit>), until its sender uses the confirmation link mailed to
      -- them: then it becomes a draft waiting for approval, and this row goes. Only the link secret's SHA-256 digest is
      -- kept. The sweep deletes rows the link of which ran out. event_id is chosen at sending, so a second use of the
      -- link at the same moment finds the draft the first one made.
      CREATE TABLE submissions (
        digest TEXT PRIMARY KEY,
        event_id TEXT NOT NULL,
        email TEXT NOT NULL,
        data TEXT NOT NULL,
        created_ms INTEGER NOT NULL,
        expires_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX submissions_by_email ON submissions (email, created_ms);
      CREATE INDEX submissions_by_expiry ON submissions (expires_ms);

      -- Keys the feed makes for itself once and every process shares: the form token's HMAC key.
      CREATE TABLE feed_keys (
        name TEXT PRIMARY KEY,
        secret TEXT NOT NULL
      ) STRICT;

      -- Who sent a submitted event in, with an address they confirmed; NULL for events made in the console. The sweep
      -- clears them some days after the event, as it deletes signups.
      ALTER TABLE workbench_events ADD COLUMN submitter_name TEXT;
      ALTER TABLE workbench_events ADD COLUMN submitter_email TEXT;
      ALTER TABLE workbench_events ADD COLUMN submitter_phone TEXT;
    `,
  },
];

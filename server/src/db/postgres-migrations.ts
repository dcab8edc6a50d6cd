import type pg from 'pg';
import type { Migration } from './migrations.js';
import { reindexAll } from './postgres-search.js';

export interface PostgresMigration extends Migration {
  /** Rows only the server's code can write (the search index's stemmed words), after `sql`, in its transaction. */
  data?: (client: pg.PoolClient) => Promise<void>;
}

/**
 * Versioned schema migrations for PostgreSQL, their own line beside SQLite's: the table `schema_migrations` records
 * each one applied; each runs in its own transaction, under an advisory lock so that server processes starting
 * together apply it once. Append new migrations; never edit an applied one.
 *
 * Version 1 is the schema SQLite reached in its versions 1 to 3. What differs: times are `timestamptz`; categories
 * and audience are `text[]` with GIN indexes (SQLite keeps JSON text); ids compare byte-wise (`COLLATE "C"`, as
 * SQLite's BINARY) so the keyset cursor orders the same everywhere; signup order (`seq`) and outbox ids come from
 * identity columns, since PostgreSQL writers do not queue behind one database-wide lock; the event JSON is `json`,
 * which keeps the published text as it was, key order included, so both databases serve the same bytes.
 */
export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'events, signups, idempotency keys and outbox',
    sql: `
      CREATE TABLE events (
        id text COLLATE "C" PRIMARY KEY,
        municipality text NOT NULL,
        start_at timestamptz NOT NULL,
        end_at timestamptz NOT NULL,
        status text NOT NULL,
        categories text[] NOT NULL,
        audience text[] NOT NULL,
        search_text text NOT NULL,
        data json NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX events_by_start ON events (start_at, id);
      CREATE INDEX events_by_municipality ON events (municipality, start_at, id);
      CREATE INDEX events_by_end ON events (end_at);
      CREATE INDEX events_by_category ON events USING gin (categories);
      CREATE INDEX events_by_audience ON events USING gin (audience);

      CREATE TABLE signups (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        event_id text COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE RESTRICT,
        status text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
        seats integer NOT NULL CHECK (seats >= 1),
        name text NOT NULL,
        email text NOT NULL,
        phone text,
        organization text,
        municipality text,
        comment text,
        privacy_version text NOT NULL,
        cancel_token text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        cancelled_at timestamptz
      );
      CREATE INDEX signups_queue ON signups (event_id, status, seq);
      CREATE UNIQUE INDEX signups_one_per_email ON signups (event_id, lower(email)) WHERE status <> 'cancelled';

      -- The answer given to a signup, replayed for the same key; it goes when the signup is deleted.
      CREATE TABLE idempotency_keys (
        key text PRIMARY KEY,
        request_hash text NOT NULL,
        signup_id uuid NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
        status integer NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
      CREATE INDEX idempotency_keys_by_signup ON idempotency_keys (signup_id);

      -- Messages are written in the transaction that changes the signup, and delivered after it commits.
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        signup_id uuid NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('confirmed', 'waitlisted', 'moved-up')),
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        sent_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        leased_until timestamptz
      );
      CREATE INDEX outbox_by_signup ON outbox (signup_id);
      CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
    `,
  },
  {
    version: 2,
    name: 'publishing tokens and imported events',
    sql: `
      -- SQLite's version 4. Only the SHA-256 digest of a token is kept (hex); a name is unique among the tokens in use.
      CREATE TABLE publishing_tokens (
        id text PRIMARY KEY,
        name text NOT NULL,
        digest text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        last_used_at timestamptz,
        revoked_at timestamptz
      );
      CREATE UNIQUE INDEX publishing_tokens_active_name ON publishing_tokens (name) WHERE revoked_at IS NULL;

      -- Which event a record of an import source became; the link goes with its event.
      CREATE TABLE imported_events (
        source text NOT NULL,
        external_id text NOT NULL,
        event_id text COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        content_hash text NOT NULL,
        first_imported_at timestamptz NOT NULL,
        last_imported_at timestamptz NOT NULL,
        PRIMARY KEY (source, external_id)
      );
      CREATE INDEX imported_events_by_event ON imported_events (event_id);
    `,
  },
  {
    version: 3,
    name: 'events by length',
    sql: `
      -- SQLite's version 5: the longest event's length, found at once, bounds the listing's scan of the past.
      CREATE INDEX events_by_length ON events ((end_at - start_at));
    `,
  },
  {
    version: 4,
    name: 'events by municipality with end',
    sql: `
      -- SQLite's version 6 without the categories: a B-tree cannot test array overlap (&&), so PostgreSQL reads the row
      -- for that. A listing for one municipality walks this index in (start, id) order and stops at the page's end; the
      -- end is tested in the index, so the events in the window before from that have already ended are never read.
      CREATE INDEX events_by_municipality_with_end ON events (municipality, start_at, id, end_at);
      -- Its first three columns are the old index, so that one is only a cost on every write now. No query names an
      -- index, so a server of the version before runs on without it.
      DROP INDEX events_by_municipality;
    `,
  },
  {
    version: 5,
    name: 'outbox kinds without a fixed list',
    sql: `
      -- SQLite's version 7: the kinds of message grow with the features that send them; the code's type names them.
      ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check, ADD CONSTRAINT outbox_kind_check CHECK (kind <> '');
      -- A repeated signup looks for the last notice of its kind to its signup.
      CREATE INDEX outbox_by_signup_and_kind ON outbox (signup_id, kind, created_at);
    `,
  },
  {
    version: 6,
    name: 'people, sign-in links and sessions',
    sql: `
      -- SQLite's version 8. Removing a person keeps the row (removed_at), so the change log can still name them.
      CREATE TABLE people (
        id text COLLATE "C" PRIMARY KEY,
        email text NOT NULL,
        name text,
        role text NOT NULL CHECK (role IN ('admin', 'editor', 'organiser')),
        municipalities text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL,
        removed_at timestamptz
      );
      CREATE UNIQUE INDEX people_by_email ON people (lower(email)) WHERE removed_at IS NULL;

      CREATE TABLE sign_in_links (
        digest text COLLATE "C" PRIMARY KEY,
        person_id text COLLATE "C" NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX sign_in_links_by_person ON sign_in_links (person_id, created_at);

      CREATE TABLE sessions (
        digest text COLLATE "C" PRIMARY KEY,
        person_id text COLLATE "C" NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL,
        seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sessions_by_person ON sessions (person_id);

      -- Sign-in links and invitations are messages about no signup.
      ALTER TABLE outbox ALTER COLUMN signup_id DROP NOT NULL;
      CREATE INDEX outbox_by_kind ON outbox (kind, created_at) WHERE signup_id IS NULL;
    `,
  },
  {
    version: 7,
    name: 'the workbench: drafts, owners and series, change log',
    sql: `
      -- SQLite's version 9. Working copies (drafts, changes waiting for approval), never in events; the columns are
      -- events' (data the input without its id).
      CREATE TABLE event_drafts (
        id text COLLATE "C" PRIMARY KEY,
        submitted boolean NOT NULL,
        -- A change to a published event: publishing it replaces that event, never one that took the id later.
        of_published boolean NOT NULL,
        municipality text NOT NULL,
        start_at timestamptz NOT NULL,
        end_at timestamptz NOT NULL,
        status text NOT NULL,
        categories text[] NOT NULL,
        audience text[] NOT NULL,
        search_text text NOT NULL,
        data json NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX event_drafts_by_start ON event_drafts (start_at, id);
      CREATE INDEX event_drafts_by_municipality ON event_drafts (municipality, start_at, id);
      CREATE INDEX event_drafts_submitted ON event_drafts (start_at, id) WHERE submitted;

      -- Who made an event and its series, for drafts and published events alike (so no foreign key).
      CREATE TABLE workbench_events (
        event_id text COLLATE "C" PRIMARY KEY,
        owner_id text,
        owner_email text,
        series_id text,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX workbench_events_by_owner ON workbench_events (owner_id, event_id) WHERE owner_id IS NOT NULL;
      CREATE INDEX workbench_events_by_series ON workbench_events (series_id) WHERE series_id IS NOT NULL;

      -- Every change made on the workbench; kept after a draft is deleted.
      CREATE TABLE event_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id text COLLATE "C" NOT NULL,
        at timestamptz NOT NULL,
        who text NOT NULL,
        action text NOT NULL CHECK (action <> ''),
        summary text
      );
      CREATE INDEX event_changes_by_event ON event_changes (event_id, id);
    `,
  },
  {
    version: 8,
    name: 'pictures',
    sql: `
      -- SQLite's version 10: each uploaded picture once (its id the SHA-256 of the file), and its WebP renditions.
      CREATE TABLE images (
        id text COLLATE "C" PRIMARY KEY,
        original_type text NOT NULL,
        width integer NOT NULL CHECK (width > 0),
        height integer NOT NULL CHECK (height > 0),
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      );
      CREATE TABLE image_renditions (
        image_id text COLLATE "C" NOT NULL REFERENCES images (id) ON DELETE CASCADE,
        width integer NOT NULL CHECK (width > 0),
        bytes bytea NOT NULL,
        PRIMARY KEY (image_id, width)
      );
      -- Renditions are compressed already: storing them as they are spares PostgreSQL a vain attempt at compressing.
      ALTER TABLE image_renditions ALTER COLUMN bytes SET STORAGE EXTERNAL;
    `,
  },
  {
    version: 9,
    name: "answers to an event's questions",
    sql: `
      -- SQLite's 11: a signup's answers by question id, on its own row, so they go with it.
      ALTER TABLE signups ADD COLUMN answers json;
    `,
  },
  {
    version: 10,
    name: 'attendance and the tallies kept after the sweep',
    sql: `
      -- SQLite's version 12: when a signup was checked in at the door, and the counts the sweep keeps of what it
      -- deletes, so the region's numbers outlive the signups (counts only: no person's data).
      ALTER TABLE signups ADD COLUMN attended_at timestamptz;
      CREATE TABLE event_tallies (
        event_id text COLLATE "C" PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
        confirmed_signups integer NOT NULL DEFAULT 0,
        confirmed_seats integer NOT NULL DEFAULT 0,
        attended_seats integer NOT NULL DEFAULT 0,
        waitlisted_seats integer NOT NULL DEFAULT 0,
        cancelled_seats integer NOT NULL DEFAULT 0
      );
    `,
  },
  {
    version: 11,
    name: "messages about events: calendar sequence, reminders, organisers' messages",
    sql: `
      -- SQLite's version 13: the calendar SEQUENCE, reminder settings, reminders taken once, organisers' messages.
      ALTER TABLE events ADD COLUMN sequence integer NOT NULL DEFAULT 0;
      CREATE TABLE event_reminders (
        event_id text COLLATE "C" PRIMARY KEY,
        days_before integer CHECK (days_before IS NULL OR days_before BETWEEN 1 AND 30),
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL
      );
      -- The key two processes' schedulers meet on: the second insert waits for the first and then does nothing.
      CREATE TABLE sent_reminders (
        signup_id uuid NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
        start_at timestamptz NOT NULL,
        queued boolean NOT NULL,
        at timestamptz NOT NULL,
        PRIMARY KEY (signup_id, start_at)
      );
      CREATE TABLE organiser_messages (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id text COLLATE "C" NOT NULL,
        sent_by text NOT NULL,
        audience text NOT NULL CHECK (audience IN ('confirmed', 'waitlisted', 'all')),
        subject text NOT NULL,
        body text NOT NULL,
        recipients integer NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX organiser_messages_by_event ON organiser_messages (event_id, id);
    `,
  },
  {
    version: 12,
    name: 'full-text search that forgives Danish',
    sql: `
      -- SQLite's version 14: the events' words as search compares them (events/search-text.ts: stemmed, æ ø å and ae oe
      -- aa folded), the title weighing A and the rest D, searched through a GIN index. Written by the storage with the
      -- row; the data step writes it for the rows there are (and search_text, which now holds the same words for the
      -- console's substring search), then makes it NOT NULL.
      ALTER TABLE events ADD COLUMN search_vector tsvector;
      CREATE INDEX events_by_words ON events USING gin (search_vector);
    `,
    data: reindexAll,
  },
  {
    version: 13,
    name: 'events sent in without an account',
    sql: `
      -- SQLite's version 15: events sent in and waiting for their sender's confirmation (only the link's digest is
      -- kept), the feed's own keys, and who sent a submitted event in.
      CREATE TABLE submissions (
        digest text COLLATE "C" PRIMARY KEY,
        event_id text COLLATE "C" NOT NULL,
        email text NOT NULL,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX submissions_by_email ON submissions (email, created_at);
      CREATE INDEX submissions_by_expiry ON submissions (expires_at);
      CREATE TABLE feed_keys (
        name text COLLATE "C" PRIMARY KEY,
        secret text NOT NULL
      );
      ALTER TABLE workbench_events ADD COLUMN submitter_name text, ADD COLUMN submitter_email text,
        ADD COLUMN submitter_phone text;
    `,
  },
];

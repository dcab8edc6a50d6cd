/**
 * Growth: the listing query's latency with 1,000, 10,000 and 100,000 events in the database, for the first page, a
 * page deep behind a cursor, a filtered page (municipality and category, as an embedded listing asks), a listing
 * of two municipalities, and searches (`q`) in start order and by relevance.
 *
 * The events are the seed's 190, cloned with new ids and written in bulk with SQL into a temporary database: 20 a day,
 * each keeping its template's length (exhibitions run for weeks), four fifths of them in the past, as an archive that
 * grows year by year. Timed is `storage.listEvents()`, what the feed does for `GET /v1/events` before serialising: the
 * query and the rows turned into events, `from` today as the elements send it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSqlite } from '../server/src/db/open-sqlite.js';
import { SqliteStorage } from '../server/src/db/sqlite-storage.js';
import { eventColumns, type EventFilter, type StoredEventInput } from '../server/src/events/event-store.js';
import { searchVector } from '../server/src/db/postgres-search.js';
import { searchTermsOf } from '../server/src/events/search-terms.js';
import { demoImageUrl } from '../server/src/images/demo-images.js';
import { seedEvents } from '../server/src/seed/seed-events.js';
import type { Storage } from '../server/src/db/storage.js';
import { startOfRegionDay } from '../server/src/time/region-clock.js';
import { regionDay } from '../src/components/format/event-format.js';
import { createPostgresDatabase, testBackend } from '../test/server/support/test-database.js';
import { summarize, type Summary } from './lib/stats.js';

export interface GrowthRow {
  backend: 'SQLite' | 'PostgreSQL';
  events: number;
  query: string;
  /** Milliseconds. */
  latency: Summary;
  /** Events the query returned, as a check that it asked what it meant to. */
  returned: number;
}

export interface GrowthResult {
  eventsPerDay: number;
  pastShare: number;
  samples: number;
  rows: GrowthRow[];
}

const EVENTS_PER_DAY = 20;
const PAST_SHARE = 0.8;
const MINUTE = 60_000;

/** `count` events cloned from the seed, `EVENTS_PER_DAY` a day, `PAST_SHARE` of them before `now`. */
export function generatedEvents(count: number, now: Date): StoredEventInput[] {
  // With images, as a server seeds them; the base is any public one.
  const templates = seedEvents(now, { imageUrl: (file) => demoImageUrl('https://feed.example.dk', file) });
  const step = (24 * 60 * MINUTE) / EVENTS_PER_DAY;
  const first = now.getTime() - Math.round(count * PAST_SHARE) * step;
  return Array.from({ length: count }, (_, i) => {
    const template = templates[i % templates.length]!;
    const length = Date.parse(template.end) - Date.parse(template.start);
    // A whole minute, with a little spread, so several events share a start and the id decides their order.
    const start = first + Math.floor((i * step) / MINUTE) * MINUTE;
    return {
      ...template,
      id: `g${i}-${template.id}`.slice(0, 64),
      start: new Date(start).toISOString(),
      end: new Date(start + length).toISOString(),
      // Generated events take no signups: the listing's cost is the subject, not the seat count.
      signup: template.signup?.mode === 'internal' ? null : template.signup,
    };
  });
}

function queries(events: StoredEventInput[], now: Date): Array<{ name: string; filter: EventFilter }> {
  const endsFrom = startOfRegionDay(regionDay(now));
  const future = events.filter((event) => Date.parse(event.start) >= endsFrom);
  // Nine tenths of the way through what is coming: a reader who pressed "Vis flere" many times.
  const deep = future[Math.floor(future.length * 0.9)]!;
  // Lolland's event 21 from its last: deep in its index, with a full page after it at every size.
  const lolland = future.filter((event) => event.municipality === 'lolland');
  const deepLolland = lolland[lolland.length - 21]!;
  return [
    { name: 'first page (from today, 20)', filter: { endsFrom, limit: 20 } },
    {
      name: 'deep page (cursor 90 % into the future)',
      filter: { endsFrom, limit: 20, after: { startMs: Date.parse(deep.start), id: deep.id } },
    },
    {
      // A page every size fills: 1,000 events hold only 7 upcoming Lolland course days, and a shorter answer at the
      // small end would measure the page's length, not the archive's growth.
      name: 'filtered (lolland, kursus, from today, 5)',
      filter: { endsFrom, limit: 5, municipality: ['lolland'], category: ['kursus'] },
    },
    {
      name: 'filtered deep page (lolland, cursor 21 events before its last)',
      filter: {
        endsFrom,
        limit: 20,
        municipality: ['lolland'],
        after: { startMs: Date.parse(deepLolland.start), id: deepLolland.id },
      },
    },
    {
      name: 'two municipalities (lolland, guldborgsund, from today, 20)',
      filter: { endsFrom, limit: 20, municipality: ['lolland', 'guldborgsund'] },
    },
    // Searches that fill a page at every size (a shorter answer at the small end would measure its length): a word in
    // another form than the events have ("udstilling"), the start of a word being typed ("kursus", "kurser"), and the
    // best matches first, which ranks every match (one event in ten), however many.
    {
      name: 'search (udstillinger, from today, 20)',
      filter: { endsFrom, limit: 20, search: searchTermsOf('udstillinger') },
    },
    { name: 'search as typed (kurs, from today, 20)', filter: { endsFrom, limit: 20, search: searchTermsOf('kurs') } },
    {
      name: 'search by relevance (koncert, from today, 20)',
      filter: { endsFrom, limit: 20, search: searchTermsOf('koncert'), sort: 'relevance' },
    },
  ];
}

async function time(
  storage: Storage,
  filter: EventFilter,
  samples: number,
): Promise<{ ms: number[]; returned: number }> {
  let returned = 0;
  for (let i = 0; i < Math.max(5, samples / 10); i++) returned = (await storage.listEvents(filter)).items.length;
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await storage.listEvents(filter);
    ms.push(performance.now() - started);
  }
  return { ms, returned };
}

async function sqliteRows(count: number, now: Date, samples: number): Promise<GrowthRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kultur-growth-'));
  try {
    const db = openSqlite(join(dir, 'growth.db'));
    const events = generatedEvents(count, now);
    const insert = db.prepare(
      `INSERT INTO events (id, municipality, start_ms, end_ms, status, categories, audience, search_text, data,
         created_at, updated_at)
       VALUES (@id, @municipality, @startMs, @endMs, @status, @categories, @audience, @searchText, @data, @stamp, @stamp)`,
    );
    // The words go into the search index as the storage writes them (migration 14's triggers fill the FTS5 table).
    const index = db.prepare(
      'INSERT INTO event_search (event_id, title, body) VALUES (@id, @searchTitle, @searchBody)',
    );
    const stamp = now.toISOString();
    db.transaction(() => {
      for (const event of events) {
        const columns = eventColumns(event);
        insert.run({
          ...columns,
          categories: JSON.stringify(columns.categories),
          audience: JSON.stringify(columns.audience),
          stamp,
        });
        index.run(columns);
      }
    })();
    db.exec('ANALYZE');
    const storage = new SqliteStorage(db);
    const rows: GrowthRow[] = [];
    for (const { name, filter } of queries(events, now)) {
      const { ms, returned } = await time(storage, filter, samples);
      rows.push({ backend: 'SQLite', events: count, query: name, latency: summarize(ms), returned });
    }
    await storage.close();
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresRows(count: number, now: Date, samples: number): Promise<GrowthRow[]> {
  const database = createPostgresDatabase();
  try {
    const storage = await database.open();
    const events = generatedEvents(count, now);
    const stamp = now.toISOString();
    for (let at = 0; at < events.length; at += 2_000) {
      const batch = events.slice(at, at + 2_000).map(eventColumns);
      const column = <K extends keyof (typeof batch)[number]>(key: K) => batch.map((row) => row[key]);
      await database.rows(
        `INSERT INTO events (id, municipality, start_at, end_at, status, categories, audience, search_text, data,
           search_vector, created_at, updated_at)
         SELECT id, municipality, to_timestamp(start_ms / 1000.0), to_timestamp(end_ms / 1000.0), status,
           ARRAY(SELECT json_array_elements_text(categories::json)), ARRAY(SELECT json_array_elements_text(audience::json)),
           search_text, data::json, ${searchVector('title', 'body')}, ?::timestamptz, ?::timestamptz
         FROM unnest(?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
           ?::text[], ?::text[])
           AS t(id, municipality, start_ms, end_ms, status, categories, audience, search_text, data, title, body)
         RETURNING 1`,
        stamp,
        stamp,
        column('id'),
        column('municipality'),
        column('startMs'),
        column('endMs'),
        column('status'),
        batch.map((row) => JSON.stringify(row.categories)),
        batch.map((row) => JSON.stringify(row.audience)),
        column('searchText'),
        column('data'),
        column('searchTitle'),
        column('searchBody'),
      );
    }
    // What autovacuum would have done by the time a database holds this many events.
    await database.rows('ANALYZE events');
    const rows: GrowthRow[] = [];
    for (const { name, filter } of queries(events, now)) {
      const { ms, returned } = await time(storage, filter, samples);
      rows.push({ backend: 'PostgreSQL', events: count, query: name, latency: summarize(ms), returned });
    }
    await storage.close();
    return rows;
  } finally {
    await database.drop();
  }
}

export async function benchGrowth({ quick = false } = {}): Promise<GrowthResult> {
  const now = new Date();
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const samples = quick ? 50 : 200;
  const rows: GrowthRow[] = [];
  for (const count of sizes) {
    rows.push(...(await sqliteRows(count, now, samples)));
    console.log(`growth: SQLite, ${count} events`);
  }
  if (testBackend === 'postgres' && !quick) {
    for (const count of sizes) {
      rows.push(...(await postgresRows(count, now, samples)));
      console.log(`growth: PostgreSQL, ${count} events`);
    }
  }
  return { eventsPerDay: EVENTS_PER_DAY, pastShare: PAST_SHARE, samples, rows };
}

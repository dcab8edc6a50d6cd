/**
 * Search on PostgreSQL: the events' `search_vector` (migration 12) with its GIN index, the tsquery asked of it, and the
 * console's substring test over the same words.
 */
import type pg from 'pg';
import type { EventInput } from '@kulturregion/kultur/contract';
import type { SearchTerm } from '../events/search-terms.js';
import { searchFieldsOf, searchTextOf } from '../events/search-text.js';

/**
 * The vector of an event's words from its two fields' parameters: `simple` only splits at the spaces and keeps each
 * word as it is, since the server has stemmed and folded them already (`searchFieldsOf`), as for SQLite. The title
 * weighs A, the rest D: `ts_rank` counts them 1.0 and 0.1.
 */
export function searchVector(title: string, body: string): string {
  return `setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${body}), 'D')`;
}

/** An event's relevance to the query `query` (SQL): higher is better, as `float8` so a cursor carries it exactly. */
export function postgresRelevance(query: string): string {
  return `ts_rank(e.search_vector, ${query})::float8`;
}

/**
 * The tsquery text for the terms, for `to_tsquery('simple', …)`: each word quoted (a quote or backslash inside escaped,
 * though `searchWordsOf` leaves none), the last with `:*` when it may be the start of a word, all joined by `&`.
 * Quoted, `&`, `|`, `!`, `<->` and brackets are plain letters.
 */
export function tsQuery(terms: readonly SearchTerm[]): string {
  return terms
    .map(({ word, prefix }) => `'${word.replace(/['\\]/g, (character) => `\\${character}`)}'${prefix ? ':*' : ''}`)
    .join(' & ');
}

/**
 * The console's test of the terms on `search_text` (spaces around each word): `strpos` of " word " for a whole word,
 * of " wor" for the start of one.
 */
export function substringConditions(
  column: string,
  terms: readonly SearchTerm[],
  param: (value: unknown) => string,
): string[] {
  if (!terms.length) return ['false'];
  return terms.map(({ word, prefix }) => `strpos(${column}, ${param(prefix ? ` ${word}` : ` ${word} `)}) > 0`);
}

/** Rows written by one statement while the index is built. */
const BATCH = 1_000;

/**
 * Migration 12's data: the words of every event (its vector and `search_text`) and of every working copy (its
 * `search_text`), from their JSON, with this server's stemmer; then the vector is required of every new row. A later
 * change to the stemmer or the folding needs a migration that writes them again.
 */
export async function reindexAll(client: pg.PoolClient): Promise<void> {
  for (const table of ['events', 'event_drafts'] as const) {
    const { rows } = await client.query<{ id: string; data: string }>(`SELECT id, data::text AS data FROM ${table}`);
    for (let at = 0; at < rows.length; at += BATCH) {
      const batch = rows.slice(at, at + BATCH).map(({ id, data }) => {
        const fields = searchFieldsOf(JSON.parse(data) as Partial<EventInput>);
        return { id, ...fields, text: searchTextOf(fields) };
      });
      const vector = table === 'events' ? `, search_vector = ${searchVector('t.title', 't.body')}` : '';
      await client.query(
        `UPDATE ${table} x SET search_text = t.text${vector}
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(id, title, body, text) WHERE x.id = t.id`,
        [
          batch.map((row) => row.id),
          batch.map((row) => row.title),
          batch.map((row) => row.body),
          batch.map((row) => row.text),
        ],
      );
    }
  }
  await client.query('ALTER TABLE events ALTER COLUMN search_vector SET NOT NULL');
}

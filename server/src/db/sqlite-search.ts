/**
 * Search on SQLite: the FTS5 index of the events' words (`event_search_index`, migration 14), the MATCH expressions
 * asked of it, and the console's substring test over the same words.
 */
import type Database from 'better-sqlite3';
import type { EventInput } from '@kulturregion/kultur/contract';
import type { EventColumns } from '../events/event-store.js';
import type { SearchTerm } from '../events/search-terms.js';
import { searchFieldsOf, searchTextOf } from '../events/search-text.js';

/** How much more a word in the title weighs than one elsewhere (PostgreSQL: the title's weight A against D). */
const TITLE_WEIGHT = 10;

/**
 * An event's relevance to the terms, from its row `s` of `event_search`: for each word, `TITLE_WEIGHT` when the title
 * has it and 1 when the rest has it (a whole word, or for the last the start of one, as the search matched them).
 * Higher is better. Asked only of the events the listing ranks (`RANKED_MATCHES`), so a test per word is cheap.
 */
export function sqliteRelevance(terms: readonly SearchTerm[]): { sql: string; params: string[] } {
  const has = (column: string) => `(instr(' ' || s.${column} || ' ', ?) > 0)`;
  const params: string[] = [];
  const parts = terms.map(({ word, prefix }) => {
    const needle = prefix ? ` ${word}` : ` ${word} `;
    params.push(needle, needle);
    return `${TITLE_WEIGHT} * ${has('title')} + ${has('body')}`;
  });
  return { sql: parts.length ? parts.join(' + ') : '0', params };
}

/**
 * Up to how many matching events the start-ordered listing reads them all from the index and sorts them; with more,
 * it walks the events in start order and tests their words instead (`SqliteStorage`). Around the square root of twice
 * the events in a large archive (100,000), where the two cost about the same.
 */
export const FEW_MATCHES = 500;

/**
 * The FTS5 query for the terms: each word a quoted string (a double quote inside doubled, though `searchWordsOf` leaves
 * none), the last followed by `*` when it may be the start of a word. Quoted, AND, OR, NOT, NEAR and `column:` are
 * plain words; terms side by side must all match.
 */
export function ftsMatch(terms: readonly SearchTerm[]): string {
  return terms.map(({ word, prefix }) => `"${word.replaceAll('"', '""')}"${prefix ? '*' : ''}`).join(' ');
}

/**
 * The console's test of the same terms on `search_text` (spaces around each word): `instr` of " word " for a whole
 * word, of " wor" for the start of one. Appends to the caller's conditions and parameters.
 */
export function substringConditions(
  column: string,
  terms: readonly SearchTerm[],
  where: string[],
  params: unknown[],
): void {
  if (!terms.length) where.push('0');
  for (const { word, prefix } of terms) {
    where.push(`instr(${column}, ?) > 0`);
    params.push(prefix ? ` ${word}` : ` ${word} `);
  }
}

/**
 * Writes the event's words into the index, as a new row or over its old one. In the caller's transaction, right after
 * the event's own row, so the index never holds words the event no longer has; the triggers of migration 14 keep
 * the FTS5 table in step with `event_search`, and deleting the event deletes its row (ON DELETE CASCADE).
 */
export function indexEvent(db: Database.Database, columns: Pick<EventColumns, 'id' | 'searchTitle' | 'searchBody'>) {
  db.prepare(
    `INSERT INTO event_search (event_id, title, body) VALUES (?, ?, ?)
     ON CONFLICT (event_id) DO UPDATE SET title = excluded.title, body = excluded.body
     WHERE title <> excluded.title OR body <> excluded.body`,
  ).run(columns.id, columns.searchTitle, columns.searchBody);
}

/**
 * Migration 14's data: the words of every event (into the index and `search_text`) and of every working copy (into
 * its `search_text`), from their JSON, with this server's stemmer. A later change to the stemmer or the folding
 * needs a migration that calls this again.
 */
export function reindexAll(db: Database.Database): void {
  const events = db.prepare<[], { id: string; data: string }>('SELECT id, data FROM events').all();
  const setText = db.prepare('UPDATE events SET search_text = ? WHERE id = ?');
  for (const { id, data } of events) {
    const fields = searchFieldsOf(JSON.parse(data) as Partial<EventInput>);
    indexEvent(db, { id, searchTitle: fields.title, searchBody: fields.body });
    setText.run(searchTextOf(fields), id);
  }
  const drafts = db.prepare<[], { id: string; data: string }>('SELECT id, data FROM event_drafts').all();
  const setDraftText = db.prepare('UPDATE event_drafts SET search_text = ? WHERE id = ?');
  for (const { id, data } of drafts) {
    setDraftText.run(searchTextOf(searchFieldsOf(JSON.parse(data) as Partial<EventInput>)), id);
  }
}

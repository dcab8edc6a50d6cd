import type Database from 'better-sqlite3';
import {
  SIGNUP_TALLY_SQL,
  TALLY_SELECT,
  toTally,
  type EventTally,
  type NumbersStore,
  type TallyRow,
} from '../numbers/numbers-store.js';

/** The numbers on SQLite: one read, the events by their start index, each event's signups by theirs. */
export class SqliteNumbersStore implements NumbersStore {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  async tallies(fromMs: number, toMs: number): Promise<EventTally[]> {
    return this.#db
      .prepare<[number, number, number, number], TallyRow>(
        `SELECT e.start_ms, e.end_ms, ${TALLY_SELECT}
         FROM events e
         LEFT JOIN workbench_events w ON w.event_id = e.id
         LEFT JOIN event_tallies t ON t.event_id = e.id
         LEFT JOIN (
           SELECT event_id, ${SIGNUP_TALLY_SQL} FROM signups
           WHERE event_id IN (SELECT id FROM events WHERE start_ms >= ? AND start_ms < ?)
           GROUP BY event_id
         ) s ON s.event_id = e.id
         WHERE e.start_ms >= ? AND e.start_ms < ?
         ORDER BY e.start_ms, e.id`,
      )
      .all(fromMs, toMs, fromMs, toMs)
      .map(toTally);
  }
}

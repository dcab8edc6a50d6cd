import type pg from 'pg';
import {
  SIGNUP_TALLY_SQL,
  TALLY_SELECT,
  toTally,
  type EventTally,
  type NumbersStore,
  type TallyRow,
} from '../numbers/numbers-store.js';

/** The numbers on PostgreSQL: one read, the events by their start index, each event's signups by theirs. */
export class PostgresNumbersStore implements NumbersStore {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async tallies(fromMs: number, toMs: number): Promise<EventTally[]> {
    const { rows } = await this.#pool.query<TallyRow>(
      `SELECT (extract(epoch FROM e.start_at) * 1000)::bigint AS start_ms,
         (extract(epoch FROM e.end_at) * 1000)::bigint AS end_ms, ${TALLY_SELECT}
       FROM events e
       LEFT JOIN workbench_events w ON w.event_id = e.id
       LEFT JOIN event_tallies t ON t.event_id = e.id
       LEFT JOIN (
         SELECT event_id, ${SIGNUP_TALLY_SQL} FROM signups
         WHERE event_id IN (SELECT id FROM events WHERE start_at >= $1 AND start_at < $2)
         GROUP BY event_id
       ) s ON s.event_id = e.id
       WHERE e.start_at >= $1 AND e.start_at < $2
       ORDER BY e.start_at, e.id`,
      [new Date(fromMs), new Date(toMs)],
    );
    return rows.map(toTally);
  }
}

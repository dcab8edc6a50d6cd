/**
 * The numbers' part of storage: one row per published event that starts in a period, with its signups counted. The
 * counts are the live signups plus the tally the sweep kept of those it deleted (`event_tallies`), so a report on
 * last year reads the same after the signups themselves are gone.
 */

/** An event and its counts, as the numbers add them up (`numbers.ts`). Seats throughout, as people come in. */
export interface EventTally {
  id: string;
  startMs: number;
  endMs: number;
  municipality: string;
  categories: string[];
  audience: string[];
  status: string;
  /** The person who made it in the console, for an organiser's own numbers; null for a token's or an import's. */
  ownerId: string | null;
  confirmedSignups: number;
  confirmedSeats: number;
  attendedSeats: number;
  waitlistedSeats: number;
  cancelledSeats: number;
}

export interface NumbersStore {
  /** Every published event starting in [fromMs, toMs), with its counts. */
  tallies(fromMs: number, toMs: number): Promise<EventTally[]>;
}

/**
 * The counts of a group of signups (`FROM signups … GROUP BY event_id`), in SQL both databases run: the sweep keeps
 * them in `event_tallies`, and the numbers read them live.
 */
export const SIGNUP_TALLY_SQL = `
  sum(CASE WHEN status = 'confirmed' THEN 1 ELSE 0 END) AS confirmed_signups,
  sum(CASE WHEN status = 'confirmed' THEN seats ELSE 0 END) AS confirmed_seats,
  sum(CASE WHEN status = 'confirmed' AND attended_at IS NOT NULL THEN seats ELSE 0 END) AS attended_seats,
  sum(CASE WHEN status = 'waitlisted' THEN seats ELSE 0 END) AS waitlisted_seats,
  sum(CASE WHEN status = 'cancelled' THEN seats ELSE 0 END) AS cancelled_seats`;

export const TALLY_COLUMNS = [
  'confirmed_signups',
  'confirmed_seats',
  'attended_seats',
  'waitlisted_seats',
  'cancelled_seats',
] as const;

/**
 * Adds the signups of the events that `eventFilter` (a condition on `event_id`) names to their tallies, before the
 * sweep deletes them: `?`-free SQL for both databases, the filter's parameters the caller's.
 */
export function keepTalliesSql(eventFilter: string): string {
  return `INSERT INTO event_tallies (event_id, ${TALLY_COLUMNS.join(', ')})
    SELECT event_id, ${SIGNUP_TALLY_SQL} FROM signups WHERE ${eventFilter} GROUP BY event_id
    ON CONFLICT (event_id) DO UPDATE SET ${TALLY_COLUMNS.map((c) => `${c} = event_tallies.${c} + excluded.${c}`).join(', ')}`;
}

/** The row both databases give for an event, before its lists are read. */
export interface TallyRow {
  id: string;
  start_ms: number;
  end_ms: number;
  municipality: string;
  categories: string | string[];
  audience: string | string[];
  status: string;
  owner_id: string | null;
  confirmed_signups: number;
  confirmed_seats: number;
  attended_seats: number;
  waitlisted_seats: number;
  cancelled_seats: number;
}

/** The select list of the tally query, around `e` (events), `w` (owners), `s` (live counts) and `t` (tallies). */
export const TALLY_SELECT = `e.id, e.municipality, e.categories, e.audience, e.status, w.owner_id,
  ${TALLY_COLUMNS.map((c) => `coalesce(s.${c}, 0) + coalesce(t.${c}, 0) AS ${c}`).join(',\n  ')}`;

export function toTally(row: TallyRow): EventTally {
  const list = (value: string | string[]) => (typeof value === 'string' ? (JSON.parse(value) as string[]) : value);
  return {
    id: row.id,
    startMs: Number(row.start_ms),
    endMs: Number(row.end_ms),
    municipality: row.municipality,
    categories: list(row.categories),
    audience: list(row.audience),
    status: row.status,
    ownerId: row.owner_id,
    confirmedSignups: Number(row.confirmed_signups),
    confirmedSeats: Number(row.confirmed_seats),
    attendedSeats: Number(row.attended_seats),
    waitlistedSeats: Number(row.waitlisted_seats),
    cancelledSeats: Number(row.cancelled_seats),
  };
}

import type Database from 'better-sqlite3';
import { randomBytes, randomUUID } from 'node:crypto';
import type { KulturEvent, SignupSettings } from '../../../src/sdk/schema.js';
import type {
  DeleteOutcome,
  EventFilter,
  NewSignup,
  Storage,
  StoredEventInput,
  StoredPage,
  StoredSignup,
} from '../storage.js';
import { searchTextOf } from '../search-text.js';

interface EventRow {
  id: string;
  start_ms: number;
  data: string;
  updated_at: string;
  confirmed_seats: number;
}

const eventColumns = `
  e.id, e.start_ms, e.data, e.updated_at,
  (SELECT coalesce(sum(s.seats), 0) FROM signups s WHERE s.event_id = e.id AND s.status = 'confirmed') AS confirmed_seats
`;

/** The embedded default: one SQLite file, opened by `openSqlite`. */
export class SqliteStorage implements Storage {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  async listEvents(filter: EventFilter): Promise<StoredPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    const anyOf = (column: string, values: readonly string[] | undefined) => {
      if (!values?.length) return;
      where.push(`EXISTS (SELECT 1 FROM json_each(e.${column}) WHERE value IN (${values.map(() => '?').join(', ')}))`);
      params.push(...values);
    };
    if (filter.municipality?.length) {
      where.push(`e.municipality IN (${filter.municipality.map(() => '?').join(', ')})`);
      params.push(...filter.municipality);
    }
    anyOf('categories', filter.category);
    anyOf('audience', filter.audience);
    if (filter.endsFrom !== undefined) {
      where.push('e.end_ms >= ?');
      params.push(filter.endsFrom);
    }
    if (filter.startsBefore !== undefined) {
      where.push('e.start_ms < ?');
      params.push(filter.startsBefore);
    }
    for (const word of filter.words ?? []) {
      where.push('instr(e.search_text, ?) > 0');
      params.push(word);
    }
    if (filter.after) {
      where.push('(e.start_ms > ? OR (e.start_ms = ? AND e.id > ?))');
      params.push(filter.after.startMs, filter.after.startMs, filter.after.id);
    }
    const sql = `SELECT ${eventColumns} FROM events e
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY e.start_ms, e.id LIMIT ?`;
    // One row more than asked tells whether another page exists without a second query.
    const rows = this.#db.prepare<unknown[], EventRow>(sql).all(...params, filter.limit + 1);
    const page = rows.slice(0, filter.limit);
    const last = page.at(-1);
    return {
      items: page.map(toEvent),
      next: rows.length > filter.limit && last ? { startMs: last.start_ms, id: last.id } : null,
    };
  }

  async getEvent(id: string): Promise<KulturEvent | undefined> {
    const row = this.#db.prepare<[string], EventRow>(`SELECT ${eventColumns} FROM events e WHERE e.id = ?`).get(id);
    return row && toEvent(row);
  }

  async createEvent(input: StoredEventInput, now: Date): Promise<KulturEvent | undefined> {
    const stamp = now.toISOString();
    const result = this.#db
      .prepare(
        `INSERT INTO events (id, municipality, start_ms, end_ms, status, categories, audience, search_text, data,
           created_at, updated_at)
         VALUES (@id, @municipality, @startMs, @endMs, @status, @categories, @audience, @searchText, @data,
           @stamp, @stamp)
         ON CONFLICT (id) DO NOTHING`,
      )
      .run({ ...columnsOf(input), stamp });
    return result.changes === 0 ? undefined : this.getEvent(input.id);
  }

  async replaceEvent(input: StoredEventInput, now: Date): Promise<KulturEvent | undefined> {
    const result = this.#db
      .prepare(
        `UPDATE events SET municipality = @municipality, start_ms = @startMs, end_ms = @endMs, status = @status,
           categories = @categories, audience = @audience, search_text = @searchText, data = @data,
           updated_at = @stamp
         WHERE id = @id`,
      )
      .run({ ...columnsOf(input), stamp: now.toISOString() });
    return result.changes === 0 ? undefined : this.getEvent(input.id);
  }

  async deleteEvent(id: string, now: Date): Promise<DeleteOutcome> {
    const outcome = this.#db
      .transaction((): DeleteOutcome['kind'] => {
        const row = this.#db.prepare<[string], { data: string }>('SELECT data FROM events WHERE id = ?').get(id);
        if (!row) return 'not-found';
        const people = this.#db
          .prepare<[string], { n: number }>(
            `SELECT count(*) AS n FROM signups WHERE event_id = ? AND status <> 'cancelled'`,
          )
          .get(id)!.n;
        if (people === 0) {
          // Cancelled signups hold no one's seat, but they reference the event; they go with it.
          this.#db.prepare('DELETE FROM signups WHERE event_id = ?').run(id);
          this.#db.prepare('DELETE FROM events WHERE id = ?').run(id);
          return 'deleted';
        }
        // People have signed up: erasing the event would erase them too, so it is cancelled instead.
        const data = { ...JSON.parse(row.data), status: 'cancelled' };
        this.#db
          .prepare(`UPDATE events SET status = 'cancelled', data = ?, updated_at = ? WHERE id = ?`)
          .run(JSON.stringify(data), now.toISOString(), id);
        return 'cancelled';
      })
      .immediate();
    if (outcome !== 'cancelled') return { kind: outcome };
    return { kind: 'cancelled', event: (await this.getEvent(id))! };
  }

  async countEvents(): Promise<number> {
    return this.#db.prepare<[], { n: number }>('SELECT count(*) AS n FROM events').get()!.n;
  }

  async addSignup(eventId: string, signup: NewSignup, now: Date): Promise<StoredSignup | undefined> {
    // IMMEDIATE takes the write lock before reading the seat count, so two signups can never both see the last seat.
    return this.#db
      .transaction((): StoredSignup | undefined => {
        const event = this.#db
          .prepare<[string], EventRow>(`SELECT ${eventColumns} FROM events e WHERE e.id = ?`)
          .get(eventId);
        const settings = event && (JSON.parse(event.data).signup as SignupSettings);
        if (!event || settings?.mode !== 'internal') return undefined;
        const waiting = this.#db
          .prepare<[string], { n: number }>(
            `SELECT count(*) AS n FROM signups WHERE event_id = ? AND status = 'waitlisted'`,
          )
          .get(eventId)!.n;
        // Nobody jumps the queue: while people wait, a newcomer waits too, even if a seat is free.
        const fits = waiting === 0 && event.confirmed_seats + signup.seats <= settings.capacity;
        if (!fits && !settings.waitlist) return undefined;
        const stored = {
          id: randomUUID(),
          status: fits ? ('confirmed' as const) : ('waitlisted' as const),
          cancelToken: randomBytes(24).toString('base64url'),
        };
        this.#db
          .prepare(
            `INSERT INTO signups (id, event_id, status, seats, name, email, phone, organization, municipality, comment,
               privacy_version, cancel_token, created_at)
             VALUES (@id, @eventId, @status, @seats, @name, @email, @phone, @organization, @municipality, @comment,
               @privacyVersion, @cancelToken, @createdAt)`,
          )
          .run({
            phone: null,
            organization: null,
            municipality: null,
            comment: null,
            ...signup,
            ...stored,
            eventId,
            createdAt: now.toISOString(),
          });
        return fits ? stored : { ...stored, waitlistPosition: waiting + 1 };
      })
      .immediate();
  }

  async ping(): Promise<void> {
    this.#db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}

function columnsOf(input: StoredEventInput) {
  const { id, ...data } = input;
  return {
    id,
    municipality: input.municipality,
    startMs: Date.parse(input.start),
    endMs: Date.parse(input.end),
    status: input.status,
    categories: JSON.stringify(input.categories),
    audience: JSON.stringify(input.audience),
    searchText: searchTextOf(input),
    data: JSON.stringify(data),
  };
}

function toEvent(row: EventRow): KulturEvent {
  // Stored as published: an internal signup has no `available` yet; it is counted from the confirmed seats.
  const data = JSON.parse(row.data) as Omit<KulturEvent, 'id' | 'updatedAt'>;
  const signup: SignupSettings =
    data.signup?.mode === 'internal'
      ? { ...data.signup, available: Math.max(0, data.signup.capacity - row.confirmed_seats) }
      : data.signup;
  return { id: row.id, ...data, signup, updatedAt: row.updated_at };
}

import type Database from 'better-sqlite3';
import { randomBytes, randomUUID } from 'node:crypto';
import type { InternalSignup, KulturEvent, SignupRecord, SignupSettings } from '../../../src/sdk/schema.js';
import type {
  CancelOutcome,
  ComposeMessage,
  DeleteOutcome,
  EventFilter,
  NewSignup,
  OutboxFilter,
  OutboxMessage,
  RetentionPolicy,
  SignupAttempt,
  SignupNotice,
  SignupOutcome,
  SignupView,
  Storage,
  StoredEventInput,
  StoredPage,
  StoredSignup,
  SweepResult,
} from '../storage.js';
import { searchTextOf } from '../search-text.js';

interface EventRow {
  id: string;
  start_ms: number;
  data: string;
  updated_at: string;
  confirmed_seats: number;
}

interface SignupRow {
  id: string;
  event_id: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  seats: number;
  name: string;
  email: string;
  phone: string | null;
  organization: string | null;
  municipality: string | null;
  comment: string | null;
  privacy_version: string;
  cancel_token: string;
  created_at: string;
  seq: number;
}

interface OutboxRow {
  id: number;
  kind: OutboxMessage['kind'];
  event_id: string;
  recipient: string;
  subject: string;
  body: string;
  created_at: string;
  sent_at: string | null;
}

/** An event that takes signups through the feed, read inside a transaction. */
interface OpenEvent {
  row: EventRow;
  event: KulturEvent;
  settings: InternalSignup;
}

const DAY_MS = 86_400_000;

/** A message SMTP refused this many times stays in the outbox unsent, for a person to look at. */
const MAX_DELIVERY_ATTEMPTS = 5;

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

  async replaceEvent(input: StoredEventInput, now: Date, compose?: ComposeMessage): Promise<KulturEvent | undefined> {
    const replaced = this.#db
      .transaction((): boolean => {
        const result = this.#db
          .prepare(
            `UPDATE events SET municipality = @municipality, start_ms = @startMs, end_ms = @endMs, status = @status,
               categories = @categories, audience = @audience, search_text = @searchText, data = @data,
               updated_at = @stamp
             WHERE id = @id`,
          )
          .run({ ...columnsOf(input), stamp: now.toISOString() });
        // A larger capacity frees seats; they go to the waitlist first, as a cancellation's would.
        if (result.changes > 0) this.#moveUp(input.id, now, compose);
        return result.changes > 0;
      })
      .immediate();
    return replaced ? this.getEvent(input.id) : undefined;
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
    return this.#db
      .transaction((): StoredSignup | undefined => {
        const open = this.#openEvent(eventId);
        return open && this.#place(open, signup, now);
      })
      .immediate();
  }

  async signUp({ eventId, signup, idempotencyKey, requestHash, now, compose }: SignupAttempt): Promise<SignupOutcome> {
    // IMMEDIATE takes the write lock before anything is read, so two signups can never both see the last seat, and
    // two requests with one key can never both miss it.
    return this.#db
      .transaction((): SignupOutcome => {
        const known = this.#db
          .prepare<[string], { request_hash: string; status: number; body: string }>(
            'SELECT request_hash, status, body FROM idempotency_keys WHERE key = ?',
          )
          .get(idempotencyKey);
        if (known) {
          return known.request_hash === requestHash
            ? { kind: 'replayed', answer: { status: known.status, body: known.body } }
            : { kind: 'key-reused' };
        }
        const row = this.#eventRow(eventId);
        if (!row) return { kind: 'not-found' };
        const open = this.#openEvent(eventId, row);
        if (!open) return { kind: 'no-signup' };
        const { event, settings } = open;
        if (event.status === 'cancelled') return { kind: 'event-cancelled' };
        if (settings.opensAt && now.getTime() < Date.parse(settings.opensAt)) {
          return { kind: 'not-open', opensAt: settings.opensAt };
        }
        const closedAt = closingOf(open);
        if (now.getTime() >= Date.parse(closedAt)) return { kind: 'closed', closedAt };
        if (signup.seats > settings.maxSeatsPerSignup)
          return { kind: 'too-many-seats', max: settings.maxSeatsPerSignup };
        const taken = this.#db
          .prepare<[string, string], { n: number }>(
            `SELECT count(*) AS n FROM signups WHERE event_id = ? AND lower(email) = lower(?) AND status <> 'cancelled'`,
          )
          .get(eventId, signup.email)!.n;
        if (taken > 0) return { kind: 'already-signed-up' };

        const stored = this.#place(open, signup, now);
        if (!stored) return { kind: 'full' };
        const { id, status, waitlistPosition, cancelToken } = stored;
        const answer = { status: 201, body: JSON.stringify({ id, status, waitlistPosition, cancelToken }) };
        this.#db
          .prepare(
            `INSERT INTO idempotency_keys (key, request_hash, signup_id, status, body, created_ms)
             VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .run(idempotencyKey, requestHash, id, answer.status, answer.body, now.getTime());
        this.#queueMessage(id, { kind: status, event, ...signup, waitlistPosition, cancelToken }, compose, now);
        return { kind: 'created', answer };
      })
      .immediate();
  }

  async cancelSignup(cancelToken: string, now: Date, compose: ComposeMessage): Promise<CancelOutcome> {
    return this.#db
      .transaction((): CancelOutcome => {
        const signup = this.#db
          .prepare<[string], Pick<SignupRow, 'id' | 'event_id' | 'status'>>(
            'SELECT id, event_id, status FROM signups WHERE cancel_token = ?',
          )
          .get(cancelToken);
        if (!signup) return { kind: 'not-found' };
        if (signup.status === 'cancelled') return { kind: 'already-cancelled' };
        this.#db
          .prepare(`UPDATE signups SET status = 'cancelled', cancelled_at = ? WHERE id = ?`)
          .run(now.toISOString(), signup.id);
        return { kind: 'cancelled', movedUp: this.#moveUp(signup.event_id, now, compose) };
      })
      .immediate();
  }

  async findSignup(cancelToken: string): Promise<SignupView | undefined> {
    const signup = this.#db
      .prepare<[string], SignupRow>('SELECT * FROM signups WHERE cancel_token = ?')
      .get(cancelToken);
    const row = signup && this.#eventRow(signup.event_id);
    if (!signup || !row) return undefined;
    return {
      status: signup.status,
      name: signup.name,
      seats: signup.seats,
      waitlistPosition: signup.status === 'waitlisted' ? this.#positionOf(signup) : undefined,
      event: toEvent(row),
    };
  }

  async listSignups(eventId: string): Promise<SignupRecord[] | undefined> {
    if (!this.#eventRow(eventId)) return undefined;
    const rows = this.#db
      .prepare<[string], SignupRow>(
        `SELECT * FROM signups WHERE event_id = ? AND status <> 'cancelled'
         ORDER BY status = 'waitlisted', seq`,
      )
      .all(eventId);
    let position = 0;
    return rows.map((row) => ({
      id: row.id,
      status: row.status === 'waitlisted' ? 'waitlisted' : 'confirmed',
      waitlistPosition: row.status === 'waitlisted' ? ++position : undefined,
      seats: row.seats,
      name: row.name,
      email: row.email,
      phone: row.phone ?? undefined,
      organization: row.organization ?? undefined,
      municipality: row.municipality ?? undefined,
      comment: row.comment ?? undefined,
      privacyVersion: row.privacy_version,
      createdAt: row.created_at,
    }));
  }

  async listOutbox({ to, unsent = false, limit }: OutboxFilter): Promise<OutboxMessage[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (to !== undefined) {
      where.push('lower(o.recipient) = lower(?)');
      params.push(to);
    }
    if (unsent) {
      where.push('o.sent_at IS NULL AND o.attempts < ?');
      params.push(MAX_DELIVERY_ATTEMPTS);
    }
    const rows = this.#db
      .prepare<unknown[], OutboxRow>(
        `SELECT o.id, o.kind, s.event_id, o.recipient, o.subject, o.body, o.created_at, o.sent_at
         FROM outbox o JOIN signups s ON s.id = o.signup_id
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY o.id ${unsent ? 'ASC' : 'DESC'} LIMIT ?`,
      )
      .all(...params, limit);
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      eventId: row.event_id,
      to: row.recipient,
      subject: row.subject,
      text: row.body,
      createdAt: row.created_at,
      sentAt: row.sent_at,
    }));
  }

  async recordDelivery(id: number, result: { sentAt: Date } | { error: string }): Promise<void> {
    if ('sentAt' in result) {
      this.#db
        .prepare('UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?')
        .run(result.sentAt.toISOString(), id);
    } else {
      this.#db
        .prepare('UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?')
        .run(result.error.slice(0, 1000), id);
    }
  }

  async sweep(now: Date, policy: RetentionPolicy): Promise<SweepResult> {
    return this.#db
      .transaction((): SweepResult => {
        // Their messages and idempotency keys go with them (ON DELETE CASCADE).
        const signups = this.#db
          .prepare('DELETE FROM signups WHERE event_id IN (SELECT id FROM events WHERE end_ms < ?)')
          .run(now.getTime() - policy.signupDays * DAY_MS).changes;
        const idempotencyKeys = this.#db
          .prepare('DELETE FROM idempotency_keys WHERE created_ms < ?')
          .run(now.getTime() - policy.idempotencyKeyDays * DAY_MS).changes;
        return { signups, idempotencyKeys };
      })
      .immediate();
  }

  async ping(): Promise<void> {
    this.#db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    this.#db.close();
  }

  #eventRow(id: string): EventRow | undefined {
    return this.#db.prepare<[string], EventRow>(`SELECT ${eventColumns} FROM events e WHERE e.id = ?`).get(id);
  }

  /** The event when it takes signups through the feed. */
  #openEvent(id: string, row = this.#eventRow(id)): OpenEvent | undefined {
    const event = row && toEvent(row);
    if (event?.signup?.mode !== 'internal') return undefined;
    return { row: row!, event, settings: event.signup };
  }

  /** Seat or waitlist, and the insert. Runs inside the caller's write transaction. */
  #place({ row, settings }: OpenEvent, signup: NewSignup, now: Date): StoredSignup | undefined {
    const waiting = this.#db
      .prepare<[string], { n: number }>(
        `SELECT count(*) AS n FROM signups WHERE event_id = ? AND status = 'waitlisted'`,
      )
      .get(row.id)!.n;
    // Nobody jumps the queue: while people wait, a newcomer waits too, even if a seat is free.
    const fits = waiting === 0 && row.confirmed_seats + signup.seats <= settings.capacity;
    if (!fits && !settings.waitlist) return undefined;
    const stored = {
      id: randomUUID(),
      status: fits ? ('confirmed' as const) : ('waitlisted' as const),
      cancelToken: randomBytes(24).toString('base64url'),
    };
    this.#db
      .prepare(
        `INSERT INTO signups (id, event_id, status, seats, name, email, phone, organization, municipality, comment,
           privacy_version, cancel_token, created_at, seq)
         VALUES (@id, @eventId, @status, @seats, @name, @email, @phone, @organization, @municipality, @comment,
           @privacyVersion, @cancelToken, @createdAt, (SELECT coalesce(max(seq), 0) + 1 FROM signups))`,
      )
      .run({
        phone: null,
        organization: null,
        municipality: null,
        comment: null,
        ...signup,
        ...stored,
        eventId: row.id,
        createdAt: now.toISOString(),
      });
    return fits ? stored : { ...stored, waitlistPosition: waiting + 1 };
  }

  /**
   * Gives free seats to the waitlist in signup order. A group moves up only when all its seats fit, and the queue
   * stops at the first group that does not fit: a smaller group behind it never passes it. Nobody moves up for a
   * cancelled event or one that has started. Runs inside the caller's write transaction.
   */
  #moveUp(eventId: string, now: Date, compose: ComposeMessage | undefined): number {
    const open = this.#openEvent(eventId);
    if (!open || open.event.status === 'cancelled' || now.getTime() >= open.row.start_ms) return 0;
    let free = open.settings.capacity - open.row.confirmed_seats;
    const waiting = this.#db
      .prepare<[string], SignupRow>(`SELECT * FROM signups WHERE event_id = ? AND status = 'waitlisted' ORDER BY seq`)
      .all(eventId);
    let moved = 0;
    for (const person of waiting) {
      if (person.seats > free) break;
      this.#db.prepare(`UPDATE signups SET status = 'confirmed' WHERE id = ?`).run(person.id);
      free -= person.seats;
      moved++;
      this.#queueMessage(
        person.id,
        {
          kind: 'moved-up',
          event: open.event,
          name: person.name,
          email: person.email,
          seats: person.seats,
          cancelToken: person.cancel_token,
        },
        compose,
        now,
      );
    }
    return moved;
  }

  #positionOf(signup: Pick<SignupRow, 'event_id' | 'seq'>): number {
    return this.#db
      .prepare<[string, number], { n: number }>(
        `SELECT count(*) AS n FROM signups WHERE event_id = ? AND status = 'waitlisted' AND seq <= ?`,
      )
      .get(signup.event_id, signup.seq)!.n;
  }

  #queueMessage(signupId: string, notice: SignupNotice, compose: ComposeMessage | undefined, now: Date): void {
    if (!compose) return;
    const draft = compose(notice);
    this.#db
      .prepare(`INSERT INTO outbox (signup_id, kind, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(signupId, notice.kind, draft.to, draft.subject, draft.text, now.toISOString());
  }
}

/** Signups close at `closesAt`, and at the latest when the event starts. */
function closingOf({ event, settings }: OpenEvent): string {
  return settings.closesAt && Date.parse(settings.closesAt) < Date.parse(event.start) ? settings.closesAt : event.start;
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

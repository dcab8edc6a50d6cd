import type Database from 'better-sqlite3';
import type { KulturEvent, SignupRecord } from '@kulturregion/kultur/contract';
import {
  ordersByRelevance,
  RANKED_MATCHES,
  pageOf,
  toEvent,
  type EventFilter,
  type EventRow,
  type StoredEventInput,
  type StoredPage,
} from '../events/event-store.js';
import { toImportLink, type ImportLink, type ImportLinkRow } from '../import/import-link-store.js';
import {
  MAX_DELIVERY_ATTEMPTS,
  OUTBOX_LEASE_MS,
  toOutboxMessage,
  type OutboxFilter,
  type OutboxMessage,
  type OutboxRow,
} from '../messages/outbox-store.js';
import { cancelledData, type DeleteOutcome } from '../publishing/publishing-store.js';
import {
  TOKEN_COLUMNS,
  TOKEN_USE_INTERVAL_MS,
  toPublishingToken,
  type NewPublishingToken,
  type PublishingToken,
  type TokenMatch,
  type TokenRow,
} from '../publishing/token-store.js';
import {
  createdAnswer,
  movedUpNotice,
  movingUp,
  openEventOf,
  placementOf,
  refusalOf,
  keptAnswers,
  repeatedSignup,
  REPEAT_NOTICE_INTERVAL_MS,
  type OpenEvent,
} from '../signups/signup-rules.js';
import {
  answersColumn,
  toSignupRecords,
  type CancelOutcome,
  type ComposeMessage,
  type NewSignup,
  type RetentionPolicy,
  type SignupAttempt,
  type SignupNotice,
  type SignupOutcome,
  type SignupRow,
  type SignupView,
  type StoredAnswer,
  type StoredSignup,
  type SweepResult,
} from '../signups/signup-store.js';
import { keepTalliesSql } from '../numbers/numbers-store.js';
import { DAY_MS } from '../time/region-clock.js';
import { SqliteAccountsStore } from './sqlite-accounts-store.js';
import { SqliteImageStore } from './sqlite-image-store.js';
import { SqliteNumbersStore } from './sqlite-numbers-store.js';
import { SqliteParticipantStore } from './sqlite-participant-store.js';
import { SqliteMessageStore } from './sqlite-message-store.js';
import type { WorkbenchStore } from '../workbench/workbench-store.js';
import { sqliteColumns } from './sqlite-columns.js';
import { SqliteWorkbenchStore } from './sqlite-workbench-store.js';
import { SqliteSubmissionStore } from './sqlite-submission-store.js';
import type { Storage } from './storage.js';
import { queueOutbox } from './sqlite-outbox.js';
import { FEW_MATCHES, ftsMatch, indexEvent, sqliteRelevance, substringConditions } from './sqlite-search.js';
import type { SearchTerm } from '../events/search-terms.js';

const eventSelect = `
  e.id, e.start_ms, e.data, e.updated_at,
  (SELECT coalesce(sum(s.seats), 0) FROM signups s WHERE s.event_id = e.id AND s.status = 'confirmed') AS confirmed_seats
`;

/** A statement and its parameters, in order. */
interface SqlWithParams {
  sql: string;
  params: unknown[];
}

/** The embedded default: one SQLite file, opened by `openSqlite`. */
export class SqliteStorage implements Storage {
  readonly #db: Database.Database;
  readonly people: SqliteAccountsStore;
  readonly images: SqliteImageStore;
  readonly workbench: WorkbenchStore;
  readonly participants: SqliteParticipantStore;
  readonly numbers: SqliteNumbersStore;
  readonly messages: SqliteMessageStore;
  readonly submissions: SqliteSubmissionStore;

  constructor(db: Database.Database) {
    this.#db = db;
    this.submissions = new SqliteSubmissionStore(db);
    this.messages = new SqliteMessageStore(db, (id) => {
      const row = this.#eventRow(id);
      return row && toEvent(row);
    });
    this.people = new SqliteAccountsStore(db);
    this.images = new SqliteImageStore(db);
    this.workbench = new SqliteWorkbenchStore(db, {
      insert: (input, now) => this.#insertEvent(input, now),
      replace: (input, now, compose) => this.#updateEvent(input, now, compose),
      read: (id) => {
        const row = this.#eventRow(id);
        return row && toEvent(row);
      },
    });
    this.participants = new SqliteParticipantStore(db, {
      eventRow: (id) => this.#eventRow(id),
      place: (open, signup, now) => this.#place(open, signup, now),
      moveUp: (eventId, now, compose) => this.#moveUp(eventId, now, compose),
      queue: (signupId, notice, compose, now) => this.#queueMessage(signupId, notice, compose, now),
    });
    this.numbers = new SqliteNumbersStore(db);
  }

  async listEvents(filter: EventFilter): Promise<StoredPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    const anyOf = (column: string, values: readonly string[] | undefined) => {
      if (!values?.length) return;
      where.push(`EXISTS (SELECT 1 FROM json_each(e.${column}) WHERE value IN (${values.map(() => '?').join(', ')}))`);
      params.push(...values);
    };
    anyOf('categories', filter.category);
    anyOf('audience', filter.audience);
    if (filter.endsFrom !== undefined) {
      // Nothing that ends after endsFrom starts earlier than the longest event's length before it: that bound lets the
      // (start, id) indexes skip the past, however large the archive (events_by_length finds the length at once).
      where.push('e.end_ms >= ? AND e.start_ms >= ? - (SELECT coalesce(max(end_ms - start_ms), 0) FROM events)');
      params.push(filter.endsFrom, filter.endsFrom);
    }
    if (filter.startsBefore !== undefined) {
      where.push('e.start_ms < ?');
      params.push(filter.startsBefore);
    }
    // One row more than asked tells whether another page exists without a second query.
    const rows = filter.limit + 1;
    if (filter.search) this.#searchConditions(filter.search, where, params);
    const byRelevance = ordersByRelevance(filter);
    if (filter.after && !byRelevance) {
      // A row value, which SQLite's planner turns into a range of the (start, id) index (an OR would not be).
      where.push('(e.start_ms, e.id) > (?, ?)');
      params.push(filter.after.startMs, filter.after.id);
    }
    const inStartOrder = this.#inStartOrder(filter, where, params, byRelevance ? RANKED_MATCHES : rows);
    if (byRelevance) return this.#listByRelevance(filter, inStartOrder, rows);
    return pageOf(this.#db.prepare<unknown[], EventRow>(inStartOrder.sql).all(...inStartOrder.params), filter.limit);
  }

  /** The query of the first `count` events that meet the `where` conditions, in (start, id) order. */
  #inStartOrder(filter: EventFilter, where: string[], params: unknown[], count: number): SqlWithParams {
    const select = (conditions: string[]) =>
      `SELECT ${eventSelect} FROM events e
      ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
      ORDER BY e.start_ms, e.id LIMIT ?`;
    const municipalities = [...new Set(filter.municipality ?? [])];
    if (municipalities.length < 2) {
      const conditions = municipalities.length ? ['e.municipality = ?', ...where] : where;
      return { sql: select(conditions), params: [...municipalities, ...params, count] };
    }
    // Several municipalities: each walks its own index in (start, id) order and stops after a page, and the pages are
    // merged. With `IN` the planner would read every upcoming event of each, however large the archive.
    const arm = select(['e.municipality = ?', ...where]);
    const sql = `${municipalities.map(() => `SELECT * FROM (${arm})`).join(' UNION ALL ')} ORDER BY start_ms, id LIMIT ?`;
    const armParams = municipalities.flatMap((municipality) => [municipality, ...params, count]);
    return { sql, params: [...armParams, count] };
  }

  /**
   * The words' test in start order, by whichever way reads less. Few events have the words: the index finds them all
   * and they are sorted by start. Many have them: the (start, id) walk tests each event's words in `search_text` (the
   * same words as the index's, so the same matches) and stops after a page, soon. Reading every match of a common
   * word ("koncert" in a large archive) to show twenty would grow with the archive. SQLite's planner cannot weigh
   * this itself: it knows nothing of how many rows a MATCH returns.
   */
  #searchConditions(terms: readonly SearchTerm[], where: string[], params: unknown[]): void {
    const match = ftsMatch(terms);
    const matches = terms.length
      ? this.#db
          .prepare<[string, number], { n: number }>(
            `SELECT count(*) AS n FROM
              (SELECT 1 FROM event_search_index WHERE event_search_index MATCH ? LIMIT ?)`,
          )
          .get(match, FEW_MATCHES)!.n
      : 0;
    if (!terms.length || matches >= FEW_MATCHES) {
      substringConditions('e.search_text', terms, where, params);
      return;
    }
    where.push(
      `e.id IN (SELECT s.event_id FROM event_search s WHERE s.search_id IN
        (SELECT rowid FROM event_search_index WHERE event_search_index MATCH ?))`,
    );
    params.push(match);
  }

  /**
   * Best match first among the soonest `RANKED_MATCHES` matches (`inStartOrder`), ties in start order. They are ranked
   * by where each word is (`sqliteRelevance`: the title weighs more) rather than by FTS5's bm25: measured on 100,000
   * events, bm25 took 41 ms for "koncert" ranking every match, and 280 ms asked for these events only (`rowid IN`).
   */
  #listByRelevance(filter: EventFilter, inStartOrder: SqlWithParams, rows: number): StoredPage {
    const terms = filter.search ?? [];
    if (!terms.length) return pageOf([], filter.limit);
    const relevance = sqliteRelevance(terms);
    const after = filter.after?.relevance !== undefined ? filter.after : undefined;
    const sql = `
      SELECT * FROM (
        SELECT c.*, ${relevance.sql} AS relevance
        FROM (${inStartOrder.sql}) c JOIN event_search s ON s.event_id = c.id
      )
      ${after ? 'WHERE (relevance < ? OR (relevance = ? AND (start_ms, id) > (?, ?)))' : ''}
      ORDER BY relevance DESC, start_ms, id LIMIT ?`;
    const cursor = after ? [after.relevance, after.relevance, after.startMs, after.id] : [];
    const values = [...relevance.params, ...inStartOrder.params, ...cursor, rows];
    return pageOf(this.#db.prepare<unknown[], EventRow>(sql).all(...values), filter.limit);
  }

  async getEvent(id: string): Promise<KulturEvent | undefined> {
    const row = this.#db.prepare<[string], EventRow>(`SELECT ${eventSelect} FROM events e WHERE e.id = ?`).get(id);
    return row && toEvent(row);
  }

  async createEvent(input: StoredEventInput, now: Date): Promise<KulturEvent | undefined> {
    // The event and its words in the index, together.
    const created = this.#db.transaction(() => this.#insertEvent(input, now)).immediate();
    return created ? this.getEvent(input.id) : undefined;
  }

  async replaceEvent(input: StoredEventInput, now: Date, compose?: ComposeMessage): Promise<KulturEvent | undefined> {
    const replaced = this.#db.transaction(() => this.#updateEvent(input, now, compose)).immediate();
    return replaced ? this.getEvent(input.id) : undefined;
  }

  async deleteEvent(id: string, now: Date, compose?: ComposeMessage): Promise<DeleteOutcome> {
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
        const before = toEvent(this.#eventRow(id)!);
        this.#db
          .prepare(`UPDATE events SET status = 'cancelled', data = ?, updated_at = ? WHERE id = ?`)
          .run(cancelledData(row.data), now.toISOString(), id);
        this.messages.afterReplace(before, toEvent(this.#eventRow(id)!), now, compose);
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
        const open = openEventOf(this.#eventRow(eventId));
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
        const open = openEventOf(row);
        if (!open) return { kind: 'no-signup' };
        const refusal = refusalOf(open, signup, now);
        if (refusal) return refusal;
        const existing = this.#db
          .prepare<[string, string], SignupRow>(
            `SELECT * FROM signups WHERE event_id = ? AND lower(email) = lower(?) AND status <> 'cancelled'`,
          )
          .get(eventId, signup.email);
        if (existing) {
          const waitlistPosition = existing.status === 'waitlisted' ? this.#positionOf(existing) : undefined;
          const repeat = repeatedSignup(open, signup.seats, this.#waiting(eventId), { ...existing, waitlistPosition });
          if (!this.#toldOfRepeat(existing.id, now)) this.#queueMessage(existing.id, repeat.notice, compose, now);
          if (!repeat.answer) return { kind: 'full' };
          this.#keepAnswer(idempotencyKey, requestHash, existing.id, repeat.answer, now);
          return { kind: 'created', answer: repeat.answer };
        }

        const stored = this.#place(open, signup, now);
        if (!stored) return { kind: 'full' };
        const { id, status, waitlistPosition, cancelToken } = stored;
        const answer = createdAnswer(stored);
        this.#keepAnswer(idempotencyKey, requestHash, id, answer, now);
        this.#queueMessage(
          id,
          { kind: status, event: open.event, email: signup.email, seats: signup.seats, waitlistPosition, cancelToken },
          compose,
          now,
        );
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
    return toSignupRecords(rows);
  }

  async listOutbox({ to, unsent = false, limit }: OutboxFilter): Promise<OutboxMessage[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (to !== undefined) {
      where.push('lower(o.recipient) = lower(?)');
      params.push(to);
    }
    const nowMs = Date.now();
    if (unsent) {
      where.push('o.sent_at IS NULL AND o.attempts < ? AND (o.leased_until_ms IS NULL OR o.leased_until_ms <= ?)');
      params.push(MAX_DELIVERY_ATTEMPTS, nowMs);
    }
    const list = () =>
      this.#db
        .prepare<unknown[], OutboxRow>(
          `SELECT o.id, o.kind, s.event_id, o.recipient, o.subject, o.body, o.created_at, o.sent_at
           FROM outbox o LEFT JOIN signups s ON s.id = o.signup_id
           ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
           ORDER BY o.id ${unsent ? 'ASC' : 'DESC'} LIMIT ?`,
        )
        .all(...params, limit);
    if (!unsent) return list().map(toOutboxMessage);
    // Listed for sending: leased to this caller, so another process's mailer does not send them too.
    const lease = this.#db.prepare('UPDATE outbox SET leased_until_ms = ? WHERE id = ?');
    const rows = this.#db
      .transaction(() => {
        const found = list();
        for (const row of found) lease.run(nowMs + OUTBOX_LEASE_MS, row.id);
        return found;
      })
      .immediate();
    return rows.map(toOutboxMessage);
  }

  async recordDelivery(id: number, result: { sentAt: Date } | { error: string }): Promise<void> {
    // Either way the lease ends: a failed message is due again in the next round.
    if ('sentAt' in result) {
      this.#db
        .prepare(
          `UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL, leased_until_ms = NULL
           WHERE id = ?`,
        )
        .run(result.sentAt.toISOString(), id);
    } else {
      this.#db
        .prepare('UPDATE outbox SET attempts = attempts + 1, last_error = ?, leased_until_ms = NULL WHERE id = ?')
        .run(result.error.slice(0, 1000), id);
    }
  }

  async sweep(now: Date, policy: RetentionPolicy): Promise<SweepResult> {
    return this.#db
      .transaction((): SweepResult => {
        // Their messages and idempotency keys go with them (ON DELETE CASCADE); their counts stay in the tallies.
        const ended = 'event_id IN (SELECT id FROM events WHERE end_ms < ?)';
        const before = now.getTime() - policy.signupDays * DAY_MS;
        this.#db.prepare(keepTalliesSql(ended)).run(before);
        const signups = this.#db.prepare(`DELETE FROM signups WHERE ${ended}`).run(before).changes;
        const idempotencyKeys = this.#db
          .prepare('DELETE FROM idempotency_keys WHERE created_ms < ?')
          .run(now.getTime() - policy.idempotencyKeyDays * DAY_MS).changes;
        return { signups, idempotencyKeys };
      })
      .immediate();
  }

  async createToken({ id, name, digest, createdAt }: NewPublishingToken): Promise<PublishingToken | undefined> {
    // DO NOTHING covers the partial index too: a name in use leaves no row, and no error.
    const row = this.#db
      .prepare<[string, string, string, string], TokenRow>(
        `INSERT INTO publishing_tokens (id, name, digest, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT DO NOTHING RETURNING ${TOKEN_COLUMNS}`,
      )
      .get(id, name, digest, createdAt.toISOString());
    return row && toPublishingToken(row);
  }

  async listTokens(): Promise<PublishingToken[]> {
    return this.#db
      .prepare<[], TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM publishing_tokens ORDER BY created_at, id`)
      .all()
      .map(toPublishingToken);
  }

  async revokeToken(nameOrId: string, now: Date): Promise<PublishingToken | undefined> {
    const row = this.#db
      .prepare<[string, string, string], TokenRow>(
        `UPDATE publishing_tokens SET revoked_at = ? WHERE revoked_at IS NULL AND (name = ? OR id = ?)
         RETURNING ${TOKEN_COLUMNS}`,
      )
      .get(now.toISOString(), nameOrId, nameOrId);
    return row && toPublishingToken(row);
  }

  async findToken(digest: string): Promise<TokenMatch | undefined> {
    return this.#db
      .prepare<[string], TokenMatch>(
        'SELECT id, name, digest FROM publishing_tokens WHERE digest = ? AND revoked_at IS NULL',
      )
      .get(digest);
  }

  async recordTokenUse(id: string, now: Date): Promise<void> {
    this.#db
      .prepare(
        `UPDATE publishing_tokens SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)`,
      )
      .run(now.toISOString(), id, new Date(now.getTime() - TOKEN_USE_INTERVAL_MS).toISOString());
  }

  async listImportLinks(source: string): Promise<ImportLink[]> {
    return this.#db
      .prepare<[string], ImportLinkRow>(
        'SELECT source, external_id, event_id, content_hash FROM imported_events WHERE source = ?',
      )
      .all(source)
      .map(toImportLink);
  }

  async saveImportLink({ source, externalId, eventId, contentHash }: ImportLink, now: Date): Promise<void> {
    this.#db
      .prepare(
        `INSERT INTO imported_events (source, external_id, event_id, content_hash, first_imported_at, last_imported_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (source, external_id) DO UPDATE SET event_id = excluded.event_id,
           content_hash = excluded.content_hash, last_imported_at = excluded.last_imported_at`,
      )
      .run(source, externalId, eventId, contentHash, now.toISOString(), now.toISOString());
  }

  async ping(): Promise<void> {
    this.#db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    this.#db.close();
  }

  /** Inserts a published event and indexes its words; false when the id is taken. Inside the caller's transaction. */
  #insertEvent(input: StoredEventInput, now: Date): boolean {
    const stamp = now.toISOString();
    const columns = sqliteColumns(input);
    const result = this.#db
      .prepare(
        `INSERT INTO events (id, municipality, start_ms, end_ms, status, categories, audience, search_text, data,
           created_at, updated_at)
         VALUES (@id, @municipality, @startMs, @endMs, @status, @categories, @audience, @searchText, @data,
           @stamp, @stamp)
         ON CONFLICT (id) DO NOTHING`,
      )
      .run({ ...columns, stamp });
    if (result.changes > 0) indexEvent(this.#db, columns);
    return result.changes > 0;
  }

  /** Replaces a published event; false when there is none. Runs inside the caller's write transaction. */
  #updateEvent(input: StoredEventInput, now: Date, compose: ComposeMessage | undefined): boolean {
    const old = this.#eventRow(input.id);
    const columns = sqliteColumns(input);
    const result = this.#db
      .prepare(
        `UPDATE events SET municipality = @municipality, start_ms = @startMs, end_ms = @endMs, status = @status,
           categories = @categories, audience = @audience, search_text = @searchText, data = @data,
           updated_at = @stamp
         WHERE id = @id`,
      )
      .run({ ...columns, stamp: now.toISOString() });
    if (result.changes > 0) indexEvent(this.#db, columns);
    // A larger capacity frees seats; they go to the waitlist first, as a cancellation's would.
    if (result.changes > 0) this.#moveUp(input.id, now, compose);
    // A new time, place or online address, or a cancellation: the participants are told, in this transaction.
    if (old && result.changes > 0)
      this.messages.afterReplace(toEvent(old), toEvent(this.#eventRow(input.id)!), now, compose);
    return result.changes > 0;
  }

  #eventRow(id: string): EventRow | undefined {
    return this.#db.prepare<[string], EventRow>(`SELECT ${eventSelect} FROM events e WHERE e.id = ?`).get(id);
  }

  /** How many wait for a seat at the event. */
  #waiting(eventId: string): number {
    return this.#db
      .prepare<[string], { n: number }>(
        `SELECT count(*) AS n FROM signups WHERE event_id = ? AND status = 'waitlisted'`,
      )
      .get(eventId)!.n;
  }

  /** Keeps the answer with its idempotency key, for replays. Runs inside the caller's write transaction. */
  #keepAnswer(key: string, requestHash: string, signupId: string, answer: StoredAnswer, now: Date): void {
    this.#db
      .prepare(
        `INSERT INTO idempotency_keys (key, request_hash, signup_id, status, body, created_ms)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(key, requestHash, signupId, answer.status, answer.body, now.getTime());
  }

  /** Whether the signup's address was told of a repeated signup within the interval. */
  #toldOfRepeat(signupId: string, now: Date): boolean {
    const since = new Date(now.getTime() - REPEAT_NOTICE_INTERVAL_MS).toISOString();
    return !!this.#db
      .prepare(`SELECT 1 FROM outbox WHERE signup_id = ? AND kind = 'already-signed-up' AND created_at > ?`)
      .get(signupId, since);
  }

  /** Seat or waitlist, and the insert. Runs inside the caller's write transaction. */
  #place(open: OpenEvent, signup: NewSignup, now: Date): StoredSignup | undefined {
    const stored = placementOf(open, signup.seats, this.#waiting(open.row.id));
    if (!stored) return undefined;
    this.#db
      .prepare(
        `INSERT INTO signups (id, event_id, status, seats, name, email, phone, organization, municipality, comment,
           answers, privacy_version, cancel_token, created_at, seq)
         VALUES (@id, @eventId, @status, @seats, @name, @email, @phone, @organization, @municipality, @comment,
           @answers, @privacyVersion, @cancelToken, @createdAt, (SELECT coalesce(max(seq), 0) + 1 FROM signups))`,
      )
      .run({
        phone: null,
        organization: null,
        municipality: null,
        comment: null,
        ...signup,
        answers: answersColumn(keptAnswers(open, signup)),
        id: stored.id,
        status: stored.status,
        cancelToken: stored.cancelToken,
        eventId: open.row.id,
        createdAt: now.toISOString(),
      });
    return stored;
  }

  /** Gives free seats to the waitlist (see `movingUp`). Runs inside the caller's write transaction. */
  #moveUp(eventId: string, now: Date, compose: ComposeMessage | undefined): number {
    const open = openEventOf(this.#eventRow(eventId));
    if (!open) return 0;
    const waiting = this.#db
      .prepare<[string], SignupRow>(`SELECT * FROM signups WHERE event_id = ? AND status = 'waitlisted' ORDER BY seq`)
      .all(eventId);
    const moving = movingUp(open, waiting, now);
    for (const person of moving) {
      this.#db.prepare(`UPDATE signups SET status = 'confirmed' WHERE id = ?`).run(person.id);
      this.#queueMessage(person.id, movedUpNotice(open, person), compose, now);
    }
    return moving.length;
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
    queueOutbox(this.#db, signupId, notice.kind, compose(notice), now);
  }
}

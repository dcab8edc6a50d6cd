import type pg from 'pg';
import type { KulturEvent, SignupRecord } from '@kulturregion/kultur/contract';
import {
  eventColumns,
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
import { PostgresAccountsStore } from './postgres-accounts-store.js';
import { inTransaction } from './postgres-transaction.js';
import { PostgresImageStore } from './postgres-image-store.js';
import { PostgresNumbersStore } from './postgres-numbers-store.js';
import { PostgresParticipantStore } from './postgres-participant-store.js';
import { PostgresMessageStore } from './postgres-message-store.js';
import type { WorkbenchStore } from '../workbench/workbench-store.js';
import { PostgresWorkbenchStore } from './postgres-workbench-store.js';
import { PostgresSubmissionStore } from './postgres-submission-store.js';
import type { Storage } from './storage.js';
import { queueOutbox } from './postgres-outbox.js';
import { postgresRelevance, searchVector, substringConditions, tsQuery } from './postgres-search.js';

export interface PostgresStorageOptions {
  /**
   * How long a write waits for a row lock (an event's, while other signups for it are decided) before it fails.
   * Signups hold the lock for a few milliseconds, so reaching this means the database is in trouble: failing lets the
   * client retry with its Idempotency-Key instead of hanging.
   */
  lockTimeoutMs?: number;
}

export const DEFAULT_LOCK_TIMEOUT_MS = 5_000;

/** The class (first key) of the transaction-level advisory locks taken per Idempotency-Key (`'idem'` in ASCII). */
const IDEMPOTENCY_LOCK_CLASS = 0x6964656d;

/** Selects an event row in the shape both storages share (`EventRow`); the times come out as ISO strings. */
const eventSelect = `
  e.id, (extract(epoch FROM e.start_at) * 1000)::bigint AS start_ms, e.data::text AS data, e.updated_at,
  (SELECT coalesce(sum(s.seats), 0) FROM signups s WHERE s.event_id = e.id AND s.status = 'confirmed') AS confirmed_seats
`;

type Client = pg.PoolClient;

/**
 * PostgreSQL, for several server processes on one database: opened by `openPostgres`.
 *
 * Where SQLite takes one database-wide write lock (BEGIN IMMEDIATE), this locks the event's row
 * (`SELECT … FOR UPDATE`) for every write that counts its seats: signups, cancellations, capacity changes and
 * deletion queue per event, in any number of processes, while other events' signups go on in parallel.
 */
export class PostgresStorage implements Storage {
  readonly #pool: pg.Pool;
  readonly #lockTimeoutMs: number;
  readonly people: PostgresAccountsStore;
  readonly images: PostgresImageStore;
  readonly workbench: WorkbenchStore;
  readonly submissions: PostgresSubmissionStore;
  readonly participants: PostgresParticipantStore;
  readonly numbers: PostgresNumbersStore;
  readonly messages: PostgresMessageStore;

  constructor(pool: pg.Pool, { lockTimeoutMs = DEFAULT_LOCK_TIMEOUT_MS }: PostgresStorageOptions = {}) {
    this.#pool = pool;
    this.#lockTimeoutMs = lockTimeoutMs;
    this.people = new PostgresAccountsStore(pool, lockTimeoutMs);
    this.submissions = new PostgresSubmissionStore(pool, lockTimeoutMs);
    this.images = new PostgresImageStore(pool, { lockTimeoutMs });
    this.messages = new PostgresMessageStore(pool, {
      transaction: (work) => this.#transaction(work),
      read: async (db, id) => {
        const row = await eventRow(db, id);
        return row && toEvent(row);
      },
    });
    this.workbench = new PostgresWorkbenchStore(pool, {
      transaction: (work) => this.#transaction(work),
      insert: insertEvent,
      replace: (client, input, now, compose) => this.#updateEvent(client, input, now, compose),
      read: async (db, id) => {
        const row = await eventRow(db, id);
        return row && toEvent(row);
      },
    });
    this.participants = new PostgresParticipantStore(pool, {
      transaction: (work) => this.#transaction(work),
      lockEvent,
      eventRow,
      place: (client, open, signup, now) => this.#place(client, open, signup, now),
      moveUp: (client, eventId, now, compose) => this.#moveUp(client, eventId, now, compose),
      queue: (client, signupId, notice, compose, now) => this.#queueMessage(client, signupId, notice, compose, now),
    });
    this.numbers = new PostgresNumbersStore(pool);
  }

  async listEvents(filter: EventFilter): Promise<StoredPage> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    // `&&` (overlaps) is "any of these", and uses the GIN indexes.
    if (filter.category?.length) where.push(`e.categories && ${param(filter.category)}::text[]`);
    if (filter.audience?.length) where.push(`e.audience && ${param(filter.audience)}::text[]`);
    if (filter.endsFrom !== undefined) {
      // As for SQLite: the longest event's length (events_by_length) bounds the start, so the index skips the past.
      const endsFrom = param(new Date(filter.endsFrom));
      where.push(
        `e.end_at >= ${endsFrom} AND e.start_at >= ${endsFrom}::timestamptz - ` +
          `(SELECT coalesce(max(end_at - start_at), interval '0') FROM events)`,
      );
    }
    if (filter.startsBefore !== undefined) where.push(`e.start_at < ${param(new Date(filter.startsBefore))}`);
    // The server stemmed and folded the words, as for SQLite; the planner chooses between the GIN index and the
    // (start, id) walk with the test on each row, by how common the words are. On the walk, the same words' substring
    // test on search_text (spaces around each) goes first: it turns most rows away before their vector is read, which
    // for a long description means decompressing it.
    const query = filter.search?.length ? `to_tsquery('simple', ${param(tsQuery(filter.search))})` : undefined;
    if (filter.search) {
      where.push(...substringConditions('e.search_text', filter.search, param));
      if (query) where.push(`e.search_vector @@ ${query}`);
    }
    const byRelevance = ordersByRelevance(filter) && query !== undefined;
    if (filter.after && !byRelevance) {
      const { startMs, id } = filter.after;
      where.push(`(e.start_at, e.id) > (${param(new Date(startMs))}, ${param(id)})`);
    }
    // One row more than asked tells whether another page exists without a second query.
    const limit = param(byRelevance ? RANKED_MATCHES : filter.limit + 1);
    const select = (conditions: string[]) =>
      `SELECT ${eventSelect} FROM events e
       ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY e.start_at, e.id LIMIT ${limit}`;
    // A municipality is asked for with `=`: then the planner walks events_by_municipality_with_end in (start, id) order
    // and stops after the page (`= ANY` gives it no such order: it combines bitmap scans and sorts every upcoming
    // match). Several municipalities each walk their own, and the pages are merged.
    const arms = [...new Set(filter.municipality ?? [])].map((municipality) =>
      select([`e.municipality = ${param(municipality)}`, ...where]),
    );
    const sql =
      arms.length === 0
        ? select(where)
        : arms.length === 1
          ? arms[0]!
          : `${arms.map((arm) => `(${arm})`).join(' UNION ALL ')} ORDER BY start_ms, id LIMIT ${limit}`;
    if (byRelevance) return this.#listByRelevance(filter, query, sql, params);
    const { rows } = await this.#pool.query<EventRow>(sql, params);
    return pageOf(rows, filter.limit);
  }

  /**
   * Best match first among the soonest `RANKED_MATCHES` matches (`inStartOrder`, their query): `ts_rank` ranks them,
   * the title weighing more, and ties go in start order. Ranking every match of a common word would grow with the
   * archive. MATERIALIZED keeps the planner from folding the start-ordered walk into the ranking query.
   */
  async #listByRelevance(
    filter: EventFilter,
    query: string,
    inStartOrder: string,
    params: unknown[],
  ): Promise<StoredPage> {
    const param = (value: unknown) => `$${params.push(value)}`;
    const relevance = postgresRelevance(query);
    const after = filter.after;
    let cursor = '';
    if (after?.relevance !== undefined) {
      const score = param(after.relevance);
      cursor =
        `WHERE (${relevance} < ${score}::float8 OR (${relevance} = ${score}::float8 AND ` +
        `(c.start_ms, c.id) > (${param(after.startMs)}::bigint, ${param(after.id)})))`;
    }
    const { rows } = await this.#pool.query<EventRow>(
      `WITH c AS MATERIALIZED (${inStartOrder})
       SELECT c.*, ${relevance} AS relevance FROM c JOIN events e ON e.id = c.id
       ${cursor}
       ORDER BY relevance DESC, c.start_ms, c.id LIMIT ${param(filter.limit + 1)}`,
      params,
    );
    return pageOf(rows, filter.limit);
  }

  async getEvent(id: string): Promise<KulturEvent | undefined> {
    const row = await eventRow(this.#pool, id);
    return row && toEvent(row);
  }

  async createEvent(input: StoredEventInput, now: Date): Promise<KulturEvent | undefined> {
    return (await insertEvent(this.#pool, input, now)) ? this.getEvent(input.id) : undefined;
  }

  async replaceEvent(input: StoredEventInput, now: Date, compose?: ComposeMessage): Promise<KulturEvent | undefined> {
    const replaced = await this.#transaction((client) => this.#updateEvent(client, input, now, compose));
    return replaced ? this.getEvent(input.id) : undefined;
  }

  async deleteEvent(id: string, now: Date, compose?: ComposeMessage): Promise<DeleteOutcome> {
    const outcome = await this.#transaction(async (client): Promise<DeleteOutcome['kind']> => {
      const row = (
        await client.query<{ data: string }>('SELECT data::text AS data FROM events WHERE id = $1 FOR UPDATE', [id])
      ).rows[0];
      if (!row) return 'not-found';
      const people = await count(
        client,
        `SELECT count(*) AS n FROM signups WHERE event_id = $1 AND status <> 'cancelled'`,
        id,
      );
      if (people === 0) {
        // Cancelled signups hold no one's seat, but they reference the event; they go with it.
        await client.query('DELETE FROM signups WHERE event_id = $1', [id]);
        await client.query('DELETE FROM events WHERE id = $1', [id]);
        return 'deleted';
      }
      // People have signed up: erasing the event would erase them too, so it is cancelled instead.
      const before = toEvent((await eventRow(client, id))!);
      await client.query(`UPDATE events SET status = 'cancelled', data = $2, updated_at = $3 WHERE id = $1`, [
        id,
        cancelledData(row.data),
        now,
      ]);
      await this.messages.afterReplace(client, before, toEvent((await eventRow(client, id))!), now, compose);
      return 'cancelled';
    });
    if (outcome !== 'cancelled') return { kind: outcome };
    return { kind: 'cancelled', event: (await this.getEvent(id))! };
  }

  async countEvents(): Promise<number> {
    return count(this.#pool, 'SELECT count(*) AS n FROM events');
  }

  async addSignup(eventId: string, signup: NewSignup, now: Date): Promise<StoredSignup | undefined> {
    return this.#transaction(async (client) => {
      const open = openEventOf(await lockEvent(client, eventId));
      return open && this.#place(client, open, signup, now);
    });
  }

  async signUp(attempt: SignupAttempt): Promise<SignupOutcome> {
    const { eventId, signup, idempotencyKey, requestHash, now, compose } = attempt;
    try {
      return await this.#transaction(async (client): Promise<SignupOutcome> => {
        // Requests with one key queue here, so the second finds the first one's answer instead of missing it.
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [IDEMPOTENCY_LOCK_CLASS, idempotencyKey]);
        const known = (
          await client.query<{ request_hash: string; status: number; body: string }>(
            'SELECT request_hash, status, body FROM idempotency_keys WHERE key = $1',
            [idempotencyKey],
          )
        ).rows[0];
        if (known) {
          return known.request_hash === requestHash
            ? { kind: 'replayed', answer: { status: known.status, body: known.body } }
            : { kind: 'key-reused' };
        }
        const row = await lockEvent(client, eventId);
        if (!row) return { kind: 'not-found' };
        const open = openEventOf(row);
        if (!open) return { kind: 'no-signup' };
        const refusal = refusalOf(open, signup, now);
        if (refusal) return refusal;
        const existing = (
          await client.query<SignupRow>(
            `SELECT * FROM signups WHERE event_id = $1 AND lower(email) = lower($2) AND status <> 'cancelled'`,
            [eventId, signup.email],
          )
        ).rows[0];
        if (existing) {
          const waitlistPosition = existing.status === 'waitlisted' ? await positionOf(client, existing) : undefined;
          const waiting = await waitingFor(client, eventId);
          const repeat = repeatedSignup(open, signup.seats, waiting, { ...existing, waitlistPosition });
          if (!(await toldOfRepeat(client, existing.id, now))) {
            await this.#queueMessage(client, existing.id, repeat.notice, compose, now);
          }
          if (!repeat.answer) return { kind: 'full' };
          await keepAnswer(client, idempotencyKey, requestHash, existing.id, repeat.answer, now);
          return { kind: 'created', answer: repeat.answer };
        }

        const stored = await this.#place(client, open, signup, now);
        if (!stored) return { kind: 'full' };
        const { id, status, waitlistPosition, cancelToken } = stored;
        const answer = createdAnswer(stored);
        await keepAnswer(client, idempotencyKey, requestHash, id, answer, now);
        const notice = {
          kind: status,
          event: open.event,
          email: signup.email,
          seats: signup.seats,
          waitlistPosition,
          cancelToken,
        };
        await this.#queueMessage(client, id, notice, compose, now);
        return { kind: 'created', answer };
      });
    } catch (error) {
      // The check above sees every committed signup while the event is locked, so this should not happen; if it does,
      // the unique index had the last word, and a second pass sees that signup and answers as for any repeat.
      if (violates(error, 'signups_one_per_email')) return this.signUp(attempt);
      throw error;
    }
  }

  async cancelSignup(cancelToken: string, now: Date, compose: ComposeMessage): Promise<CancelOutcome> {
    return this.#transaction(async (client): Promise<CancelOutcome> => {
      const found = await signupByToken(client, cancelToken);
      if (!found) return { kind: 'not-found' };
      await lockEvent(client, found.event_id);
      // Read again under the lock: the same link clicked twice at once cancels once.
      const signup = await signupByToken(client, cancelToken);
      if (!signup) return { kind: 'not-found' };
      if (signup.status === 'cancelled') return { kind: 'already-cancelled' };
      await client.query(`UPDATE signups SET status = 'cancelled', cancelled_at = $2 WHERE id = $1`, [signup.id, now]);
      return { kind: 'cancelled', movedUp: await this.#moveUp(client, signup.event_id, now, compose) };
    });
  }

  async findSignup(cancelToken: string): Promise<SignupView | undefined> {
    const signup = await signupByToken(this.#pool, cancelToken);
    const row = signup && (await eventRow(this.#pool, signup.event_id));
    if (!signup || !row) return undefined;
    return {
      status: signup.status,
      seats: signup.seats,
      waitlistPosition: signup.status === 'waitlisted' ? await positionOf(this.#pool, signup) : undefined,
      event: toEvent(row),
    };
  }

  async listSignups(eventId: string): Promise<SignupRecord[] | undefined> {
    if (!(await eventRow(this.#pool, eventId))) return undefined;
    const { rows } = await this.#pool.query<SignupRow>(
      `SELECT * FROM signups WHERE event_id = $1 AND status <> 'cancelled' ORDER BY status = 'waitlisted', seq`,
      [eventId],
    );
    return toSignupRecords(rows);
  }

  async listOutbox({ to, unsent = false, limit }: OutboxFilter): Promise<OutboxMessage[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    if (to !== undefined) where.push(`lower(o.recipient) = lower(${param(to)})`);
    const columns = 'o.id, o.kind, s.event_id, o.recipient, o.subject, o.body, o.created_at, o.sent_at';
    if (!unsent) {
      const { rows } = await this.#pool.query<OutboxRow>(
        `SELECT ${columns} FROM outbox o LEFT JOIN signups s ON s.id = o.signup_id
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY o.id DESC LIMIT ${param(limit)}`,
        params,
      );
      return rows.map(toOutboxMessage);
    }
    // Listed for sending: leased to this caller, so the mailer of another process does not send them too. SKIP LOCKED
    // lets two mailers that list at the same moment take different messages instead of waiting for each other.
    where.push(`o.sent_at IS NULL AND o.attempts < ${param(MAX_DELIVERY_ATTEMPTS)}`);
    where.push('(o.leased_until IS NULL OR o.leased_until <= now())');
    const { rows } = await this.#pool.query<OutboxRow>(
      `WITH due AS (
         SELECT o.id FROM outbox o WHERE ${where.join(' AND ')} ORDER BY o.id LIMIT ${param(limit)}
         FOR UPDATE SKIP LOCKED
       ), leased AS (
         UPDATE outbox o SET leased_until = now() + ${param(OUTBOX_LEASE_MS)} * interval '1 millisecond'
         FROM due WHERE o.id = due.id RETURNING o.*
       )
       SELECT ${columns} FROM leased o LEFT JOIN signups s ON s.id = o.signup_id ORDER BY o.id`,
      params,
    );
    return rows.map(toOutboxMessage);
  }

  async recordDelivery(id: number, result: { sentAt: Date } | { error: string }): Promise<void> {
    // Either way the lease ends: a failed message is due again in the next round.
    if ('sentAt' in result) {
      await this.#pool.query(
        `UPDATE outbox SET sent_at = $2, attempts = attempts + 1, last_error = NULL, leased_until = NULL
         WHERE id = $1`,
        [id, result.sentAt],
      );
    } else {
      await this.#pool.query(
        'UPDATE outbox SET attempts = attempts + 1, last_error = $2, leased_until = NULL WHERE id = $1',
        [id, result.error.slice(0, 1000)],
      );
    }
  }

  async sweep(now: Date, policy: RetentionPolicy): Promise<SweepResult> {
    return this.#transaction(async (client) => {
      // Their messages and idempotency keys go with them (ON DELETE CASCADE); their counts stay in the tallies.
      const ended = 'event_id IN (SELECT id FROM events WHERE end_at < $1)';
      const before = new Date(now.getTime() - policy.signupDays * DAY_MS);
      await client.query(keepTalliesSql(ended), [before]);
      const signups = await client.query(`DELETE FROM signups WHERE ${ended}`, [before]);
      const keys = await client.query('DELETE FROM idempotency_keys WHERE created_at < $1', [
        new Date(now.getTime() - policy.idempotencyKeyDays * DAY_MS),
      ]);
      return { signups: signups.rowCount ?? 0, idempotencyKeys: keys.rowCount ?? 0 };
    });
  }

  async createToken({ id, name, digest, createdAt }: NewPublishingToken): Promise<PublishingToken | undefined> {
    // DO NOTHING covers the partial index too: a name in use leaves no row, and no error.
    const { rows } = await this.#pool.query<TokenRow>(
      `INSERT INTO publishing_tokens (id, name, digest, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING ${TOKEN_COLUMNS}`,
      [id, name, digest, createdAt],
    );
    return rows[0] && toPublishingToken(rows[0]);
  }

  async listTokens(): Promise<PublishingToken[]> {
    const { rows } = await this.#pool.query<TokenRow>(
      `SELECT ${TOKEN_COLUMNS} FROM publishing_tokens ORDER BY created_at, id`,
    );
    return rows.map(toPublishingToken);
  }

  async revokeToken(nameOrId: string, now: Date): Promise<PublishingToken | undefined> {
    const { rows } = await this.#pool.query<TokenRow>(
      `UPDATE publishing_tokens SET revoked_at = $1 WHERE revoked_at IS NULL AND (name = $2 OR id = $2)
       RETURNING ${TOKEN_COLUMNS}`,
      [now, nameOrId],
    );
    return rows[0] && toPublishingToken(rows[0]);
  }

  async findToken(digest: string): Promise<TokenMatch | undefined> {
    const { rows } = await this.#pool.query<TokenMatch>(
      'SELECT id, name, digest FROM publishing_tokens WHERE digest = $1 AND revoked_at IS NULL',
      [digest],
    );
    return rows[0];
  }

  async recordTokenUse(id: string, now: Date): Promise<void> {
    await this.#pool.query(
      'UPDATE publishing_tokens SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $3)',
      [id, now, new Date(now.getTime() - TOKEN_USE_INTERVAL_MS)],
    );
  }

  async listImportLinks(source: string): Promise<ImportLink[]> {
    const { rows } = await this.#pool.query<ImportLinkRow>(
      'SELECT source, external_id, event_id, content_hash FROM imported_events WHERE source = $1',
      [source],
    );
    return rows.map(toImportLink);
  }

  async saveImportLink({ source, externalId, eventId, contentHash }: ImportLink, now: Date): Promise<void> {
    await this.#pool.query(
      `INSERT INTO imported_events (source, external_id, event_id, content_hash, first_imported_at, last_imported_at)
       VALUES ($1, $2, $3, $4, $5, $5)
       ON CONFLICT (source, external_id) DO UPDATE SET event_id = excluded.event_id,
         content_hash = excluded.content_hash, last_imported_at = excluded.last_imported_at`,
      [source, externalId, eventId, contentHash, now],
    );
  }

  async ping(): Promise<void> {
    await this.#pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  /** Runs `work` in a transaction on one connection, with the lock timeout; rolls back when it throws. */
  #transaction<T>(work: (client: Client) => Promise<T>): Promise<T> {
    return inTransaction(this.#pool, this.#lockTimeoutMs, work);
  }

  /** Replaces a published event; false when there is none. Runs inside the caller's transaction. */
  async #updateEvent(
    client: Client,
    input: StoredEventInput,
    now: Date,
    compose: ComposeMessage | undefined,
  ): Promise<boolean> {
    // The event's row lock first, so no signup is decided against the old capacity meanwhile, and the event as it was
    // is read for the messages about what changed.
    const old = await lockEvent(client, input.id);
    const result = await client.query(
      `UPDATE events SET municipality = $2, start_at = $3, end_at = $4, status = $5, categories = $6, audience = $7,
         search_text = $8, data = $9, updated_at = $12, search_vector = ${searchVector('$10', '$11')}
       WHERE id = $1`,
      [...eventValues(input), now],
    );
    // A larger capacity frees seats; they go to the waitlist first, as a cancellation's would.
    if (result.rowCount) await this.#moveUp(client, input.id, now, compose);
    // A new time, place or online address, or a cancellation: the participants are told, in this transaction.
    if (old && result.rowCount) {
      await this.messages.afterReplace(
        client,
        toEvent(old),
        toEvent((await eventRow(client, input.id))!),
        now,
        compose,
      );
    }
    return Boolean(result.rowCount);
  }

  /** Seat or waitlist, and the insert. Runs inside the caller's transaction, with the event locked. */
  async #place(client: Client, open: OpenEvent, signup: NewSignup, now: Date): Promise<StoredSignup | undefined> {
    const stored = placementOf(open, signup.seats, await waitingFor(client, open.row.id));
    if (!stored) return undefined;
    // `seq` comes from an identity column: under the event's lock, one event's signups get it in the order decided.
    await client.query(
      `INSERT INTO signups (id, event_id, status, seats, name, email, phone, organization, municipality, comment,
         privacy_version, cancel_token, created_at, answers)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        stored.id,
        open.row.id,
        stored.status,
        signup.seats,
        signup.name,
        signup.email,
        signup.phone ?? null,
        signup.organization ?? null,
        signup.municipality ?? null,
        signup.comment ?? null,
        signup.privacyVersion,
        stored.cancelToken,
        now,
        answersColumn(keptAnswers(open, signup)),
      ],
    );
    return stored;
  }

  /** Gives free seats to the waitlist (see `movingUp`). Runs inside the caller's transaction, with the event locked. */
  async #moveUp(client: Client, eventId: string, now: Date, compose: ComposeMessage | undefined): Promise<number> {
    const open = openEventOf(await eventRow(client, eventId));
    if (!open) return 0;
    const { rows: waiting } = await client.query<SignupRow>(
      `SELECT * FROM signups WHERE event_id = $1 AND status = 'waitlisted' ORDER BY seq`,
      [eventId],
    );
    const moving = movingUp(open, waiting, now);
    if (!moving.length) return 0;
    await client.query(`UPDATE signups SET status = 'confirmed' WHERE id = ANY ($1::uuid[])`, [
      moving.map((person) => person.id),
    ]);
    for (const person of moving) await this.#queueMessage(client, person.id, movedUpNotice(open, person), compose, now);
    return moving.length;
  }

  async #queueMessage(
    client: Client,
    signupId: string,
    notice: SignupNotice,
    compose: ComposeMessage | undefined,
    now: Date,
  ): Promise<void> {
    if (!compose) return;
    await queueOutbox(client, signupId, notice.kind, compose(notice), now);
  }
}

/** Anything that runs a query: the pool, or one connection inside a transaction. */
type Queryable = Pick<pg.Pool, 'query'>;

/** Inserts a published event; false when the id is taken. On the pool, or inside the caller's transaction. */
async function insertEvent(db: Queryable, input: StoredEventInput, now: Date): Promise<boolean> {
  const result = await db.query(
    `INSERT INTO events (id, municipality, start_at, end_at, status, categories, audience, search_text, data,
       search_vector, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${searchVector('$10', '$11')}, $12, $12)
     ON CONFLICT (id) DO NOTHING`,
    [...eventValues(input), now],
  );
  return Boolean(result.rowCount);
}

async function eventRow(db: Queryable, id: string): Promise<EventRow | undefined> {
  return (await db.query<EventRow>(`SELECT ${eventSelect} FROM events e WHERE e.id = $1`, [id])).rows[0];
}

/**
 * Locks the event's row for the rest of the transaction and reads it with its confirmed seats. The lock is taken
 * first, by a statement of its own: under READ COMMITTED, a statement that waited for the lock would still count the
 * signups its snapshot saw before the wait, and miss the ones committed meanwhile. The next statement sees them all.
 */
async function lockEvent(client: Client, id: string): Promise<EventRow | undefined> {
  const locked = await client.query('SELECT id FROM events WHERE id = $1 FOR UPDATE', [id]);
  return locked.rowCount ? eventRow(client, id) : undefined;
}

async function signupByToken(db: Queryable, cancelToken: string): Promise<SignupRow | undefined> {
  return (await db.query<SignupRow>('SELECT * FROM signups WHERE cancel_token = $1', [cancelToken])).rows[0];
}

async function count(db: Queryable, sql: string, ...params: unknown[]): Promise<number> {
  return (await db.query<{ n: number }>(sql, params)).rows[0]!.n;
}

/** How many wait for a seat at the event. */
function waitingFor(db: Queryable, eventId: string): Promise<number> {
  return count(db, `SELECT count(*) AS n FROM signups WHERE event_id = $1 AND status = 'waitlisted'`, eventId);
}

/** A waitlisted signup's place in the queue: 1 is next. */
function positionOf(db: Queryable, signup: Pick<SignupRow, 'event_id' | 'seq'>): Promise<number> {
  return count(
    db,
    `SELECT count(*) AS n FROM signups WHERE event_id = $1 AND status = 'waitlisted' AND seq <= $2`,
    signup.event_id,
    signup.seq,
  );
}

/** Keeps the answer with its idempotency key, for replays. Runs inside the caller's transaction. */
async function keepAnswer(
  client: Client,
  key: string,
  requestHash: string,
  signupId: string,
  answer: StoredAnswer,
  now: Date,
): Promise<void> {
  await client.query(
    `INSERT INTO idempotency_keys (key, request_hash, signup_id, status, body, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [key, requestHash, signupId, answer.status, answer.body, now],
  );
}

/** Whether the signup's address was told of a repeated signup within the interval. */
async function toldOfRepeat(client: Client, signupId: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - REPEAT_NOTICE_INTERVAL_MS);
  const found = await client.query(
    `SELECT 1 FROM outbox WHERE signup_id = $1 AND kind = 'already-signed-up' AND created_at > $2`,
    [signupId, since],
  );
  return (found.rowCount ?? 0) > 0;
}

/** The values of an event's columns, $1 to $11 in the order the INSERT and UPDATE name them. */
function eventValues(input: StoredEventInput): unknown[] {
  const columns = eventColumns(input);
  return [
    columns.id,
    columns.municipality,
    new Date(columns.startMs),
    new Date(columns.endMs),
    columns.status,
    columns.categories,
    columns.audience,
    columns.searchText,
    columns.data,
    columns.searchTitle,
    columns.searchBody,
  ];
}

/** Whether `error` is PostgreSQL refusing a row for the unique constraint or index `name`. */
function violates(error: unknown, name: string): boolean {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && constraint === name;
}

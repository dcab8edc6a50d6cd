import type pg from 'pg';
import type { EventRow } from '../events/event-store.js';
import { freeSeatsOf, handRefusalOf } from '../participants/participant-rules.js';
import {
  toParticipants,
  type AddOutcome,
  type AttendOutcome,
  type MoveUpOutcome,
  type Participant,
  type ParticipantMessages,
  type ParticipantRow,
  type ParticipantStore,
  type RemoveOutcome,
} from '../participants/participant-store.js';
import { movedUpNotice, openEventOf, type OpenEvent } from '../signups/signup-rules.js';
import type { ComposeMessage, NewSignup, SignupNotice, StoredSignup } from '../signups/signup-store.js';
import { queueOutbox } from './postgres-outbox.js';

type Client = pg.PoolClient;
type Queryable = Pick<pg.Pool, 'query'>;

/**
 * The PostgreSQL storage's own signup code: its transaction (with the lock timeout), the event's row lock every write
 * that counts seats takes, and the placing, moving up and queueing a web signup and a cancellation use.
 */
export interface PostgresSignupCode {
  transaction<T>(work: (client: Client) => Promise<T>): Promise<T>;
  /** Locks the event's row for the transaction and reads it with its confirmed seats. */
  lockEvent(client: Client, id: string): Promise<EventRow | undefined>;
  eventRow(db: Queryable, id: string): Promise<EventRow | undefined>;
  place(client: Client, open: OpenEvent, signup: NewSignup, now: Date): Promise<StoredSignup | undefined>;
  moveUp(client: Client, eventId: string, now: Date, compose: ComposeMessage): Promise<number>;
  queue(client: Client, signupId: string, notice: SignupNotice, compose: ComposeMessage, now: Date): Promise<void>;
}

/** A signup's id is a UUID here; anything else names no signup (and must not reach a uuid comparison). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The participants on PostgreSQL (`participants/participant-store.ts`); every write under the event's row lock. */
export class PostgresParticipantStore implements ParticipantStore {
  readonly #pool: pg.Pool;
  readonly #code: PostgresSignupCode;

  constructor(pool: pg.Pool, code: PostgresSignupCode) {
    this.#pool = pool;
    this.#code = code;
  }

  async list(eventId: string): Promise<Participant[] | undefined> {
    if (!(await this.#code.eventRow(this.#pool, eventId))) return undefined;
    const { rows } = await this.#pool.query<ParticipantRow>('SELECT * FROM signups WHERE event_id = $1', [eventId]);
    return toParticipants(rows);
  }

  async add(eventId: string, signup: NewSignup, now: Date, { compose }: ParticipantMessages): Promise<AddOutcome> {
    return this.#code.transaction(async (client): Promise<AddOutcome> => {
      const row = await this.#code.lockEvent(client, eventId);
      if (!row) return { kind: 'not-found' };
      const open = openEventOf(row);
      if (!open) return { kind: 'no-signup' };
      const refusal = handRefusalOf(open, signup, now);
      if (refusal) return refusal;
      const existing = (
        await client.query<{ id: string }>(
          `SELECT id FROM signups WHERE event_id = $1 AND lower(email) = lower($2) AND status <> 'cancelled'`,
          [eventId, signup.email],
        )
      ).rows[0];
      if (existing) return { kind: 'already-signed-up', id: existing.id };
      const stored = await this.#code.place(client, open, signup, now);
      if (!stored) return { kind: 'full' };
      const { id, status, waitlistPosition, cancelToken } = stored;
      const notice = { kind: status, event: open.event, email: signup.email, seats: signup.seats, waitlistPosition };
      await this.#code.queue(client, id, { ...notice, cancelToken }, compose, now);
      return { kind: 'added', id };
    });
  }

  async moveUp(eventId: string, signupId: string, now: Date, { compose }: ParticipantMessages): Promise<MoveUpOutcome> {
    if (!UUID.test(signupId)) return { kind: 'not-found' };
    return this.#code.transaction(async (client): Promise<MoveUpOutcome> => {
      const open = openEventOf(await this.#code.lockEvent(client, eventId));
      const person = open && (await row(client, eventId, signupId));
      if (!open || !person) return { kind: 'not-found' };
      if (person.status !== 'waitlisted') return { kind: 'not-waitlisted', status: person.status };
      if (open.event.status === 'cancelled') return { kind: 'event-cancelled' };
      const free = freeSeatsOf(open);
      if (person.seats > free) return { kind: 'no-seats', free, seats: person.seats };
      await client.query(`UPDATE signups SET status = 'confirmed' WHERE id = $1`, [person.id]);
      await this.#code.queue(client, person.id, movedUpNotice(open, person), compose, now);
      return { kind: 'moved-up' };
    });
  }

  async remove(eventId: string, signupId: string, now: Date, messages: ParticipantMessages): Promise<RemoveOutcome> {
    if (!UUID.test(signupId)) return { kind: 'not-found' };
    return this.#code.transaction(async (client): Promise<RemoveOutcome> => {
      const event = await this.#code.lockEvent(client, eventId);
      const person = event && (await row(client, eventId, signupId));
      if (!event || !person) return { kind: 'not-found' };
      if (person.status === 'cancelled') return { kind: 'already-cancelled' };
      await client.query(
        `UPDATE signups SET status = 'cancelled', cancelled_at = $2, attended_at = NULL WHERE id = $1`,
        [person.id, now],
      );
      const open = openEventOf(event);
      if (open) {
        const draft = messages.removal({ event: open.event, email: person.email, seats: person.seats });
        await queueOutbox(client, person.id, 'removed', draft, now);
      }
      return { kind: 'removed', movedUp: await this.#code.moveUp(client, eventId, now, messages.compose) };
    });
  }

  async setAttended(eventId: string, signupId: string, attended: boolean, now: Date): Promise<AttendOutcome> {
    if (!UUID.test(signupId)) return { kind: 'not-found' };
    return this.#code.transaction(async (client): Promise<AttendOutcome> => {
      // The event's lock: a removal meanwhile cannot leave a cancelled signup marked as attended.
      await this.#code.lockEvent(client, eventId);
      const person = await row(client, eventId, signupId);
      if (!person) return { kind: 'not-found' };
      if (person.status !== 'confirmed') return { kind: 'not-confirmed', status: person.status };
      // Marking again keeps the first time: a double tap at the door changes nothing.
      await client.query(
        'UPDATE signups SET attended_at = CASE WHEN $2 THEN coalesce(attended_at, $3) END WHERE id = $1',
        [person.id, attended, now],
      );
      return { kind: 'done' };
    });
  }
}

async function row(db: Queryable, eventId: string, signupId: string): Promise<ParticipantRow | undefined> {
  return (await db.query<ParticipantRow>('SELECT * FROM signups WHERE event_id = $1 AND id = $2', [eventId, signupId]))
    .rows[0];
}

import type Database from 'better-sqlite3';
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
import { queueOutbox } from './sqlite-outbox.js';

/**
 * The SQLite storage's own signup code, run inside the participants' write transaction: the same placing, moving up
 * and queueing a web signup and a cancellation use.
 */
export interface SqliteSignupCode {
  eventRow(id: string): EventRow | undefined;
  place(open: OpenEvent, signup: NewSignup, now: Date): StoredSignup | undefined;
  moveUp(eventId: string, now: Date, compose: ComposeMessage): number;
  queue(signupId: string, notice: SignupNotice, compose: ComposeMessage, now: Date): void;
}

/** The participants on SQLite (`participants/participant-store.ts`); every write under the database's write lock. */
export class SqliteParticipantStore implements ParticipantStore {
  readonly #db: Database.Database;
  readonly #code: SqliteSignupCode;

  constructor(db: Database.Database, code: SqliteSignupCode) {
    this.#db = db;
    this.#code = code;
  }

  async list(eventId: string): Promise<Participant[] | undefined> {
    if (!this.#code.eventRow(eventId)) return undefined;
    return toParticipants(
      this.#db.prepare<[string], ParticipantRow>('SELECT * FROM signups WHERE event_id = ?').all(eventId),
    );
  }

  async add(eventId: string, signup: NewSignup, now: Date, { compose }: ParticipantMessages): Promise<AddOutcome> {
    return this.#db
      .transaction((): AddOutcome => {
        const row = this.#code.eventRow(eventId);
        if (!row) return { kind: 'not-found' };
        const open = openEventOf(row);
        if (!open) return { kind: 'no-signup' };
        const refusal = handRefusalOf(open, signup, now);
        if (refusal) return refusal;
        const existing = this.#db
          .prepare<[string, string], { id: string }>(
            `SELECT id FROM signups WHERE event_id = ? AND lower(email) = lower(?) AND status <> 'cancelled'`,
          )
          .get(eventId, signup.email);
        if (existing) return { kind: 'already-signed-up', id: existing.id };
        const stored = this.#code.place(open, signup, now);
        if (!stored) return { kind: 'full' };
        const { id, status, waitlistPosition, cancelToken } = stored;
        const notice = { kind: status, event: open.event, email: signup.email, seats: signup.seats, waitlistPosition };
        this.#code.queue(id, { ...notice, cancelToken }, compose, now);
        return { kind: 'added', id };
      })
      .immediate();
  }

  async moveUp(eventId: string, signupId: string, now: Date, { compose }: ParticipantMessages): Promise<MoveUpOutcome> {
    return this.#db
      .transaction((): MoveUpOutcome => {
        const open = openEventOf(this.#code.eventRow(eventId));
        const person = open && this.#row(eventId, signupId);
        if (!open || !person) return { kind: 'not-found' };
        if (person.status !== 'waitlisted') return { kind: 'not-waitlisted', status: person.status };
        if (open.event.status === 'cancelled') return { kind: 'event-cancelled' };
        const free = freeSeatsOf(open);
        if (person.seats > free) return { kind: 'no-seats', free, seats: person.seats };
        this.#db.prepare(`UPDATE signups SET status = 'confirmed' WHERE id = ?`).run(person.id);
        this.#code.queue(person.id, movedUpNotice(open, person), compose, now);
        return { kind: 'moved-up' };
      })
      .immediate();
  }

  async remove(eventId: string, signupId: string, now: Date, messages: ParticipantMessages): Promise<RemoveOutcome> {
    return this.#db
      .transaction((): RemoveOutcome => {
        const row = this.#code.eventRow(eventId);
        const person = row && this.#row(eventId, signupId);
        if (!row || !person) return { kind: 'not-found' };
        if (person.status === 'cancelled') return { kind: 'already-cancelled' };
        this.#db
          .prepare(`UPDATE signups SET status = 'cancelled', cancelled_at = ?, attended_at = NULL WHERE id = ?`)
          .run(now.toISOString(), person.id);
        const open = openEventOf(row);
        if (open) {
          const draft = messages.removal({ event: open.event, email: person.email, seats: person.seats });
          queueOutbox(this.#db, person.id, 'removed', draft, now);
        }
        return { kind: 'removed', movedUp: this.#code.moveUp(eventId, now, messages.compose) };
      })
      .immediate();
  }

  async setAttended(eventId: string, signupId: string, attended: boolean, now: Date): Promise<AttendOutcome> {
    return this.#db
      .transaction((): AttendOutcome => {
        const person = this.#row(eventId, signupId);
        if (!person) return { kind: 'not-found' };
        if (person.status !== 'confirmed') return { kind: 'not-confirmed', status: person.status };
        // Marking again keeps the first time: a double tap at the door changes nothing.
        this.#db
          .prepare('UPDATE signups SET attended_at = CASE WHEN ? THEN coalesce(attended_at, ?) END WHERE id = ?')
          .run(attended ? 1 : 0, now.toISOString(), person.id);
        return { kind: 'done' };
      })
      .immediate();
  }

  #row(eventId: string, signupId: string): ParticipantRow | undefined {
    return this.#db
      .prepare<[string, string], ParticipantRow>('SELECT * FROM signups WHERE event_id = ? AND id = ?')
      .get(eventId, signupId);
  }
}

import type Database from 'better-sqlite3';
import type { KulturEvent } from '@kulturregion/kultur/contract';
import { DEFAULT_REMINDER_DAYS, raisesSequence, transitionOf, type EventNotice } from '../messages/event-notices.js';
import {
  remindable,
  stateCondition,
  toMailLogEntry,
  toOrganiserMessage,
  type MailLogEntry,
  type MailLogFilter,
  type MailLogRow,
  type MessageStore,
  type NewOrganiserMessage,
  type OrganiserMessageOutcome,
  type OrganiserMessageRecord,
  type OrganiserMessageRow,
  type ReminderSetting,
  type RetryOutcome,
} from '../messages/message-store.js';
import type { ComposeMessage } from '../signups/signup-store.js';
import { DAY_MS } from '../time/region-clock.js';
import { MAX_REMINDER_DAYS } from '../messages/event-notices.js';

interface ParticipantRow {
  id: string;
  email: string;
  status: 'confirmed' | 'waitlisted';
  seats: number;
  cancel_token: string;
}

const MAIL_LOG_COLUMNS = `o.id, o.kind, s.event_id, o.recipient, o.subject, o.created_at, o.sent_at, o.attempts,
  o.last_error`;

/** SQLite's messages (`messages/message-store.ts`). Writes run in one IMMEDIATE transaction, or in the caller's. */
export class SqliteMessageStore implements MessageStore {
  readonly #db: Database.Database;
  readonly #readEvent: (id: string) => KulturEvent | undefined;

  constructor(db: Database.Database, readEvent: (id: string) => KulturEvent | undefined) {
    this.#db = db;
    this.#readEvent = readEvent;
  }

  /**
   * After an event was replaced, inside the same transaction: raises its SEQUENCE and queues the messages for a change
   * of time, place or online address, or for a cancellation, to everyone confirmed or waitlisted.
   */
  afterReplace(before: KulturEvent, after: KulturEvent, now: Date, compose: ComposeMessage | undefined): void {
    const transition = transitionOf(before, after);
    if (!raisesSequence(transition)) return;
    this.#db.prepare('UPDATE events SET sequence = sequence + 1 WHERE id = ?').run(after.id);
    for (const person of this.#participants(after.id, 'all')) {
      const addressee = {
        email: person.email,
        status: person.status,
        seats: person.seats,
        cancelToken: person.cancel_token,
      };
      const notice: EventNotice =
        transition.kind === 'changed'
          ? { ...addressee, kind: 'event-changed', event: after, before, changes: transition.changes }
          : { ...addressee, kind: 'event-cancelled', event: after };
      this.#queue(person.id, notice, compose, now);
    }
  }

  async sequencesOf(ids: readonly string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = this.#db
      .prepare<string[], { id: string; sequence: number }>(
        `SELECT id, sequence FROM events WHERE sequence > 0 AND id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids));
    return new Map(rows.map((row) => [row.id, row.sequence]));
  }

  async reminderOf(eventId: string): Promise<ReminderSetting> {
    const row = this.#db
      .prepare<[string], { days_before: number | null }>('SELECT days_before FROM event_reminders WHERE event_id = ?')
      .get(eventId);
    return row ? { daysBefore: row.days_before, custom: true } : { daysBefore: DEFAULT_REMINDER_DAYS, custom: false };
  }

  async setReminder(eventId: string, daysBefore: number | null, who: string, now: Date): Promise<void> {
    this.#db
      .prepare(
        `INSERT INTO event_reminders (event_id, days_before, updated_at, updated_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (event_id) DO UPDATE SET days_before = excluded.days_before, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by`,
      )
      .run(eventId, daysBefore, now.toISOString(), who);
  }

  async queueDueReminders(now: Date, compose: ComposeMessage): Promise<number> {
    const nowMs = now.getTime();
    return this.#db
      .transaction((): number => {
        const due = this.#db
          .prepare<
            [number, number, number, number],
            ParticipantRow & { event_id: string; start_ms: number; days: number; created_at: string }
          >(
            `SELECT s.id, s.email, s.status, s.seats, s.cancel_token, s.created_at, e.id AS event_id, e.start_ms,
               coalesce(r.days_before, ${DEFAULT_REMINDER_DAYS}) AS days
             FROM events e
             JOIN signups s ON s.event_id = e.id AND s.status = 'confirmed'
             LEFT JOIN event_reminders r ON r.event_id = e.id
             WHERE e.status <> 'cancelled' AND e.start_ms > ? AND e.start_ms <= ? + ${MAX_REMINDER_DAYS} * ?
               AND (r.event_id IS NULL OR r.days_before IS NOT NULL)
               AND e.start_ms - coalesce(r.days_before, ${DEFAULT_REMINDER_DAYS}) * ${DAY_MS} <= ?
               AND NOT EXISTS (SELECT 1 FROM sent_reminders x WHERE x.signup_id = s.id AND x.start_ms = e.start_ms)
             ORDER BY e.start_ms, s.seq`,
          )
          .all(nowMs, nowMs, DAY_MS, nowMs);
        const mark = this.#db.prepare(
          `INSERT INTO sent_reminders (signup_id, start_ms, queued, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        );
        const events = new Map<string, KulturEvent | undefined>();
        let queued = 0;
        for (const row of due) {
          if (!events.has(row.event_id)) events.set(row.event_id, this.#readEvent(row.event_id));
          const event = events.get(row.event_id);
          const tell = Boolean(event) && remindable(Date.parse(row.created_at), row.start_ms, row.days);
          // The key (signup, start) is taken once: a second caller, or a later round, finds it and queues nothing.
          if (mark.run(row.id, row.start_ms, tell ? 1 : 0, now.toISOString()).changes === 0 || !tell) continue;
          const notice: EventNotice = {
            kind: 'reminder',
            event: event!,
            email: row.email,
            status: 'confirmed',
            seats: row.seats,
            cancelToken: row.cancel_token,
          };
          this.#queue(row.id, notice, compose, now);
          queued++;
        }
        return queued;
      })
      .immediate();
  }

  async sendOrganiserMessage(message: NewOrganiserMessage): Promise<OrganiserMessageOutcome> {
    const { eventId, audience, subject, text, sentBy, now, compose } = message;
    return this.#db
      .transaction((): OrganiserMessageOutcome => {
        const event = this.#readEvent(eventId);
        if (!event) return { kind: 'not-published' };
        const people = this.#participants(eventId, audience);
        if (!people.length) return { kind: 'no-recipients' };
        const row = this.#db
          .prepare<unknown[], OrganiserMessageRow>(
            `INSERT INTO organiser_messages (event_id, sent_by, audience, subject, body, recipients, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`,
          )
          .get(eventId, sentBy, audience, subject, text, people.length, now.toISOString())!;
        for (const person of people) {
          const notice: EventNotice = {
            kind: 'organiser-message',
            event,
            sentBy,
            subject,
            text,
            email: person.email,
            status: person.status,
            seats: person.seats,
            cancelToken: person.cancel_token,
          };
          this.#queue(person.id, notice, compose, now);
        }
        return { kind: 'sent', message: toOrganiserMessage(row) };
      })
      .immediate();
  }

  async listOrganiserMessages(eventId: string): Promise<OrganiserMessageRecord[]> {
    return this.#db
      .prepare<[string], OrganiserMessageRow>('SELECT * FROM organiser_messages WHERE event_id = ? ORDER BY id DESC')
      .all(eventId)
      .map(toOrganiserMessage);
  }

  async mailLog({ eventId, state, beforeId, limit }: MailLogFilter): Promise<MailLogEntry[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (eventId !== undefined) {
      where.push('s.event_id = ?');
      params.push(eventId);
    }
    if (state) where.push(stateCondition(state));
    if (beforeId !== undefined) {
      where.push('o.id < ?');
      params.push(beforeId);
    }
    return this.#db
      .prepare<unknown[], MailLogRow>(
        `SELECT ${MAIL_LOG_COLUMNS} FROM outbox o LEFT JOIN signups s ON s.id = o.signup_id
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY o.id DESC LIMIT ?`,
      )
      .all(...params, limit)
      .map(toMailLogEntry);
  }

  async mailEventOf(id: number): Promise<{ eventId: string | null } | undefined> {
    const row = this.#db
      .prepare<[number], { event_id: string | null }>(
        'SELECT s.event_id FROM outbox o LEFT JOIN signups s ON s.id = o.signup_id WHERE o.id = ?',
      )
      .get(id);
    return row && { eventId: row.event_id };
  }

  async retryMail(id: number): Promise<RetryOutcome> {
    const result = this.#db
      .prepare(
        `UPDATE outbox SET attempts = 0, last_error = NULL, leased_until_ms = NULL
         WHERE id = ? AND sent_at IS NULL AND attempts > 0`,
      )
      .run(id);
    if (result.changes) return 'retried';
    return this.#db.prepare('SELECT 1 FROM outbox WHERE id = ?').get(id) ? 'not-failed' : 'not-found';
  }

  #participants(eventId: string, audience: 'confirmed' | 'waitlisted' | 'all'): ParticipantRow[] {
    const statuses = audience === 'all' ? ['confirmed', 'waitlisted'] : [audience];
    return this.#db
      .prepare<unknown[], ParticipantRow>(
        `SELECT id, email, status, seats, cancel_token FROM signups
         WHERE event_id = ? AND status IN (${statuses.map(() => '?').join(', ')}) ORDER BY seq`,
      )
      .all(eventId, ...statuses);
  }

  #queue(signupId: string, notice: EventNotice, compose: ComposeMessage | undefined, now: Date): void {
    if (!compose) return;
    const draft = compose(notice);
    this.#db
      .prepare(`INSERT INTO outbox (signup_id, kind, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(signupId, notice.kind, draft.to, draft.subject, draft.text, now.toISOString());
  }
}

import type pg from 'pg';
import type { KulturEvent } from '@kulturregion/kultur/contract';
import {
  DEFAULT_REMINDER_DAYS,
  MAX_REMINDER_DAYS,
  raisesSequence,
  transitionOf,
  type EventNotice,
} from '../messages/event-notices.js';
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

type Client = pg.PoolClient;
type Queryable = Pick<pg.Pool, 'query'>;

interface ParticipantRow {
  id: string;
  email: string;
  status: 'confirmed' | 'waitlisted';
  seats: number;
  cancel_token: string;
}

export interface PostgresMessageDeps {
  transaction<T>(work: (client: Client) => Promise<T>): Promise<T>;
  read(db: Queryable, id: string): Promise<KulturEvent | undefined>;
}

const MAIL_LOG_COLUMNS = `o.id, o.kind, s.event_id, o.recipient, o.subject, o.created_at, o.sent_at, o.attempts,
  o.last_error`;

/**
 * PostgreSQL's messages (`messages/message-store.ts`). Reminders are queued once however many server processes look
 * at the same moment: each takes the key (signup, start) in `sent_reminders` with ON CONFLICT DO NOTHING, and a second
 * transaction inserting the same key waits for the first and then finds it taken.
 */
export class PostgresMessageStore implements MessageStore {
  readonly #pool: pg.Pool;
  readonly #deps: PostgresMessageDeps;

  constructor(pool: pg.Pool, deps: PostgresMessageDeps) {
    this.#pool = pool;
    this.#deps = deps;
  }

  /** As SQLite's: inside the transaction that replaced the event, with its row locked. */
  async afterReplace(
    client: Client,
    before: KulturEvent,
    after: KulturEvent,
    now: Date,
    compose: ComposeMessage | undefined,
  ): Promise<void> {
    const transition = transitionOf(before, after);
    if (!raisesSequence(transition)) return;
    await client.query('UPDATE events SET sequence = sequence + 1 WHERE id = $1', [after.id]);
    for (const person of await participants(client, after.id, 'all')) {
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
      await queue(client, person.id, notice, compose, now);
    }
  }

  async sequencesOf(ids: readonly string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const { rows } = await this.#pool.query<{ id: string; sequence: number }>(
      'SELECT id, sequence FROM events WHERE sequence > 0 AND id = ANY ($1::text[])',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.sequence]));
  }

  async reminderOf(eventId: string): Promise<ReminderSetting> {
    const { rows } = await this.#pool.query<{ days_before: number | null }>(
      'SELECT days_before FROM event_reminders WHERE event_id = $1',
      [eventId],
    );
    const row = rows[0];
    return row ? { daysBefore: row.days_before, custom: true } : { daysBefore: DEFAULT_REMINDER_DAYS, custom: false };
  }

  async setReminder(eventId: string, daysBefore: number | null, who: string, now: Date): Promise<void> {
    await this.#pool.query(
      `INSERT INTO event_reminders (event_id, days_before, updated_at, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (event_id) DO UPDATE SET days_before = excluded.days_before, updated_at = excluded.updated_at,
         updated_by = excluded.updated_by`,
      [eventId, daysBefore, now, who],
    );
  }

  async queueDueReminders(now: Date, compose: ComposeMessage): Promise<number> {
    return this.#deps.transaction(async (client) => {
      const { rows: due } = await client.query<
        ParticipantRow & { event_id: string; start_ms: string; days: number; created_ms: string }
      >(
        `SELECT s.id, s.email, s.status, s.seats, s.cancel_token, e.id AS event_id,
           (extract(epoch FROM s.created_at) * 1000)::bigint AS created_ms,
           (extract(epoch FROM e.start_at) * 1000)::bigint AS start_ms,
           coalesce(r.days_before, ${DEFAULT_REMINDER_DAYS}) AS days
         FROM events e
         JOIN signups s ON s.event_id = e.id AND s.status = 'confirmed'
         LEFT JOIN event_reminders r ON r.event_id = e.id
         WHERE e.status <> 'cancelled' AND e.start_at > $1 AND e.start_at <= $1 + interval '${MAX_REMINDER_DAYS} days'
           AND (r.event_id IS NULL OR r.days_before IS NOT NULL)
           AND e.start_at - coalesce(r.days_before, ${DEFAULT_REMINDER_DAYS}) * interval '1 day' <= $1
           AND NOT EXISTS (SELECT 1 FROM sent_reminders x WHERE x.signup_id = s.id AND x.start_at = e.start_at)
         ORDER BY e.start_at, s.seq`,
        [now],
      );
      const events = new Map<string, KulturEvent | undefined>();
      let queued = 0;
      for (const row of due) {
        if (!events.has(row.event_id)) events.set(row.event_id, await this.#deps.read(client, row.event_id));
        const event = events.get(row.event_id);
        const startMs = Number(row.start_ms);
        const tell = Boolean(event) && remindable(Number(row.created_ms), startMs, row.days);
        // Another process that took this key first has queued it (or decided not to): this one does nothing.
        const taken = await client.query(
          `INSERT INTO sent_reminders (signup_id, start_at, queued, at) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING`,
          [row.id, new Date(startMs), tell, now],
        );
        if (!taken.rowCount || !tell) continue;
        const notice: EventNotice = {
          kind: 'reminder',
          event: event!,
          email: row.email,
          status: 'confirmed',
          seats: row.seats,
          cancelToken: row.cancel_token,
        };
        await queue(client, row.id, notice, compose, now);
        queued++;
      }
      return queued;
    });
  }

  async sendOrganiserMessage(message: NewOrganiserMessage): Promise<OrganiserMessageOutcome> {
    const { eventId, audience, subject, text, sentBy, now, compose } = message;
    return this.#deps.transaction(async (client): Promise<OrganiserMessageOutcome> => {
      // The event's row lock: no signup is decided while the audience is read.
      await client.query('SELECT id FROM events WHERE id = $1 FOR UPDATE', [eventId]);
      const event = await this.#deps.read(client, eventId);
      if (!event) return { kind: 'not-published' };
      const people = await participants(client, eventId, audience);
      if (!people.length) return { kind: 'no-recipients' };
      const { rows } = await client.query<OrganiserMessageRow>(
        `INSERT INTO organiser_messages (event_id, sent_by, audience, subject, body, recipients, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        [eventId, sentBy, audience, subject, text, people.length, now],
      );
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
        await queue(client, person.id, notice, compose, now);
      }
      return { kind: 'sent', message: toOrganiserMessage(rows[0]!) };
    });
  }

  async listOrganiserMessages(eventId: string): Promise<OrganiserMessageRecord[]> {
    const { rows } = await this.#pool.query<OrganiserMessageRow>(
      'SELECT * FROM organiser_messages WHERE event_id = $1 ORDER BY id DESC',
      [eventId],
    );
    return rows.map(toOrganiserMessage);
  }

  async mailLog({ eventId, state, beforeId, limit }: MailLogFilter): Promise<MailLogEntry[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    if (eventId !== undefined) where.push(`s.event_id = ${param(eventId)}`);
    if (state) where.push(stateCondition(state));
    if (beforeId !== undefined) where.push(`o.id < ${param(beforeId)}`);
    const { rows } = await this.#pool.query<MailLogRow>(
      `SELECT ${MAIL_LOG_COLUMNS} FROM outbox o LEFT JOIN signups s ON s.id = o.signup_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY o.id DESC LIMIT ${param(limit)}`,
      params,
    );
    return rows.map(toMailLogEntry);
  }

  async mailEventOf(id: number): Promise<{ eventId: string | null } | undefined> {
    const { rows } = await this.#pool.query<{ event_id: string | null }>(
      'SELECT s.event_id FROM outbox o LEFT JOIN signups s ON s.id = o.signup_id WHERE o.id = $1',
      [id],
    );
    return rows[0] && { eventId: rows[0].event_id };
  }

  async retryMail(id: number): Promise<RetryOutcome> {
    const result = await this.#pool.query(
      `UPDATE outbox SET attempts = 0, last_error = NULL, leased_until = NULL
       WHERE id = $1 AND sent_at IS NULL AND attempts > 0`,
      [id],
    );
    if (result.rowCount) return 'retried';
    const found = await this.#pool.query('SELECT 1 FROM outbox WHERE id = $1', [id]);
    return found.rowCount ? 'not-failed' : 'not-found';
  }
}

async function participants(
  db: Queryable,
  eventId: string,
  audience: 'confirmed' | 'waitlisted' | 'all',
): Promise<ParticipantRow[]> {
  const statuses = audience === 'all' ? ['confirmed', 'waitlisted'] : [audience];
  const { rows } = await db.query<ParticipantRow>(
    `SELECT id, email, status, seats, cancel_token FROM signups
     WHERE event_id = $1 AND status = ANY ($2::text[]) ORDER BY seq`,
    [eventId, statuses],
  );
  return rows;
}

async function queue(
  client: Client,
  signupId: string,
  notice: EventNotice,
  compose: ComposeMessage | undefined,
  now: Date,
): Promise<void> {
  if (!compose) return;
  const draft = compose(notice);
  await client.query(
    'INSERT INTO outbox (signup_id, kind, recipient, subject, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [signupId, notice.kind, draft.to, draft.subject, draft.text, now],
  );
}

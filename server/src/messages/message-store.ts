/**
 * The messages' part of storage (`storage.messages`): the calendar entries' SEQUENCE, the reminder settings and which
 * reminders are queued, the organisers' messages, and the mail log. The messages about a change or a cancellation are
 * queued by the storages themselves, inside the transaction that replaces the event (`transitionOf`).
 */
import type { ComposeMessage } from '../signups/signup-store.js';
import { MAX_DELIVERY_ATTEMPTS, type MessageKind } from './outbox-store.js';
import type { Audience } from './event-notices.js';

/** Where a message is: waiting for the mailer, taken by SMTP, or refused (retried a few times, then left). */
export type DeliveryState = 'queued' | 'sent' | 'failed';

/** One line of the mail log: no message text, which may hold a sign-in link or a person's words. */
export interface MailLogEntry {
  id: number;
  kind: MessageKind;
  eventId: string | null;
  to: string;
  subject: string;
  createdAt: string;
  state: DeliveryState;
  sentAt: string | null;
  attempts: number;
  /** SMTP's answer to the last failed attempt. */
  lastError: string | null;
  /** A failed message the mailer still tries on its own; after that only a retry sends it. */
  willRetry: boolean;
}

export interface MailLogFilter {
  /** Only the messages to this event's participants. */
  eventId?: string;
  state?: DeliveryState;
  /** Newest first; resume below this id. */
  beforeId?: number;
  limit: number;
}

/** A message an organiser wrote to an event's participants, as the log keeps it. */
export interface OrganiserMessageRecord {
  id: number;
  eventId: string;
  /** The person's e-mail or the token's name. */
  sentBy: string;
  audience: Audience;
  subject: string;
  text: string;
  recipients: number;
  createdAt: string;
}

export interface NewOrganiserMessage {
  eventId: string;
  audience: Audience;
  subject: string;
  text: string;
  sentBy: string;
  now: Date;
  compose: ComposeMessage;
}

export type OrganiserMessageOutcome =
  { kind: 'sent'; message: OrganiserMessageRecord } | { kind: 'not-published' } | { kind: 'no-recipients' };

export type RetryOutcome = 'retried' | 'not-failed' | 'not-found';

/** A reminder setting: days before the start, or null when it is turned off. */
export interface ReminderSetting {
  daysBefore: number | null;
  /** False while the event has the default. */
  custom: boolean;
}

export interface MessageStore {
  /** The calendar SEQUENCE of each event that has risen above 0. */
  sequencesOf(ids: readonly string[]): Promise<Map<string, number>>;
  reminderOf(eventId: string): Promise<ReminderSetting>;
  setReminder(eventId: string, daysBefore: number | null, who: string, now: Date): Promise<void>;
  /**
   * Queues the reminders that are due at `now`, each once per signup and start time however many processes ask at
   * once (a unique key decides); returns how many were queued.
   */
  queueDueReminders(now: Date, compose: ComposeMessage): Promise<number>;
  /** Queues an organiser's message to the audience and logs it, in one transaction. */
  sendOrganiserMessage(message: NewOrganiserMessage): Promise<OrganiserMessageOutcome>;
  listOrganiserMessages(eventId: string): Promise<OrganiserMessageRecord[]>;
  mailLog(filter: MailLogFilter): Promise<MailLogEntry[]>;
  /** The event a message is about (null for the console's own messages); undefined when there is no such message. */
  mailEventOf(id: number): Promise<{ eventId: string | null } | undefined>;
  /** Gives a failed message its attempts back, so the mailer's next round sends it. */
  retryMail(id: number): Promise<RetryOutcome>;
}

export interface MailLogRow {
  id: number;
  kind: MailLogEntry['kind'];
  event_id: string | null;
  recipient: string;
  subject: string;
  created_at: string | Date;
  sent_at: string | Date | null;
  attempts: number;
  last_error: string | null;
}

const iso = (value: string | Date) => (value instanceof Date ? value.toISOString() : value);

export function toMailLogEntry(row: MailLogRow): MailLogEntry {
  const attempts = Number(row.attempts);
  const state: DeliveryState = row.sent_at ? 'sent' : attempts > 0 ? 'failed' : 'queued';
  return {
    id: Number(row.id),
    kind: row.kind,
    eventId: row.event_id,
    to: row.recipient,
    subject: row.subject,
    createdAt: iso(row.created_at),
    state,
    sentAt: row.sent_at && iso(row.sent_at),
    attempts,
    lastError: state === 'failed' ? row.last_error : null,
    willRetry: state === 'failed' && attempts < MAX_DELIVERY_ATTEMPTS,
  };
}

export interface OrganiserMessageRow {
  id: number;
  event_id: string;
  sent_by: string;
  audience: Audience;
  subject: string;
  body: string;
  recipients: number;
  created_at: string | Date;
}

export function toOrganiserMessage(row: OrganiserMessageRow): OrganiserMessageRecord {
  return {
    id: Number(row.id),
    eventId: row.event_id,
    sentBy: row.sent_by,
    audience: row.audience,
    subject: row.subject,
    text: row.body,
    recipients: Number(row.recipients),
    createdAt: iso(row.created_at),
  };
}

/** The SQL condition on an outbox row (`o`) for a delivery state. */
export function stateCondition(state: DeliveryState): string {
  switch (state) {
    case 'sent':
      return 'o.sent_at IS NOT NULL';
    case 'queued':
      return 'o.sent_at IS NULL AND o.attempts = 0';
    case 'failed':
      return 'o.sent_at IS NULL AND o.attempts > 0';
  }
}

/** Whether a signup made at `createdAt` is told of an event starting at `startMs` `daysBefore` days ahead. */
export function remindable(createdAtMs: number, startMs: number, daysBefore: number): boolean {
  // Someone who signed up after the reminder's moment has just had their confirmation.
  return createdAtMs <= startMs - daysBefore * 86_400_000;
}

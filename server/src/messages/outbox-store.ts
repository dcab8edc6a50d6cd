/** The outbox's part of storage: the messages written with the signups they are about, until SMTP takes them. */
import type { NoticeKind } from '../signups/signup-store.js';
import type { EventNoticeKind } from './event-notices.js';

/**
 * Why a message is sent: about a signup (`NoticeKind`), about its event (`EventNoticeKind`), or to a person of the
 * console (`accounts/account-mails.ts`).
 */
/** `removed`: an organiser took the person off the list (`participants/participant-mails.ts`). */
export type MessageKind = NoticeKind | EventNoticeKind | 'removed' | 'sign-in' | 'invitation' | 'submission';

/** A message SMTP refused this many times stays in the outbox unsent, for a person to look at. */
export const MAX_DELIVERY_ATTEMPTS = 5;

/**
 * How long a mailer holds the unsent messages it listed. Two server processes on one database each run a mailer;
 * the lease keeps them from sending one message twice, and runs out if the process that took it dies.
 */
export const OUTBOX_LEASE_MS = 5 * 60_000;

/** A message in the outbox. `sentAt` is null until SMTP has taken it. */
export interface OutboxMessage {
  id: number;
  kind: MessageKind;
  /** The event the message is about; null for the console's own messages (sign-in links, invitations). */
  eventId: string | null;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxFilter {
  /** Only messages to this address (case-insensitive). */
  to?: string;
  /**
   * Only messages SMTP has not taken yet, oldest first (otherwise newest first), for sending: they are leased to the
   * caller for a few minutes, so the mailer of another process on the same database does not list them too, until
   * `recordDelivery` reports on them.
   */
  unsent?: boolean;
  limit: number;
}

export interface OutboxStore {
  listOutbox(filter: OutboxFilter): Promise<OutboxMessage[]>;
  /** Records an SMTP attempt: sent, or failed with the reason (retried a few times). */
  recordDelivery(id: number, result: { sentAt: Date } | { error: string }): Promise<void>;
}

export interface OutboxRow {
  id: number;
  kind: OutboxMessage['kind'];
  event_id: string | null;
  recipient: string;
  subject: string;
  body: string;
  created_at: string;
  sent_at: string | null;
}

export function toOutboxMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    eventId: row.event_id,
    to: row.recipient,
    subject: row.subject,
    text: row.body,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

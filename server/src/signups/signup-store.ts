/**
 * The signups' part of storage: placing, cancelling and listing signups, each with its messages in the same write
 * transaction. The decisions are the rules in `signup-rules.ts`; each database runs them under its own lock.
 */
import type {
  Answer,
  KulturEvent,
  ProblemField,
  SignupField,
  SignupRecord,
  SignupStatus,
} from '@kulturregion/kultur/contract';
import type { EventNotice } from '../messages/event-notices.js';

export interface NewSignup {
  name: string;
  email: string;
  seats: number;
  phone?: string;
  organization?: string;
  municipality?: string;
  comment?: string;
  /** Answers to the event's questions by question id, as sent; checked and kept by `readAnswers`. */
  answers?: Record<string, Answer>;
  privacyVersion: string;
}

export interface StoredSignup {
  id: string;
  status: SignupStatus;
  waitlistPosition?: number;
  cancelToken: string;
}

/**
 * Why a person gets a message about their signup. `already-signed-up`: someone asked to sign up an address that is on
 * the event's list already; its owner is told (at most once a day), the requester is answered as a newcomer would be.
 */
export type NoticeKind = 'confirmed' | 'waitlisted' | 'moved-up' | 'already-signed-up';

/**
 * What a message is about: the address, its signup and the event. Nothing the requester wrote (name, comment) is in
 * it: addresses are not verified, so the message may go to someone who never asked for it.
 */
export interface SignupNotice {
  kind: NoticeKind;
  event: KulturEvent;
  email: string;
  seats: number;
  /** Set while the signup waits for a seat: 1 is next in line. */
  waitlistPosition?: number;
  cancelToken: string;
}

/** A message ready to send. */
export interface MessageDraft {
  to: string;
  subject: string;
  text: string;
}

/**
 * Writes the message for a notice (`signup-mails.ts`). Storage calls it inside the write transaction, so a signup
 * and its message are committed together or not at all; it must not do I/O. It writes the messages about the event too
 * (changed, cancelled, reminders, the organiser's: `messages/event-notices.ts`).
 */
export type ComposeMessage = (notice: SignupNotice | EventNotice) => MessageDraft;

/** The exact answer a signup got, kept with its idempotency key and replayed unchanged. */
export interface StoredAnswer {
  status: number;
  body: string;
}

/** A signup request that passed validation, with what makes it idempotent. */
export interface SignupAttempt {
  eventId: string;
  signup: NewSignup;
  idempotencyKey: string;
  /** A digest of the request: the same key with another request is refused, not replayed. */
  requestHash: string;
  now: Date;
  compose: ComposeMessage;
}

/**
 * What a signup request came to. Only `created` changed anything, and it is also the outcome for an address already on
 * the list (then only the key and a message to the address are stored).
 */
export type SignupOutcome =
  | { kind: 'created'; answer: StoredAnswer }
  | { kind: 'replayed'; answer: StoredAnswer }
  | { kind: 'key-reused' }
  | { kind: 'not-found' }
  | { kind: 'no-signup' }
  | { kind: 'event-cancelled' }
  | { kind: 'not-open'; opensAt: string }
  | { kind: 'closed'; closedAt: string }
  | { kind: 'too-many-seats'; max: number }
  | { kind: 'not-asked'; fields: SignupField[] }
  /** Answers that do not fit the event's questions (and any fixed field it does not ask for), each with its code. */
  | { kind: 'invalid-answers'; errors: ProblemField[] }
  | { kind: 'full' };

/** What a cancellation came to; `movedUp` counts the waitlisted people who got a seat because of it. */
export type CancelOutcome =
  { kind: 'cancelled'; movedUp: number } | { kind: 'already-cancelled' } | { kind: 'not-found' };

/** A signup as its cancel link shows it: without the name, which the person who signed up wrote. */
export interface SignupView {
  status: SignupStatus | 'cancelled';
  seats: number;
  waitlistPosition?: number;
  event: KulturEvent;
}

/** How long the sweep keeps things. */
export interface RetentionPolicy {
  /** Signups (with their messages and keys) go this many days after their event ends. */
  signupDays: number;
  /** Idempotency keys go this many days after they were first used. */
  idempotencyKeyDays: number;
}

export interface SweepResult {
  signups: number;
  idempotencyKeys: number;
}

export interface SignupStore {
  /**
   * Places a signup by seat and waitlist alone, without the request's checks (window, e-mail, key) or a message:
   * for seeding. Returns undefined when the event takes no signups or is full without a waitlist.
   */
  addSignup(eventId: string, signup: NewSignup, now: Date): Promise<StoredSignup | undefined>;
  /**
   * A signup request, in one write transaction: replays a known key, checks the event, its window, the seats and
   * the e-mail, decides seat or waitlist, and stores the signup, its key with the answer, and its message.
   */
  signUp(attempt: SignupAttempt): Promise<SignupOutcome>;
  /** Cancels by token and moves the waitlist up in order, in one write transaction. */
  cancelSignup(cancelToken: string, now: Date, compose: ComposeMessage): Promise<CancelOutcome>;
  findSignup(cancelToken: string): Promise<SignupView | undefined>;
  /** The event's confirmed and waitlisted people; undefined when there is no such event. */
  listSignups(eventId: string): Promise<SignupRecord[] | undefined>;
  /** Deletes what is past its keeping time. */
  sweep(now: Date, policy: RetentionPolicy): Promise<SweepResult>;
}

export interface SignupRow {
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
  /** JSON of the answers by question id (SQLite's text; PostgreSQL's driver reads its `json` as an object). */
  answers: string | Record<string, Answer> | null;
  privacy_version: string;
  cancel_token: string;
  created_at: string;
  seq: number;
  /** Set by the console's check-in (`participants/`); absent from rows read before it existed. */
  attended_at?: string | null;
}

/** The organisers' list from the rows in order (confirmed first, then the waitlist by seq). */
export function toSignupRecords(rows: SignupRow[]): SignupRecord[] {
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
    answers: answersOf(row.answers),
    privacyVersion: row.privacy_version,
    createdAt: row.created_at,
    attendedAt: (row.status === 'confirmed' && row.attended_at) || undefined,
  }));
}

/** The answers of a row, or undefined when it has none. */
export function answersOf(stored: SignupRow['answers']): Record<string, Answer> | undefined {
  if (stored === null || stored === undefined) return undefined;
  return typeof stored === 'string' ? (JSON.parse(stored) as Record<string, Answer>) : stored;
}

/** The answers as a column holds them: JSON, or null when there are none. */
export function answersColumn(answers: Record<string, Answer> | undefined): string | null {
  return answers && Object.keys(answers).length ? JSON.stringify(answers) : null;
}

import type {
  EventInput,
  EventPage,
  KulturEvent,
  SignupField,
  SignupRecord,
  SignupStatus,
} from '@kulturregion/kultur/contract';

/** The listing's filters after the server has read them from the query string. */
export interface EventFilter {
  municipality?: readonly string[];
  category?: readonly string[];
  audience?: readonly string[];
  /** Keep events that end at or after this instant (epoch ms). */
  endsFrom?: number;
  /** Keep events that start before this instant (epoch ms). */
  startsBefore?: number;
  /** Lower-cased words that must all occur in the event's text. */
  words?: readonly string[];
  limit: number;
  /** Resume after this position in (start, id) order. */
  after?: CursorPosition;
}

/** A place in the listing's (start, id) order: stable however many events are added before or after it. */
export interface CursorPosition {
  startMs: number;
  id: string;
}

/** A page plus where the next one starts, before the position is encoded as a cursor. */
export interface StoredPage {
  items: KulturEvent[];
  next: CursorPosition | null;
}

/** A published event ready to store: validated, with its id decided. */
export type StoredEventInput = EventInput & { id: string };

/** What deleting an event did: erased it, or cancelled it because people had signed up. */
export type DeleteOutcome = { kind: 'deleted' } | { kind: 'cancelled'; event: KulturEvent } | { kind: 'not-found' };

export interface NewSignup {
  name: string;
  email: string;
  seats: number;
  phone?: string;
  organization?: string;
  municipality?: string;
  comment?: string;
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
 * Writes the message for a notice. Storage calls it inside the write transaction, so a signup and its message are
 * committed together or not at all; it must not do I/O.
 */
export type ComposeMessage = (notice: SignupNotice) => MessageDraft;

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

/** A message in the outbox. `sentAt` is null until SMTP has taken it. */
export interface OutboxMessage {
  id: number;
  kind: NoticeKind;
  eventId: string;
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

/** A publishing token as the storage lists it: never the token, nor its digest. Times are ISO 8601 in UTC. */
export interface PublishingToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A token to keep: its SHA-256 digest (hex), never the token itself. */
export interface NewPublishingToken {
  id: string;
  name: string;
  digest: string;
  createdAt: Date;
}

/** A token in use, found by its digest, for the admin guard to compare in constant time. */
export interface TokenMatch {
  id: string;
  digest: string;
}

/** Which event a record of an import source became, and a digest of what was imported then. */
export interface ImportLink {
  /** The name the import was given (`--source`). */
  source: string;
  /** The source's own id for the record: a Kultunaut ArrNr, an iCalendar UID (and date), a feed event's id. */
  externalId: string;
  eventId: string;
  contentHash: string;
}

/**
 * Everything the server keeps. Methods are async so that a networked database (PostgreSQL) can implement the same
 * interface as the embedded default.
 */
export interface Storage {
  listEvents(filter: EventFilter): Promise<StoredPage>;
  getEvent(id: string): Promise<KulturEvent | undefined>;
  /** Returns undefined when the id is taken. */
  createEvent(input: StoredEventInput, now: Date): Promise<KulturEvent | undefined>;
  /**
   * Returns undefined when there is no such event. When the new capacity frees seats, the waitlist moves up and
   * `compose` writes the messages.
   */
  replaceEvent(input: StoredEventInput, now: Date, compose?: ComposeMessage): Promise<KulturEvent | undefined>;
  deleteEvent(id: string, now: Date): Promise<DeleteOutcome>;
  countEvents(): Promise<number>;
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
  listOutbox(filter: OutboxFilter): Promise<OutboxMessage[]>;
  /** Records an SMTP attempt: sent, or failed with the reason (retried a few times). */
  recordDelivery(id: number, result: { sentAt: Date } | { error: string }): Promise<void>;
  /** Deletes what is past its keeping time. */
  sweep(now: Date, policy: RetentionPolicy): Promise<SweepResult>;
  /** Keeps a new token's digest. Returns undefined when a token in use has the name already. */
  createToken(token: NewPublishingToken): Promise<PublishingToken | undefined>;
  /** Every token, revoked ones too, oldest first. */
  listTokens(): Promise<PublishingToken[]>;
  /** Revokes the token in use with this name or id; undefined when there is none. */
  revokeToken(nameOrId: string, now: Date): Promise<PublishingToken | undefined>;
  /** The token in use (not revoked) with this SHA-256 digest (hex). */
  findToken(digest: string): Promise<TokenMatch | undefined>;
  /** Notes that a token was used; at most once a minute, so publishing does not write twice for every call. */
  recordTokenUse(id: string, now: Date): Promise<void>;
  /** The events a source's earlier imports made, by the source's own ids. */
  listImportLinks(source: string): Promise<ImportLink[]>;
  /** Records (or brings up to date) which event a source's record became. The event must exist. */
  saveImportLink(link: ImportLink, now: Date): Promise<void>;
  /** Proves the database answers, for the health check. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

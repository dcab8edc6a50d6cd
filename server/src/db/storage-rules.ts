/**
 * What the SQLite and PostgreSQL storages share once a row is read: the row shapes both select (snake_case, times as
 * ISO strings), turning rows into feed objects, and the signup rules. Each storage keeps its own SQL and its own way
 * of making the rules run under a lock; the decisions are made here, once.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  SIGNUP_FIELDS,
  type FeedSignup,
  type KulturEvent,
  type SignupRecord,
  type SignupSettings,
} from '@kulturregion/kultur/contract';
import { searchTextOf } from '../search-text.js';
import type {
  ImportLink,
  NewSignup,
  OutboxMessage,
  PublishingToken,
  SignupNotice,
  SignupOutcome,
  StoredAnswer,
  StoredEventInput,
  StoredPage,
  StoredSignup,
} from '../storage.js';

export const DAY_MS = 86_400_000;

/** A message SMTP refused this many times stays in the outbox unsent, for a person to look at. */
export const MAX_DELIVERY_ATTEMPTS = 5;

/**
 * How long a mailer holds the unsent messages it listed. Two server processes on one database each run a mailer;
 * the lease keeps them from sending one message twice, and runs out if the process that took it dies.
 */
export const OUTBOX_LEASE_MS = 5 * 60_000;

/** An event row with the seats its confirmed signups hold; `data` is the published JSON without id and updatedAt. */
export interface EventRow {
  id: string;
  start_ms: number;
  data: string;
  updated_at: string;
  confirmed_seats: number;
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
  privacy_version: string;
  cancel_token: string;
  created_at: string;
  seq: number;
}

export interface OutboxRow {
  id: number;
  kind: OutboxMessage['kind'];
  event_id: string;
  recipient: string;
  subject: string;
  body: string;
  created_at: string;
  sent_at: string | null;
}

/** An event that takes signups through the feed, read inside a transaction. */
export interface OpenEvent {
  row: EventRow;
  event: KulturEvent;
  settings: FeedSignup;
}

/** What both databases index an event by, beside its JSON. */
export interface EventColumns {
  id: string;
  municipality: string;
  startMs: number;
  endMs: number;
  status: string;
  categories: string[];
  audience: string[];
  searchText: string;
  data: string;
}

export function eventColumns(input: StoredEventInput): EventColumns {
  const { id, ...data } = input;
  return {
    id,
    municipality: input.municipality,
    startMs: Date.parse(input.start),
    endMs: Date.parse(input.end),
    status: input.status,
    categories: [...input.categories],
    audience: [...input.audience],
    searchText: searchTextOf(input),
    data: JSON.stringify(data),
  };
}

export function toEvent(row: EventRow): KulturEvent {
  // Stored as published: an internal signup has no `available` yet; it is counted from the confirmed seats.
  const data = JSON.parse(row.data) as Omit<KulturEvent, 'id' | 'updatedAt'>;
  const signup: SignupSettings =
    data.signup?.mode === 'internal'
      ? { ...data.signup, available: Math.max(0, data.signup.capacity - row.confirmed_seats) }
      : data.signup;
  return { id: row.id, ...data, signup, updatedAt: row.updated_at };
}

/** The stored JSON of an event with its status set to cancelled. */
export function cancelledData(data: string): string {
  return JSON.stringify({ ...JSON.parse(data), status: 'cancelled' });
}

/** The event when it takes signups through the feed. */
export function openEventOf(row: EventRow | undefined): OpenEvent | undefined {
  const event = row && toEvent(row);
  if (event?.signup?.mode !== 'internal') return undefined;
  return { row: row!, event, settings: event.signup };
}

/** Signups close at `closesAt`, and at the latest when the event starts. */
function closingOf({ event, settings }: OpenEvent): string {
  return settings.closesAt && Date.parse(settings.closesAt) < Date.parse(event.start) ? settings.closesAt : event.start;
}

/**
 * Why an open event refuses a signup at `now` before seats are counted, or undefined when it does not. Nothing here
 * depends on who is signed up already.
 */
export function refusalOf(open: OpenEvent, signup: NewSignup, now: Date): SignupOutcome | undefined {
  const { event, settings } = open;
  // Only what the event asks for is kept: a field it does not ask for is refused, never stored nor dropped unseen.
  const notAsked = SIGNUP_FIELDS.filter((field) => signup[field] !== undefined && !settings.fields.includes(field));
  if (notAsked.length) return { kind: 'not-asked', fields: notAsked };
  if (event.status === 'cancelled') return { kind: 'event-cancelled' };
  if (settings.opensAt && now.getTime() < Date.parse(settings.opensAt)) {
    return { kind: 'not-open', opensAt: settings.opensAt };
  }
  const closedAt = closingOf(open);
  if (now.getTime() >= Date.parse(closedAt)) return { kind: 'closed', closedAt };
  if (signup.seats > settings.maxSeatsPerSignup) {
    return { kind: 'too-many-seats', max: settings.maxSeatsPerSignup };
  }
  return undefined;
}

/**
 * Seat or waitlist for a newcomer, given how many wait already; undefined when the event is full without a waitlist.
 * Nobody jumps the queue: while people wait, a newcomer waits too, even if a seat is free.
 */
export function placementOf(open: OpenEvent, seats: number, waiting: number): StoredSignup | undefined {
  const fits = waiting === 0 && open.row.confirmed_seats + seats <= open.settings.capacity;
  if (!fits && !open.settings.waitlist) return undefined;
  const stored = {
    id: randomUUID(),
    status: fits ? ('confirmed' as const) : ('waitlisted' as const),
    cancelToken: randomBytes(24).toString('base64url'),
  };
  return fits ? stored : { ...stored, waitlistPosition: waiting + 1 };
}

/**
 * The answer a new signup gets, and every replay of its key. The cancel token is not in it: it goes only to the
 * address, so that the answer to an address already signed up can be the same as a newcomer's.
 */
export function createdAnswer({ id, status, waitlistPosition }: StoredSignup): StoredAnswer {
  return { status: 201, body: JSON.stringify({ id, status, waitlistPosition }) };
}

/** An address already on the list is told of a repeated signup at most this often, so nobody can flood its inbox. */
export const REPEAT_NOTICE_INTERVAL_MS = DAY_MS;

/**
 * A signup request for an address already on the event's list. The requester is answered exactly as a newcomer with
 * the same seats would be now (seat, waitlist place, or full), but nothing is placed: the list stays as it was, and
 * the address's owner learns of the request by mail. `answer` is undefined when a newcomer would hear "full".
 */
export function repeatedSignup(
  open: OpenEvent,
  seats: number,
  waiting: number,
  existing: Pick<SignupRow, 'email' | 'seats' | 'cancel_token'> & { waitlistPosition?: number },
): { answer: StoredAnswer | undefined; notice: SignupNotice } {
  const asNewcomer = placementOf(open, seats, waiting);
  return {
    answer: asNewcomer && createdAnswer(asNewcomer),
    notice: {
      kind: 'already-signed-up',
      event: open.event,
      email: existing.email,
      seats: existing.seats,
      waitlistPosition: existing.waitlistPosition,
      cancelToken: existing.cancel_token,
    },
  };
}

/**
 * Who gets a seat from the waitlist, in signup order. A group moves up only when all its seats fit, and the queue
 * stops at the first group that does not fit: a smaller group behind it never passes it. Nobody moves up for a
 * cancelled event or one that has started.
 */
export function movingUp<T extends Pick<SignupRow, 'seats'>>(open: OpenEvent, waiting: T[], now: Date): T[] {
  if (open.event.status === 'cancelled' || now.getTime() >= open.row.start_ms) return [];
  let free = open.settings.capacity - open.row.confirmed_seats;
  const moving: T[] = [];
  for (const person of waiting) {
    if (person.seats > free) break;
    free -= person.seats;
    moving.push(person);
  }
  return moving;
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
    privacyVersion: row.privacy_version,
    createdAt: row.created_at,
  }));
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

/** The notice for a waitlisted person who got a seat. */
export function movedUpNotice(
  open: OpenEvent,
  person: Pick<SignupRow, 'email' | 'seats' | 'cancel_token'>,
): SignupNotice {
  return {
    kind: 'moved-up',
    event: open.event,
    email: person.email,
    seats: person.seats,
    cancelToken: person.cancel_token,
  };
}

/** A page from `limit + 1` rows in (start, id) order: the extra row tells that another page exists. */
export function pageOf(rows: EventRow[], limit: number): StoredPage {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toEvent),
    next: rows.length > limit && last ? { startMs: last.start_ms, id: last.id } : null,
  };
}

/** A token's last use is written at most this often: publishing calls come in bursts, and a minute is news enough. */
export const TOKEN_USE_INTERVAL_MS = 60_000;

/** A publishing token row as both storages select it (times as ISO strings); the digest is never selected with it. */
export interface TokenRow {
  id: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** The columns `TokenRow` reads, for both storages' SELECT and RETURNING. */
export const TOKEN_COLUMNS = 'id, name, created_at, last_used_at, revoked_at';

export function toPublishingToken(row: TokenRow): PublishingToken {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** An import link row as both storages select it. */
export interface ImportLinkRow {
  source: string;
  external_id: string;
  event_id: string;
  content_hash: string;
}

export function toImportLink(row: ImportLinkRow): ImportLink {
  return { source: row.source, externalId: row.external_id, eventId: row.event_id, contentHash: row.content_hash };
}

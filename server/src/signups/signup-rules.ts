/**
 * The signup rules: who may sign up when, seat or waitlist, what a repeated signup is answered, and who moves up when
 * seats come free. Both storages run them inside their write transaction (SQLite under its database lock, PostgreSQL
 * under the event's row lock); each keeps its own SQL, and the decisions are made here, once.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  readAnswers,
  SIGNUP_FIELDS,
  type Answer,
  type FeedSignup,
  type KulturEvent,
} from '@kulturregion/kultur/contract';
import { toEvent, type EventRow } from '../events/event-store.js';
import { DAY_MS } from '../time/region-clock.js';
import type { NewSignup, SignupNotice, SignupOutcome, SignupRow, StoredAnswer, StoredSignup } from './signup-store.js';

/** An event that takes signups through the feed, read inside a transaction. */
export interface OpenEvent {
  row: EventRow;
  event: KulturEvent;
  settings: FeedSignup;
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
  const { issues } = readAnswers(signup.answers, settings.questions);
  if (issues.length) {
    // Refused together, so one correction fixes both.
    const fields = notAsked.map((path) => ({ path, message: NOT_ASKED, code: 'not-asked' }));
    return { kind: 'invalid-answers', errors: [...fields, ...issues] };
  }
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

/** Why a fixed field the event does not ask for is refused. */
export const NOT_ASKED = 'is not asked for by this event: leave it out (the event asks for its signup.fields)';

/**
 * The answers a signup keeps: those to the event's questions, trimmed, choices in the order of the options. Read after
 * `refusalOf` took them, so nothing here is refused.
 */
export function keptAnswers(open: OpenEvent, signup: NewSignup): Record<string, Answer> | undefined {
  const { answers } = readAnswers(signup.answers, open.settings.questions);
  return Object.keys(answers).length ? answers : undefined;
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

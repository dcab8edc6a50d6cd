/**
 * The participants' part of storage: an event's whole list (cancelled included) for the console, a participant added
 * by hand, moved up from the waitlist, removed, and checked in at the door. Placing and moving up are the signup
 * rules (`signups/signup-rules.ts`) run by each database under the same lock as a web signup, and every message goes
 * to the outbox in the same transaction as its cause.
 */
import type { Answer, KulturEvent } from '@kulturregion/kultur/contract';
import {
  answersOf,
  type ComposeMessage,
  type MessageDraft,
  type NewSignup,
  type SignupRow,
} from '../signups/signup-store.js';

/** A signup row with what only the console reads. */
export interface ParticipantRow extends SignupRow {
  cancelled_at: string | null;
  attended_at: string | null;
}

export type ParticipantStatus = 'confirmed' | 'waitlisted' | 'cancelled';

/** One person on an event's list as the console shows it. */
export interface Participant {
  id: string;
  status: ParticipantStatus;
  /** Only for the waitlisted: 1 is next in line. */
  waitlistPosition?: number;
  seats: number;
  name: string;
  email: string;
  phone?: string;
  organization?: string;
  municipality?: string;
  comment?: string;
  /** The answers to the event's questions, by question id (a question since removed included). */
  answers?: Record<string, Answer>;
  createdAt: string;
  cancelledAt?: string;
  /** When the person was checked in at the door; absent while not. */
  attendedAt?: string;
}

/** The event's list in order: confirmed, then the waitlist, each by signup order; then the cancelled. */
export function toParticipants(rows: readonly ParticipantRow[]): Participant[] {
  const order = { confirmed: 0, waitlisted: 1, cancelled: 2 } as const;
  const sorted = [...rows].sort((a, b) => order[a.status] - order[b.status] || a.seq - b.seq);
  let position = 0;
  return sorted.map((row) => ({
    id: row.id,
    status: row.status,
    waitlistPosition: row.status === 'waitlisted' ? ++position : undefined,
    seats: row.seats,
    name: row.name,
    email: row.email,
    phone: row.phone ?? undefined,
    organization: row.organization ?? undefined,
    municipality: row.municipality ?? undefined,
    comment: row.comment ?? undefined,
    answers: answersOf(row.answers),
    createdAt: row.created_at,
    cancelledAt: (row.status === 'cancelled' && row.cancelled_at) || undefined,
    attendedAt: (row.status === 'confirmed' && row.attended_at) || undefined,
  }));
}

/**
 * The counts beside the list. People are counted in signups (a line on the list) and in seats (who comes through
 * the door): a signup for three is one line and three seats, and is checked in as one.
 */
export interface ParticipantCounts {
  capacity: number;
  confirmed: number;
  confirmedSeats: number;
  attended: number;
  attendedSeats: number;
  /** Confirmed and not checked in yet. */
  notYet: number;
  notYetSeats: number;
  waitlisted: number;
  waitlistedSeats: number;
  cancelled: number;
}

export function countsOf(participants: readonly Participant[], capacity: number): ParticipantCounts {
  const counts: ParticipantCounts = {
    capacity,
    confirmed: 0,
    confirmedSeats: 0,
    attended: 0,
    attendedSeats: 0,
    notYet: 0,
    notYetSeats: 0,
    waitlisted: 0,
    waitlistedSeats: 0,
    cancelled: 0,
  };
  for (const person of participants) {
    if (person.status === 'cancelled') counts.cancelled += 1;
    if (person.status === 'waitlisted') {
      counts.waitlisted += 1;
      counts.waitlistedSeats += person.seats;
    }
    if (person.status !== 'confirmed') continue;
    counts.confirmed += 1;
    counts.confirmedSeats += person.seats;
    if (person.attendedAt) {
      counts.attended += 1;
      counts.attendedSeats += person.seats;
    } else {
      counts.notYet += 1;
      counts.notYetSeats += person.seats;
    }
  }
  return counts;
}

/** What a removed person is told (`participant-mails.ts`): the event and their address, nothing anyone typed. */
export interface RemovalNotice {
  event: KulturEvent;
  email: string;
  seats: number;
}

export type ComposeRemoval = (notice: RemovalNotice) => MessageDraft;

/** The messages a change on the list may queue, written inside the transaction: no I/O. */
export interface ParticipantMessages {
  /** Confirmation, waitlist place and moving up, as for a web signup. */
  compose: ComposeMessage;
  removal: ComposeRemoval;
}

/** What adding a participant by hand came to. */
export type AddOutcome =
  | { kind: 'added'; id: string }
  | { kind: 'not-found' }
  | { kind: 'no-signup' }
  | { kind: 'event-cancelled' }
  | { kind: 'ended' }
  | { kind: 'too-many-seats'; max: number }
  | { kind: 'not-asked'; fields: string[] }
  | { kind: 'already-signed-up'; id: string }
  | { kind: 'full' };

/** What moving a waitlisted person up came to; `no-seats` when their seats do not fit. */
export type MoveUpOutcome =
  | { kind: 'moved-up' }
  | { kind: 'not-found' }
  | { kind: 'not-waitlisted'; status: ParticipantStatus }
  | { kind: 'event-cancelled' }
  | { kind: 'no-seats'; free: number; seats: number };

/** What removing someone came to; `movedUp` counts who got a seat from the waitlist because of it. */
export type RemoveOutcome =
  { kind: 'removed'; movedUp: number } | { kind: 'already-cancelled' } | { kind: 'not-found' };

/** Checking in, or undoing it; only a confirmed signup is checked in. */
export type AttendOutcome =
  { kind: 'done' } | { kind: 'not-found' } | { kind: 'not-confirmed'; status: 'waitlisted' | 'cancelled' };

export interface ParticipantStore {
  /** Everyone on the event's list, cancelled included; undefined when there is no such published event. */
  list(eventId: string): Promise<Participant[] | undefined>;
  /** A participant an organiser adds (a phone call): seat or waitlist as a web signup, with its message. */
  add(eventId: string, signup: NewSignup, now: Date, messages: ParticipantMessages): Promise<AddOutcome>;
  /** Gives a waitlisted person a seat now, out of turn if need be, when their seats fit; tells them. */
  moveUp(eventId: string, signupId: string, now: Date, messages: ParticipantMessages): Promise<MoveUpOutcome>;
  /** Cancels someone's signup, tells them, and moves the waitlist up as a cancellation does. */
  remove(eventId: string, signupId: string, now: Date, messages: ParticipantMessages): Promise<RemoveOutcome>;
  /** Marks the confirmed signup as attended at `now` (kept when already), or undoes it. */
  setAttended(eventId: string, signupId: string, attended: boolean, now: Date): Promise<AttendOutcome>;
}

import type { EventInput, EventPage, KulturEvent, SignupStatus } from '../../src/sdk/schema.js';

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
 * Everything the server keeps. Methods are async so that a networked database (PostgreSQL) can implement the same
 * interface as the embedded default.
 */
export interface Storage {
  listEvents(filter: EventFilter): Promise<StoredPage>;
  getEvent(id: string): Promise<KulturEvent | undefined>;
  /** Returns undefined when the id is taken. */
  createEvent(input: StoredEventInput, now: Date): Promise<KulturEvent | undefined>;
  /** Returns undefined when there is no such event. */
  replaceEvent(input: StoredEventInput, now: Date): Promise<KulturEvent | undefined>;
  deleteEvent(id: string, now: Date): Promise<DeleteOutcome>;
  countEvents(): Promise<number>;
  /** Decides seat or waitlist in one write transaction; see the signup API for the rules around it. */
  addSignup(eventId: string, signup: NewSignup, now: Date): Promise<StoredSignup | undefined>;
  /** Proves the database answers, for the health check. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The console's people, their sign-in links and their sessions: the accounts' part of storage. */
import type { MessageDraft } from '../signups/signup-store.js';
import type { Person } from './actor.js';

/** A person to add. The address is kept as given (trimmed), and compared without regard to case. */
export type NewPerson = Person;

/** What removing a person came to. The last admin stays, so the console always has someone who can add people. */
export type RemoveOutcome = 'removed' | 'not-found' | 'last-admin';

/** A sign-in link to keep: the digest of its secret, never the secret, and the message that carries it. */
export interface NewSignInLink {
  digest: string;
  personId: string;
  expiresAt: Date;
  message: MessageDraft;
}

/** A session to start: the digest of its cookie, its CSRF token, and its absolute end. */
export interface NewSession {
  digest: string;
  csrfToken: string;
  expiresAt: Date;
}

/** A session in use, with the person it is for. */
export interface ActiveSession {
  person: Person;
  csrfToken: string;
  /** When it ends if it is not used before: the sooner of its idle and its absolute expiry. */
  expiresAt: Date;
}

export interface AccountsStore {
  /**
   * Adds a person, and queues the message inviting them in the same transaction. Returns undefined when a person with
   * the address is there already.
   */
  addPerson(person: NewPerson, now: Date, invitation?: MessageDraft): Promise<Person | undefined>;
  /** The people not removed, by address. */
  listPeople(): Promise<Person[]>;
  findPersonByEmail(email: string): Promise<Person | undefined>;
  findPerson(id: string): Promise<Person | undefined>;
  /** Removes a person (the row stays for the change log), their links and their sessions; never the last admin. */
  removePerson(id: string, now: Date): Promise<RemoveOutcome>;
  /** Links made for the person since `since`: the per-address limit counts them. */
  countSignInLinks(personId: string, since: Date): Promise<number>;
  /** Keeps the link and queues its message, in one transaction. */
  addSignInLink(link: NewSignInLink, now: Date): Promise<void>;
  /**
   * Spends a link (once: a second use finds nothing) and starts a session for its person, in one transaction.
   * Undefined when the link is unknown, spent, expired, or its person removed.
   */
  redeemSignInLink(digest: string, session: NewSession, now: Date): Promise<ActiveSession | undefined>;
  /**
   * The session with this cookie digest when it is in use: not past its absolute end, and used within the idle time.
   * Using it moves its idle end on (written at most once a minute).
   */
  findSession(digest: string, now: Date): Promise<ActiveSession | undefined>;
  endSession(digest: string): Promise<void>;
  /** Ends every session of the person: "sign out everywhere", and when they are removed. */
  endSessions(personId: string): Promise<void>;
  /** Deletes spent and expired links and sessions, and sign-in messages older than a day. */
  sweepAccounts(now: Date): Promise<number>;
}

/** A session not used for this long ends: a working day. */
export const SESSION_IDLE_MS = 8 * 60 * 60_000;
/** A session ends this long after sign-in, used or not. */
export const SESSION_MAX_MS = 14 * 24 * 60 * 60_000;
/** A session's use is written at most this often, so reading the console does not write on every request. */
export const SESSION_TOUCH_MS = 60_000;
/** A sign-in link works this long, once. */
export const SIGN_IN_LINK_MS = 15 * 60_000;
/** Sign-in messages hold a secret (spent or expired by then): the sweep deletes them after this. */
export const SIGN_IN_MESSAGE_KEEP_MS = 24 * 60 * 60_000;

/** A session's end: its idle end from its last use, but never after its absolute end. */
export function sessionEnd(seenMs: number, expiresMs: number): Date {
  return new Date(Math.min(seenMs + SESSION_IDLE_MS, expiresMs));
}

/** A person row as both storages select it. */
export interface PersonRow {
  id: string;
  email: string;
  name: string | null;
  role: Person['role'];
  municipalities: string | string[];
}

export const PERSON_COLUMNS = 'id, email, name, role, municipalities';

export function toPerson(row: PersonRow): Person {
  const municipalities = typeof row.municipalities === 'string' ? JSON.parse(row.municipalities) : row.municipalities;
  return { id: row.id, email: row.email, name: row.name, role: row.role, municipalities };
}

import type Database from 'better-sqlite3';
import {
  PERSON_COLUMNS,
  SESSION_IDLE_MS,
  SESSION_TOUCH_MS,
  SIGN_IN_MESSAGE_KEEP_MS,
  sessionEnd,
  toPerson,
  type AccountsStore,
  type ActiveSession,
  type NewSession,
  type NewSignInLink,
  type PersonRow,
  type RemoveOutcome,
} from '../accounts/accounts-store.js';
import type { Person } from '../accounts/actor.js';
import type { MessageDraft } from '../signups/signup-store.js';
import { queueOutbox } from './sqlite-outbox.js';

interface SessionRow extends PersonRow {
  csrf_token: string;
  seen_ms: number;
  expires_ms: number;
}

/** The accounts' part of the SQLite storage (`storage.people`). */
export class SqliteAccountsStore implements AccountsStore {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  async addPerson(person: Person, now: Date, invitation?: MessageDraft): Promise<Person | undefined> {
    return this.#db
      .transaction((): Person | undefined => {
        const result = this.#db
          .prepare(
            `INSERT INTO people (id, email, name, role, municipalities, created_at) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT DO NOTHING`,
          )
          .run(
            person.id,
            person.email,
            person.name,
            person.role,
            JSON.stringify(person.municipalities),
            now.toISOString(),
          );
        if (result.changes === 0) return undefined;
        if (invitation) this.#queue('invitation', invitation, now);
        return person;
      })
      .immediate();
  }

  async listPeople(): Promise<Person[]> {
    return this.#db
      .prepare<[], PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people WHERE removed_at IS NULL ORDER BY lower(email)`)
      .all()
      .map(toPerson);
  }

  async findPersonByEmail(email: string): Promise<Person | undefined> {
    const row = this.#db
      .prepare<[string], PersonRow>(
        `SELECT ${PERSON_COLUMNS} FROM people WHERE lower(email) = lower(?) AND removed_at IS NULL`,
      )
      .get(email.trim());
    return row && toPerson(row);
  }

  async findPerson(id: string): Promise<Person | undefined> {
    const row = this.#db
      .prepare<[string], PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people WHERE id = ? AND removed_at IS NULL`)
      .get(id);
    return row && toPerson(row);
  }

  async removePerson(id: string, now: Date): Promise<RemoveOutcome> {
    return this.#db
      .transaction((): RemoveOutcome => {
        const person = this.#db
          .prepare<[string], { role: string }>('SELECT role FROM people WHERE id = ? AND removed_at IS NULL')
          .get(id);
        if (!person) return 'not-found';
        if (person.role === 'admin') {
          const admins = this.#db
            .prepare<[], { n: number }>(`SELECT count(*) AS n FROM people WHERE role = 'admin' AND removed_at IS NULL`)
            .get()!.n;
          if (admins <= 1) return 'last-admin';
        }
        this.#db.prepare('UPDATE people SET removed_at = ? WHERE id = ?').run(now.toISOString(), id);
        this.#db.prepare('DELETE FROM sessions WHERE person_id = ?').run(id);
        this.#db.prepare('DELETE FROM sign_in_links WHERE person_id = ?').run(id);
        return 'removed';
      })
      .immediate();
  }

  async countSignInLinks(personId: string, since: Date): Promise<number> {
    return this.#db
      .prepare<[string, number], { n: number }>(
        'SELECT count(*) AS n FROM sign_in_links WHERE person_id = ? AND created_ms > ?',
      )
      .get(personId, since.getTime())!.n;
  }

  async addSignInLink(link: NewSignInLink, now: Date): Promise<void> {
    this.#db
      .transaction(() => {
        this.#db
          .prepare('INSERT INTO sign_in_links (digest, person_id, created_ms, expires_ms) VALUES (?, ?, ?, ?)')
          .run(link.digest, link.personId, now.getTime(), link.expiresAt.getTime());
        this.#queue('sign-in', link.message, now);
      })
      .immediate();
  }

  async redeemSignInLink(digest: string, session: NewSession, now: Date): Promise<ActiveSession | undefined> {
    const nowMs = now.getTime();
    const personId = this.#db
      .transaction((): string | undefined => {
        // Spent in the same statement that finds it: a second use, even at the same moment, finds nothing.
        const spent = this.#db
          .prepare<[number, string, number], { person_id: string }>(
            `UPDATE sign_in_links SET used_ms = ?
             WHERE digest = ? AND used_ms IS NULL AND expires_ms > ?
               AND person_id IN (SELECT id FROM people WHERE removed_at IS NULL)
             RETURNING person_id`,
          )
          .get(nowMs, digest, nowMs);
        if (!spent) return undefined;
        this.#db
          .prepare(
            `INSERT INTO sessions (digest, person_id, csrf_token, created_ms, seen_ms, expires_ms)
             VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .run(session.digest, spent.person_id, session.csrfToken, nowMs, nowMs, session.expiresAt.getTime());
        return spent.person_id;
      })
      .immediate();
    return personId === undefined ? undefined : this.findSession(session.digest, now);
  }

  async findSession(digest: string, now: Date): Promise<ActiveSession | undefined> {
    const nowMs = now.getTime();
    const row = this.#db
      .prepare<[string, number, number], SessionRow>(
        `SELECT p.id, p.email, p.name, p.role, p.municipalities, s.csrf_token, s.seen_ms, s.expires_ms
         FROM sessions s JOIN people p ON p.id = s.person_id
         WHERE s.digest = ? AND s.expires_ms > ? AND s.seen_ms > ? AND p.removed_at IS NULL`,
      )
      .get(digest, nowMs, nowMs - SESSION_IDLE_MS);
    if (!row) return undefined;
    let seen = row.seen_ms;
    if (nowMs - seen >= SESSION_TOUCH_MS) {
      this.#db.prepare('UPDATE sessions SET seen_ms = ? WHERE digest = ?').run(nowMs, digest);
      seen = nowMs;
    }
    return { person: toPerson(row), csrfToken: row.csrf_token, expiresAt: sessionEnd(seen, row.expires_ms) };
  }

  async endSession(digest: string): Promise<void> {
    this.#db.prepare('DELETE FROM sessions WHERE digest = ?').run(digest);
  }

  async endSessions(personId: string): Promise<void> {
    this.#db.prepare('DELETE FROM sessions WHERE person_id = ?').run(personId);
  }

  async sweepAccounts(now: Date): Promise<number> {
    const nowMs = now.getTime();
    return this.#db
      .transaction((): number => {
        const links = this.#db
          .prepare('DELETE FROM sign_in_links WHERE expires_ms <= ? OR used_ms IS NOT NULL')
          .run(nowMs).changes;
        const sessions = this.#db
          .prepare('DELETE FROM sessions WHERE expires_ms <= ? OR seen_ms <= ?')
          .run(nowMs, nowMs - SESSION_IDLE_MS).changes;
        const messages = this.#db
          .prepare(`DELETE FROM outbox WHERE signup_id IS NULL AND kind = 'sign-in' AND created_at < ?`)
          .run(new Date(nowMs - SIGN_IN_MESSAGE_KEEP_MS).toISOString()).changes;
        return links + sessions + messages;
      })
      .immediate();
  }

  #queue(kind: 'sign-in' | 'invitation', message: MessageDraft, now: Date): void {
    queueOutbox(this.#db, null, kind, message, now);
  }
}

import type pg from 'pg';
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
import { queueOutbox } from './postgres-outbox.js';
import { inTransaction } from './postgres-transaction.js';

interface SessionRow extends PersonRow {
  csrf_token: string;
  seen_ms: string;
  expires_ms: string;
}

/** The accounts' part of the PostgreSQL storage (`storage.people`). */
export class PostgresAccountsStore implements AccountsStore {
  readonly #pool: pg.Pool;
  readonly #lockTimeoutMs: number;

  constructor(pool: pg.Pool, lockTimeoutMs: number) {
    this.#pool = pool;
    this.#lockTimeoutMs = lockTimeoutMs;
  }

  async addPerson(person: Person, now: Date, invitation?: MessageDraft): Promise<Person | undefined> {
    return inTransaction(this.#pool, this.#lockTimeoutMs, async (client) => {
      const { rowCount } = await client.query(
        `INSERT INTO people (id, email, name, role, municipalities, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING`,
        [person.id, person.email, person.name, person.role, person.municipalities, now],
      );
      if (!rowCount) return undefined;
      if (invitation) await queueOutbox(client, null, 'invitation', invitation, now);
      return person;
    });
  }

  async listPeople(): Promise<Person[]> {
    const { rows } = await this.#pool.query<PersonRow>(
      `SELECT ${PERSON_COLUMNS} FROM people WHERE removed_at IS NULL ORDER BY lower(email)`,
    );
    return rows.map(toPerson);
  }

  async findPersonByEmail(email: string): Promise<Person | undefined> {
    const { rows } = await this.#pool.query<PersonRow>(
      `SELECT ${PERSON_COLUMNS} FROM people WHERE lower(email) = lower($1) AND removed_at IS NULL`,
      [email.trim()],
    );
    return rows[0] && toPerson(rows[0]);
  }

  async findPerson(id: string): Promise<Person | undefined> {
    const { rows } = await this.#pool.query<PersonRow>(
      `SELECT ${PERSON_COLUMNS} FROM people WHERE id = $1 AND removed_at IS NULL`,
      [id],
    );
    return rows[0] && toPerson(rows[0]);
  }

  async removePerson(id: string, now: Date): Promise<RemoveOutcome> {
    return inTransaction(this.#pool, this.#lockTimeoutMs, async (client): Promise<RemoveOutcome> => {
      // The admins are locked together, so two removals at once cannot each leave the other as the last one.
      const { rows: admins } = await client.query<{ id: string }>(
        `SELECT id FROM people WHERE role = 'admin' AND removed_at IS NULL FOR UPDATE`,
      );
      const { rows } = await client.query<{ role: string }>(
        'SELECT role FROM people WHERE id = $1 AND removed_at IS NULL FOR UPDATE',
        [id],
      );
      if (!rows[0]) return 'not-found';
      if (rows[0].role === 'admin' && admins.length <= 1) return 'last-admin';
      await client.query('UPDATE people SET removed_at = $1 WHERE id = $2', [now, id]);
      await client.query('DELETE FROM sessions WHERE person_id = $1', [id]);
      await client.query('DELETE FROM sign_in_links WHERE person_id = $1', [id]);
      return 'removed';
    });
  }

  async countSignInLinks(personId: string, since: Date): Promise<number> {
    const { rows } = await this.#pool.query<{ n: string }>(
      'SELECT count(*) AS n FROM sign_in_links WHERE person_id = $1 AND created_at > $2',
      [personId, since],
    );
    return Number(rows[0]!.n);
  }

  async addSignInLink(link: NewSignInLink, now: Date): Promise<void> {
    await inTransaction(this.#pool, this.#lockTimeoutMs, async (client) => {
      await client.query(
        'INSERT INTO sign_in_links (digest, person_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
        [link.digest, link.personId, now, link.expiresAt],
      );
      await queueOutbox(client, null, 'sign-in', link.message, now);
    });
  }

  async redeemSignInLink(digest: string, session: NewSession, now: Date): Promise<ActiveSession | undefined> {
    const personId = await inTransaction(this.#pool, this.#lockTimeoutMs, async (client) => {
      // Spent in the same statement that finds it: of two uses at once, the row lock lets one through.
      const { rows } = await client.query<{ person_id: string }>(
        `UPDATE sign_in_links SET used_at = $1
         WHERE digest = $2 AND used_at IS NULL AND expires_at > $1
           AND person_id IN (SELECT id FROM people WHERE removed_at IS NULL)
         RETURNING person_id`,
        [now, digest],
      );
      const spent = rows[0];
      if (!spent) return undefined;
      await client.query(
        `INSERT INTO sessions (digest, person_id, csrf_token, created_at, seen_at, expires_at)
         VALUES ($1, $2, $3, $4, $4, $5)`,
        [session.digest, spent.person_id, session.csrfToken, now, session.expiresAt],
      );
      return spent.person_id;
    });
    return personId === undefined ? undefined : this.findSession(session.digest, now);
  }

  async findSession(digest: string, now: Date): Promise<ActiveSession | undefined> {
    const { rows } = await this.#pool.query<SessionRow>(
      `SELECT p.id, p.email, p.name, p.role, p.municipalities, s.csrf_token,
         (extract(epoch FROM s.seen_at) * 1000)::bigint AS seen_ms,
         (extract(epoch FROM s.expires_at) * 1000)::bigint AS expires_ms
       FROM sessions s JOIN people p ON p.id = s.person_id
       WHERE s.digest = $1 AND s.expires_at > $2 AND s.seen_at > $3 AND p.removed_at IS NULL`,
      [digest, now, new Date(now.getTime() - SESSION_IDLE_MS)],
    );
    const row = rows[0];
    if (!row) return undefined;
    let seen = Number(row.seen_ms);
    if (now.getTime() - seen >= SESSION_TOUCH_MS) {
      await this.#pool.query('UPDATE sessions SET seen_at = $1 WHERE digest = $2', [now, digest]);
      seen = now.getTime();
    }
    return { person: toPerson(row), csrfToken: row.csrf_token, expiresAt: sessionEnd(seen, Number(row.expires_ms)) };
  }

  async endSession(digest: string): Promise<void> {
    await this.#pool.query('DELETE FROM sessions WHERE digest = $1', [digest]);
  }

  async endSessions(personId: string): Promise<void> {
    await this.#pool.query('DELETE FROM sessions WHERE person_id = $1', [personId]);
  }

  async sweepAccounts(now: Date): Promise<number> {
    return inTransaction(this.#pool, this.#lockTimeoutMs, async (client) => {
      const links = await client.query('DELETE FROM sign_in_links WHERE expires_at <= $1 OR used_at IS NOT NULL', [
        now,
      ]);
      const sessions = await client.query('DELETE FROM sessions WHERE expires_at <= $1 OR seen_at <= $2', [
        now,
        new Date(now.getTime() - SESSION_IDLE_MS),
      ]);
      const messages = await client.query(
        `DELETE FROM outbox WHERE signup_id IS NULL AND kind = 'sign-in' AND created_at < $1`,
        [new Date(now.getTime() - SIGN_IN_MESSAGE_KEEP_MS)],
      );
      return (links.rowCount ?? 0) + (sessions.rowCount ?? 0) + (messages.rowCount ?? 0);
    });
  }
}

import type pg from 'pg';
import { DAY_MS } from '../time/region-clock.js';
import type { NewSubmission, PendingSubmission, SubmissionStore } from '../submissions/submission-store.js';
import { queueOutbox } from './postgres-outbox.js';
import { inTransaction } from './postgres-transaction.js';

const FORM_KEY = 'form-token';

/** The submissions' part of the PostgreSQL storage (`storage.submissions`). */
export class PostgresSubmissionStore implements SubmissionStore {
  readonly #pool: pg.Pool;
  readonly #lockTimeoutMs: number;

  constructor(pool: pg.Pool, lockTimeoutMs: number) {
    this.#pool = pool;
    this.#lockTimeoutMs = lockTimeoutMs;
  }

  async formKey(candidate: string): Promise<string> {
    // Two processes at once: the second insert waits for the first and does nothing; both read the first's key.
    await this.#pool.query('INSERT INTO feed_keys (name, secret) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      FORM_KEY,
      candidate,
    ]);
    const { rows } = await this.#pool.query<{ secret: string }>('SELECT secret FROM feed_keys WHERE name = $1', [
      FORM_KEY,
    ]);
    return rows[0]!.secret;
  }

  async countWaiting(email: string, since: Date): Promise<number> {
    const { rows } = await this.#pool.query<{ n: string }>(
      'SELECT count(*) AS n FROM submissions WHERE email = lower($1) AND created_at > $2',
      [email, since],
    );
    return Number(rows[0]!.n);
  }

  async addSubmission({ digest, input, submitter, expiresAt, message }: NewSubmission, now: Date): Promise<void> {
    await inTransaction(this.#pool, this.#lockTimeoutMs, async (client) => {
      await client.query(
        `INSERT INTO submissions (digest, event_id, email, data, created_at, expires_at)
         VALUES ($1, $2, lower($3), $4, $5, $6)`,
        [digest, input.id, submitter.email, JSON.stringify({ input, submitter }), now, expiresAt],
      );
      await queueOutbox(client, null, 'submission', message, now);
    });
  }

  async findSubmission(digest: string, now: Date): Promise<PendingSubmission | undefined> {
    const { rows } = await this.#pool.query<{ data: string }>(
      'SELECT data::text AS data FROM submissions WHERE digest = $1 AND expires_at > $2',
      [digest, now],
    );
    return rows[0] && (JSON.parse(rows[0].data) as PendingSubmission);
  }

  async removeSubmission(digest: string): Promise<void> {
    await this.#pool.query('DELETE FROM submissions WHERE digest = $1', [digest]);
  }

  async sweepSubmissions(now: Date, keepDays: number): Promise<number> {
    const ended = new Date(now.getTime() - keepDays * DAY_MS);
    return inTransaction(this.#pool, this.#lockTimeoutMs, async (client) => {
      const submissions = await client.query('DELETE FROM submissions WHERE expires_at <= $1', [now]);
      const messages = await client.query(
        `DELETE FROM outbox WHERE signup_id IS NULL AND kind = 'submission' AND created_at < $1`,
        [new Date(now.getTime() - DAY_MS)],
      );
      const senders = await client.query(
        `UPDATE workbench_events w SET submitter_name = NULL, submitter_email = NULL, submitter_phone = NULL
         WHERE w.submitter_email IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = w.event_id AND e.end_at >= $1)
           AND NOT EXISTS (SELECT 1 FROM event_drafts d WHERE d.id = w.event_id AND d.end_at >= $1)`,
        [ended],
      );
      return (submissions.rowCount ?? 0) + (messages.rowCount ?? 0) + (senders.rowCount ?? 0);
    });
  }
}

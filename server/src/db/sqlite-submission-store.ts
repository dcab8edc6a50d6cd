import type Database from 'better-sqlite3';
import { DAY_MS } from '../time/region-clock.js';
import type { NewSubmission, PendingSubmission, SubmissionStore } from '../submissions/submission-store.js';
import { queueOutbox } from './sqlite-outbox.js';

const FORM_KEY = 'form-token';

/** The submissions' part of the SQLite storage (`storage.submissions`). */
export class SqliteSubmissionStore implements SubmissionStore {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  async formKey(candidate: string): Promise<string> {
    this.#db
      .prepare('INSERT INTO feed_keys (name, secret) VALUES (?, ?) ON CONFLICT DO NOTHING')
      .run(FORM_KEY, candidate);
    return this.#db.prepare<[string], { secret: string }>('SELECT secret FROM feed_keys WHERE name = ?').get(FORM_KEY)!
      .secret;
  }

  async countWaiting(email: string, since: Date): Promise<number> {
    return this.#db
      .prepare<[string, number], { n: number }>(
        'SELECT count(*) AS n FROM submissions WHERE email = lower(?) AND created_ms > ?',
      )
      .get(email, since.getTime())!.n;
  }

  async addSubmission({ digest, input, submitter, expiresAt, message }: NewSubmission, now: Date): Promise<void> {
    this.#db
      .transaction(() => {
        this.#db
          .prepare(
            `INSERT INTO submissions (digest, event_id, email, data, created_ms, expires_ms)
             VALUES (?, ?, lower(?), ?, ?, ?)`,
          )
          .run(
            digest,
            input.id,
            submitter.email,
            JSON.stringify({ input, submitter }),
            now.getTime(),
            expiresAt.getTime(),
          );
        queueOutbox(this.#db, null, 'submission', message, now);
      })
      .immediate();
  }

  async findSubmission(digest: string, now: Date): Promise<PendingSubmission | undefined> {
    const row = this.#db
      .prepare<[string, number], { data: string }>('SELECT data FROM submissions WHERE digest = ? AND expires_ms > ?')
      .get(digest, now.getTime());
    return row && (JSON.parse(row.data) as PendingSubmission);
  }

  async removeSubmission(digest: string): Promise<void> {
    this.#db.prepare('DELETE FROM submissions WHERE digest = ?').run(digest);
  }

  async sweepSubmissions(now: Date, keepDays: number): Promise<number> {
    const nowMs = now.getTime();
    const ended = nowMs - keepDays * DAY_MS;
    return this.#db
      .transaction((): number => {
        const submissions = this.#db.prepare('DELETE FROM submissions WHERE expires_ms <= ?').run(nowMs).changes;
        const messages = this.#db
          .prepare(`DELETE FROM outbox WHERE signup_id IS NULL AND kind = 'submission' AND created_at < ?`)
          .run(new Date(nowMs - DAY_MS).toISOString()).changes;
        const senders = this.#db
          .prepare(
            `UPDATE workbench_events SET submitter_name = NULL, submitter_email = NULL, submitter_phone = NULL
             WHERE submitter_email IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = event_id AND e.end_ms >= @ended)
               AND NOT EXISTS (SELECT 1 FROM event_drafts d WHERE d.id = event_id AND d.end_ms >= @ended)`,
          )
          .run({ ended }).changes;
        return submissions + messages + senders;
      })
      .immediate();
  }
}

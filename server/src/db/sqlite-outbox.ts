import type Database from 'better-sqlite3';
import type { MessageKind } from '../messages/outbox-store.js';
import type { MessageDraft } from '../signups/signup-store.js';

/**
 * Puts a message in the outbox; called inside the transaction that causes it (so both commit or neither). `signupId`
 * is null for a message about no signup (a sign-in link, an invitation).
 */
export function queueOutbox(
  db: Database.Database,
  signupId: string | null,
  kind: MessageKind,
  draft: MessageDraft,
  now: Date,
): void {
  db.prepare(
    'INSERT INTO outbox (signup_id, kind, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(signupId, kind, draft.to, draft.subject, draft.text, now.toISOString());
}

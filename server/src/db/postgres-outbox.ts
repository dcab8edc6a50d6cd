import type pg from 'pg';
import type { MessageKind } from '../messages/outbox-store.js';
import type { MessageDraft } from '../signups/signup-store.js';

/**
 * Puts a message in the outbox, on the connection of the transaction that causes it (so both commit or neither);
 * `signupId` is null for a message about no signup (a sign-in link, an invitation).
 */
export async function queueOutbox(
  client: Pick<pg.PoolClient, 'query'>,
  signupId: string | null,
  kind: MessageKind,
  draft: MessageDraft,
  now: Date,
): Promise<void> {
  await client.query(
    'INSERT INTO outbox (signup_id, kind, recipient, subject, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [signupId, kind, draft.to, draft.subject, draft.text, now],
  );
}

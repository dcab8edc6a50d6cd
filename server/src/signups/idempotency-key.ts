import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { ProblemError } from '../http/problem.js';

/** Longest `Idempotency-Key` taken; a UUID has 36 characters. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

function invalidKey(code: string, detail: string): ProblemError {
  return new ProblemError(400, 'invalid-header', detail, {
    errors: [{ path: 'Idempotency-Key', message: detail, code }],
  });
}

/**
 * Reads the `Idempotency-Key` header a signup must carry: a client makes one per signup (a UUID will do) and sends
 * the same one when it retries, so a lost answer never makes a second signup.
 */
export function readIdempotencyKey(c: Context): string {
  const key = c.req.header('idempotency-key')?.trim();
  if (!key) {
    throw invalidKey(
      'required',
      'Send an Idempotency-Key header (a new UUID per signup, the same one on a retry), so a retry never signs up twice.',
    );
  }
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw invalidKey(
      'too-long',
      `The Idempotency-Key has ${key.length} characters; use at most ${MAX_IDEMPOTENCY_KEY_LENGTH}, such as a UUID.`,
    );
  }
  return key;
}

/**
 * A digest of what a request asks for, after validation: the same signup sent with its fields in another order or
 * with extra spaces around a name is the same request, so its retry is replayed rather than refused.
 */
export function requestHash(eventId: string, body: Record<string, unknown>): string {
  const fields = Object.keys(body)
    .sort()
    .map((name) => [name, name === 'answers' ? sortedEntries(body[name]) : body[name]]);
  return createHash('sha256')
    .update(JSON.stringify([eventId, fields]))
    .digest('base64url');
}

/** The answers by question id in id order, so their order in the body does not make another request. */
function sortedEntries(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.keys(record)
    .sort()
    .map((key) => [key, record[key]]);
}

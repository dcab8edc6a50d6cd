/**
 * A new `Idempotency-Key` for one signup: a random UUID. Also on `http:` pages, where browsers leave out
 * `crypto.randomUUID()`.
 *
 * @example
 * ```ts
 * let key = newIdempotencyKey();
 * async function submit(input: SignupRequest) {
 *   const answer = await client.signups.create(eventId, input, { idempotencyKey: key });
 *   key = newIdempotencyKey(); // the next signup is another one
 *   return answer;
 * }
 * ```
 */
export function newIdempotencyKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // A version 4 UUID from random bytes, as RFC 9562 lays it out.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

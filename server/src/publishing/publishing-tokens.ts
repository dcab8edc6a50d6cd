import { createHash, randomBytes } from 'node:crypto';
import type { PublishingToken, TokenStore } from './token-store.js';

/** Marks a string as a Kultur publishing token, so one pasted into the wrong place is recognisable (and scannable). */
export const TOKEN_PREFIX = 'kultur_';

/** A token's name: what the secretariat calls its holder, such as "Faxe Kulturhus". */
const NAME = /^\S(?:[^\p{Cc}]{0,98}\S)?$/u;

/** The SHA-256 digest of a token: the only form of it the server keeps or compares. */
export function tokenDigest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** A new token: the prefix and 32 random bytes in base64url (256 bits, so it cannot be guessed). */
export function newToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** Why a name cannot be a token's name, or undefined when it can. */
export function nameProblem(name: string): string | undefined {
  return NAME.test(name)
    ? undefined
    : 'A token name is 1 to 100 characters without line breaks, and does not start or end with a space.';
}

export type CreatedToken = { kind: 'created'; token: string; record: PublishingToken } | { kind: 'name-taken' };

/** Makes a token and keeps its digest. The token itself is in the answer and nowhere else: show it once. */
export async function createToken(storage: TokenStore, name: string, now: Date): Promise<CreatedToken> {
  const token = newToken();
  const record = await storage.createToken({
    id: randomBytes(4).toString('hex'),
    name,
    digest: tokenDigest(token).toString('hex'),
    createdAt: now,
  });
  return record ? { kind: 'created', token, record } : { kind: 'name-taken' };
}

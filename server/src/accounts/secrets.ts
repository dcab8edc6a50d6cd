import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A secret for a link, a cookie or a CSRF token: 32 random bytes in base64url (256 bits, never guessed). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 digest (hex) of a secret: the only form of a link's or a cookie's secret the database keeps. */
export function secretDigest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares two strings in time that does not depend on where they first differ. */
export function sameSecret(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}

/** A secret as it comes back from a person: base64url, 43 characters. Anything else is not worth a lookup. */
export function looksLikeSecret(text: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(text);
}

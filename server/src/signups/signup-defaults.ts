/** The signup settings a server runs with when its operator sets none (`cli.ts` reads the environment). */

/** The privacy text version a signup records when it names none. */
export const DEFAULT_PRIVACY_VERSION = '2026-01';
/** Days after an event that its signups are deleted. */
export const DEFAULT_RETENTION_DAYS = 30;
/** Signup requests per minute from one address. */
export const DEFAULT_SIGNUP_RATE = 10;
/** Days an idempotency key is kept: a client's retries come within minutes, so a week is ample. */
export const IDEMPOTENCY_KEY_DAYS = 7;

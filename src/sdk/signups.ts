import type { FeedHttp } from './feed-http.js';
import { INVALID, parseEventId } from '../contract/compiled-checkers.js';
import type { SignupAnswer, SignupRequest } from '../contract/schema.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { usageError } from './usage-error.js';

/** The feed keeps at most this many characters of an `Idempotency-Key`; a UUID has 36. */
const MAX_KEY_LENGTH = 255;

/**
 * What a signup call takes.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * await client.signups.cancel(token, { signal: controller.signal });
 * ```
 */
export interface WriteOptions {
  /** Aborts the call; it then rejects with the signal's reason. Whether the feed already acted is then unknown. */
  signal?: AbortSignal;
}

/**
 * What `signups.create()` takes besides the signup.
 *
 * @example
 * ```ts
 * // One key per signup, kept until it is answered: a retry with it can never sign up twice.
 * const idempotencyKey = newIdempotencyKey();
 * const answer = await client.signups.create(eventId, input, { idempotencyKey });
 * ```
 */
export interface CreateSignupOptions extends WriteOptions {
  /**
   * The `Idempotency-Key`: the same signup sent again with the same key gets the first answer and never a second
   * seat. Default a new UUID per call, which covers the client's own retries; pass your own to retry across calls
   * (a "Try again" button after a network error).
   */
  idempotencyKey?: string;
}

/**
 * Signing up for events and cancelling signups.
 *
 * @example
 * ```ts
 * const answer = await client.signups.create('fundraising-kursus-maribo', {
 *   name: 'Mette Hansen',
 *   email: 'mette@example.dk',
 *   consent: true,
 * });
 * if (answer.status === 'waitlisted') console.log(`Number ${answer.waitlistPosition} on the waitlist`);
 * ```
 */
export interface SignupsApi {
  /**
   * Signs up for an event: `confirmed`, or `waitlisted` with a position. The input is checked first; what the feed
   * would refuse rejects with a `KulturInputError` and sends nothing. Refusals by the feed (full, closed, field errors,
   * a field the event does not ask for) reject with a `KulturHttpError` whose `problem` says why. An address that is
   * signed up already gets the answer a new one would (its owner is told by mail), so the answer never reveals who is
   * on the list. Network errors and 5xx are retried with the same `Idempotency-Key`, so a lost answer never makes a
   * second signup.
   */
  create(eventId: string, input: SignupRequest, options?: CreateSignupOptions): Promise<SignupAnswer>;
  /**
   * Cancels a signup by its cancel token, the last part of the link in the person's confirmation mail (it is never
   * in the answer to `create`: only the address's owner gets it). A waitlisted person moves up. Cancelling again
   * succeeds too; a token the feed never issued rejects with a `KulturHttpError` 404.
   */
  cancel(cancelToken: string, options?: WriteOptions): Promise<void>;
}

/** The signup calls of a client whose feed is at `base` (absolute, ending in `/`). */
export function createSignupsApi(base: string, http: FeedHttp): SignupsApi {
  return {
    async create(eventId, input, { idempotencyKey = newIdempotencyKey(), signal } = {}) {
      if (parseEventId(eventId) === INVALID) {
        const message = `signups.create() takes an event id (lower-case letters, digits and hyphens); got ${JSON.stringify(eventId)}.`;
        throw usageError(message, 'signups');
      }
      if (typeof idempotencyKey !== 'string' || !idempotencyKey.trim() || idempotencyKey.length > MAX_KEY_LENGTH) {
        const message = `signups.create() takes an idempotencyKey of 1 to ${MAX_KEY_LENGTH} characters, such as newIdempotencyKey() makes; got ${JSON.stringify(idempotencyKey)}.`;
        throw usageError(message, 'signups');
      }
      // A signup is checked with the checkers compiled from its schemas, loaded when one is sent (the form's chunk has
      // asked for them already): the CDN bundle, which every page with a listing downloads first, carries neither them
      // nor zod, and a signup that is taken loads no zod at all (issue 21). zod words what a checker refuses.
      const { signupAnswerOf, signupBody } = await import('./signup-checks.js');
      const body = await signupBody(input);

      const url = `${base}events/${eventId}/signups`;
      const answer = await http.request(url, {
        method: 'POST',
        json: body,
        headers: { 'idempotency-key': idempotencyKey },
        signal,
      });
      return signupAnswerOf(answer.kind === 'body' ? answer.json : undefined, url);
    },

    async cancel(cancelToken, { signal } = {}) {
      if (typeof cancelToken !== 'string' || !cancelToken.trim()) {
        throw usageError(
          `signups.cancel() takes the cancel token from the link in a confirmation mail; got ${JSON.stringify(cancelToken)}.`,
          'signups',
        );
      }
      await http.request(`${base}signups/${encodeURIComponent(cancelToken)}`, { method: 'DELETE', signal });
    },
  };
}

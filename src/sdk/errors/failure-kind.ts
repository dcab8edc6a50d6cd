import { isKulturError } from './is-kultur-error.js';

/**
 * What went wrong with a call to the feed, as the person at the screen and the one who set it up need to know it:
 *
 * - `offline`: the browser says it has no network; the visitor's own connection.
 * - `unreachable`: online, but no answer came (a wrong host, the feed down, or CORS or CSP refusing it).
 * - `timeout`: the feed did not answer within the client's `timeout`.
 * - `wrong-address`: a 404 that is no Kultur feed's answer for one thing, so `baseUrl` is not the feed's address.
 * - `not-a-feed`: an answer that is not the Kultur contract: HTML where JSON was expected, JSON of another shape.
 * - `not-found`: the feed says the one thing asked for (an event, a cancel token) does not exist.
 * - `busy`: 429, the feed asks the client to slow down.
 * - `server`: 5xx, the feed failed.
 * - `refused`: another 4xx: the feed refused what was asked (a bad filter, a site it does not allow), or the SDK
 *   refused to send it (`KulturInputError`).
 * - `other`: not an error of the feed at all: a bug, or an error from outside the SDK.
 *
 * @example
 * ```ts
 * for (const kind of FAILURE_KINDS) console.log(kind, texts[kind]);
 * ```
 */
export const FAILURE_KINDS = [
  'offline',
  'unreachable',
  'timeout',
  'wrong-address',
  'not-a-feed',
  'not-found',
  'busy',
  'server',
  'refused',
  'other',
] as const;

/**
 * One of {@link FAILURE_KINDS}: the kind of a failure, from {@link failureKindOf}.
 *
 * @example
 * ```ts
 * const retryable: FailureKind[] = ['offline', 'unreachable', 'timeout', 'busy', 'server'];
 * ```
 */
export type FailureKind = (typeof FAILURE_KINDS)[number];

/**
 * The kind of a failure, so a view can say what failed in its own words without parsing statuses and problem types.
 * A 404 counts as `not-found` only when a Kultur feed says so (problem type `urn:kultur:problem:not-found`) for one
 * thing; for a collection (`/events`, `/municipalities`, `/categories`), which a feed always has, or from anything
 * that is not a Kultur feed, it means the address is wrong. Reads `navigator.onLine` where there is one.
 *
 * @example
 * ```ts
 * try {
 *   show(await client.events.get(id));
 * } catch (error) {
 *   const kind = failureKindOf(error);
 *   if (kind === 'not-found') showGone();
 *   else if (kind === 'other') throw error;
 *   else showMessage(texts[kind]);
 * }
 * ```
 */
export function failureKindOf(error: unknown): FailureKind {
  const online = (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine !== false;
  if (isKulturError(error, 'KulturNetworkError')) return online ? 'unreachable' : 'offline';
  if (isKulturError(error, 'KulturTimeoutError')) return online ? 'timeout' : 'offline';
  if (isKulturError(error, 'KulturValidationError')) return 'not-a-feed';
  if (isKulturError(error, 'KulturInputError')) return 'refused';
  if (!isKulturError(error, 'KulturHttpError')) return 'other';
  const { status } = error;
  if (status === 404) {
    const one = !/\/(events|municipalities|categories)$/.test(error.url.split(/[?#]/)[0]!);
    return one && error.problem?.type === 'urn:kultur:problem:not-found' ? 'not-found' : 'wrong-address';
  }
  // A feed answers errors with 4xx and 5xx only; a 304 nobody asked for is no feed's answer.
  return status < 400 ? 'not-a-feed' : status === 429 ? 'busy' : status > 499 ? 'server' : 'refused';
}

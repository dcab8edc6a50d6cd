/**
 * The kinds of problem the feed answers a refused request with. The problem's `type` (RFC 9457) is
 * `urn:kultur:problem:` and the kind: a stable name clients may branch on, where the `title` is for people.
 *
 * @module
 */

/**
 * Every kind of problem, in the order the feed's docs list them.
 *
 * @example
 * ```ts
 * for (const kind of PROBLEM_KINDS) console.log(problemType(kind), PROBLEM_TITLES[kind]);
 * ```
 */
export const PROBLEM_KINDS = [
  'invalid-parameter',
  'invalid-body',
  'malformed-json',
  'unsupported-media-type',
  'payload-too-large',
  'unauthorized',
  'sign-in-link-invalid',
  'csrf-failed',
  'cross-site-request',
  'forbidden',
  'origin-not-allowed',
  'not-found',
  'method-not-allowed',
  'conflict',
  'invalid-header',
  'no-signup',
  'signup-not-open',
  'signup-closed',
  'signup-full',
  'idempotency-key-reused',
  'form-token-invalid',
  'form-sent-too-soon',
  'submissions-off',
  'submission-link-invalid',
  'too-many-requests',
  'unavailable',
  'internal',
] as const;

/**
 * One kind of problem: what a client branches on.
 *
 * @example
 * ```ts
 * const handled: ProblemKind[] = ['signup-full', 'signup-closed'];
 * if (handled.includes(kind)) showRefusal(kind);
 * ```
 */
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/**
 * What a person reads as the problem's `title`, in English like the rest of the feed's problem details.
 *
 * @example
 * ```ts
 * PROBLEM_TITLES['signup-full']; // 'The event is full'
 * ```
 */
export const PROBLEM_TITLES: Readonly<Record<ProblemKind, string>> = {
  'invalid-parameter': 'A query parameter is not valid',
  'invalid-body': 'The request body is not valid',
  'malformed-json': 'The request body is not valid JSON',
  'unsupported-media-type': 'The request body is not of a type this call takes',
  'payload-too-large': 'The request body is too large',
  unauthorized: 'Sign in, or send a valid publishing token',
  'sign-in-link-invalid': 'The sign-in link is not valid any more',
  'csrf-failed': "The request lacks the session's CSRF token",
  'cross-site-request': "The request came from another site's page",
  forbidden: 'Your role does not allow this',
  'origin-not-allowed': 'This website may not send this request to the feed',
  'not-found': 'Not found',
  'method-not-allowed': 'Method not allowed',
  conflict: 'Conflict',
  'invalid-header': 'A request header is missing or not valid',
  'no-signup': 'This event takes no signups through the feed',
  'signup-not-open': 'Signup has not opened yet',
  'signup-closed': 'Signup is closed',
  'signup-full': 'The event is full',
  'idempotency-key-reused': 'The Idempotency-Key was used for another request',
  'form-token-invalid': 'The form is too old or was not made by this feed',
  'form-sent-too-soon': 'The form was sent too soon after it was shown',
  'submissions-off': 'This feed takes no submitted events',
  'submission-link-invalid': 'The confirmation link is not valid any more',
  'too-many-requests': 'Too many requests',
  unavailable: 'The service is unavailable',
  internal: 'Internal server error',
};

const PREFIX = 'urn:kultur:problem:';

/**
 * The URI that names a kind of problem (its RFC 9457 `type`).
 *
 * @example
 * ```ts
 * problemType('signup-full'); // 'urn:kultur:problem:signup-full'
 * ```
 */
export function problemType(kind: ProblemKind): string {
  return `${PREFIX}${kind}`;
}

/**
 * The kind a problem `type` names: one of `PROBLEM_KINDS` (or a kind a newer feed added), or undefined for a type that
 * is not the feed's, such as another server's problem details. Not checked against the list, so a browser bundle
 * that only branches on a few kinds does not carry them all.
 *
 * @example
 * ```ts
 * problemKindOf('urn:kultur:problem:signup-full'); // 'signup-full'
 * problemKindOf('about:blank'); // undefined
 * ```
 */
export function problemKindOf(type: string | undefined): string | undefined {
  return type?.startsWith(PREFIX) ? type.slice(PREFIX.length) : undefined;
}

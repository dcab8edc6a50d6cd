import type { ProblemDetails, ProblemField } from '../../../src/sdk/schema.js';

/** Problem types are stable names clients may branch on; `title` is for people. */
export type ProblemKind =
  | 'invalid-parameter'
  | 'invalid-body'
  | 'malformed-json'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'unauthorized'
  | 'origin-not-allowed'
  | 'not-found'
  | 'method-not-allowed'
  | 'conflict'
  | 'invalid-header'
  | 'no-signup'
  | 'signup-not-open'
  | 'signup-closed'
  | 'signup-full'
  | 'idempotency-key-reused'
  | 'too-many-requests'
  | 'unavailable'
  | 'internal';

const titles: Record<ProblemKind, string> = {
  'invalid-parameter': 'A query parameter is not valid',
  'invalid-body': 'The request body is not valid',
  'malformed-json': 'The request body is not valid JSON',
  'unsupported-media-type': 'The request body must be JSON',
  'payload-too-large': 'The request body is too large',
  unauthorized: 'A valid publishing token is required',
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
  'too-many-requests': 'Too many requests',
  unavailable: 'The service is unavailable',
  internal: 'Internal server error',
};

/** The URI that names a kind of problem (RFC 9457 `type`). */
export function problemType(kind: ProblemKind): string {
  return `urn:kultur:problem:${kind}`;
}

/**
 * A request the server refuses. Thrown anywhere in a handler; the app's error handler turns it into an
 * `application/problem+json` response.
 */
export class ProblemError extends Error {
  readonly problem: ProblemDetails;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    kind: ProblemKind,
    detail: string,
    options: { errors?: ProblemField[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
    this.problem = { type: problemType(kind), title: titles[kind], status, detail, errors: options.errors };
    this.headers = options.headers ?? {};
  }
}

/** Renders problem details; personal or not, a refusal is never cached. */
export function problemResponse(problem: ProblemDetails, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...headers },
  });
}

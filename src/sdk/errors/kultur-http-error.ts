import type { ProblemDetails } from '../../contract/schema.js';
import { KulturError } from './kultur-error.js';

/** What the person using the SDK can do about a status, in a few words. */
function advice(status: number): string {
  if (status === 404) return 'Check the id or path, and that baseUrl is the feed with its version (such as …/v1).';
  if (status === 429) return 'The feed asks clients to slow down; try again in a little while.';
  if (status >= 500) return 'The feed has a problem of its own; try again later, and tell its operator if it lasts.';
  return 'Check the query or input you passed; the problem details name what the feed refused.';
}

/**
 * The feed answered with an error status (4xx or 5xx) after any retries. `problem` holds the feed's RFC 9457 problem
 * details when it sent them, with `errors` naming each refused parameter.
 *
 * @example
 * ```ts
 * try {
 *   await client.events.get('no-such-event');
 * } catch (error) {
 *   if (error instanceof KulturHttpError && error.status === 404) showNotFound();
 *   else throw error;
 * }
 * ```
 */
export class KulturHttpError extends KulturError {
  override name = 'KulturHttpError' as const;
  /** The HTTP status, such as 404 or 503. */
  readonly status: number;
  /** The URL that was requested. */
  readonly url: string;
  /** The feed's problem details, when the answer was `application/problem+json`. */
  readonly problem: ProblemDetails | undefined;

  constructor(init: { status: number; url: string; method?: string; problem?: ProblemDetails | undefined }) {
    const { status, url, method = 'GET', problem } = init;
    const said = problem?.detail ?? problem?.title;
    super(`The feed answered ${status} to ${method} ${url}${said ? `: ${said}` : '.'} ${advice(status)}`);
    this.status = status;
    this.url = url;
    this.problem = problem;
  }
}

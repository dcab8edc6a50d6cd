import type { Context } from 'hono';
import { ProblemError, problemResponse } from './problem.js';

/**
 * Whether the client closed the connection before its request was answered, such as an upload cut off half-way:
 * reading the body then fails through no fault of the server's. @hono/node-server aborts the request's signal when
 * the connection closes, before the failed read reaches the error handler.
 */
export function abortedByClient(c: Context): boolean {
  return c.req.raw.signal.aborted;
}

/**
 * Logs such a request in one line rather than as an error with its stack, and answers it (nobody will read the
 * answer). The path is logged as sent, percent-encoded, so a request cannot write a line of its own into the log.
 */
export function answerAbortedByClient(c: Context): Response {
  console.warn(`request aborted by the client: ${c.req.method} ${new URL(c.req.url).pathname}`);
  const problem = new ProblemError(400, 'invalid-body', 'The connection closed before the whole request arrived.');
  return problemResponse(problem.problem, problem.headers);
}

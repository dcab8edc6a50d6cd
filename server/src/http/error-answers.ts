import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { isStorageBusy } from '../db/storage-busy.js';
import { abortedByClient, answerAbortedByClient } from './client-abort.js';
import { ProblemError, problemResponse, problemType } from './problem.js';

/** Seconds a client is asked to wait after the database gave up on a lock: others' transactions take milliseconds. */
const BUSY_RETRY_AFTER_S = 1;

/** A path no room serves: a 404 that points at the feed and its description. */
export const answerNotFound: NotFoundHandler = (c: Context) =>
  problemResponse({
    type: problemType('not-found'),
    title: 'Not found',
    status: 404,
    detail: `Nothing at ${new URL(c.req.url).pathname}. The feed is under /v1; GET /v1/openapi.json describes it.`,
  });

/** Every error a route throws, as problem details: the refusals it meant, a busy database, a client gone, our bugs. */
export const answerError: ErrorHandler = (error, c) => {
  if (error instanceof ProblemError) return problemResponse(error.problem, error.headers);
  if (isStorageBusy(error)) {
    const busy = new ProblemError(
      503,
      'unavailable',
      'The feed is busy with other requests for the same event and gave up waiting. Nothing was stored: send the ' +
        'same request again in a moment (with the same Idempotency-Key for a signup).',
      { headers: { 'retry-after': String(BUSY_RETRY_AFTER_S) } },
    );
    return problemResponse(busy.problem, busy.headers);
  }
  // A client that hung up, say half-way through an upload, is not a bug of ours.
  if (abortedByClient(c)) return answerAbortedByClient(c);
  // Only our own bugs get here; the client did nothing wrong, and learns nothing internal.
  console.error(error);
  return problemResponse({
    type: problemType('internal'),
    title: 'Internal server error',
    status: 500,
    detail: 'The feed failed to answer. The error is logged; please try again later.',
  });
};

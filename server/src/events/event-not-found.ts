import { ProblemError } from '../http/problem.js';

/** The 404 for an event id nobody published (or one deleted since): the same words on every route that names one. */
export function eventNotFound(id: string): ProblemError {
  return new ProblemError(404, 'not-found', `No event has the id "${id}".`);
}

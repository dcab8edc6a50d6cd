import type { MiddlewareHandler } from 'hono';
import { ProblemError } from './problem.js';

/**
 * Refuses an address that holds the NUL character (`%00`): no id, cancel token or parameter of the feed has one, and
 * PostgreSQL cannot even be asked about it (its text type has no NUL), so without this check such a request would be a
 * 500 on one backend and a 404 on the other. JSON bodies get the same check where they are read (`json-body.ts`).
 */
export function refuseNul(): MiddlewareHandler {
  return async (c, next) => {
    const { pathname, search } = new URL(c.req.url);
    if (/%00/i.test(pathname) || /%00/i.test(search)) {
      const where = /%00/i.test(pathname) ? 'path' : 'query';
      throw new ProblemError(
        400,
        'invalid-parameter',
        `The ${where} holds the NUL character (%00), which no id, token or parameter of the feed contains.`,
        { errors: [{ path: where, message: 'must not contain the NUL character (%00)' }] },
      );
    }
    await next();
  };
}

import type { MiddlewareHandler } from 'hono';

/**
 * `X-Content-Type-Options: nosniff` on every answer, refusals and static files included: a browser never guesses
 * that a JSON body, a CSV export or an iCalendar file is HTML or script. Pages set their own policy on top
 * (`cancelPageHeaders`, `listingHeaders`).
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('x-content-type-options', 'nosniff');
  };
}

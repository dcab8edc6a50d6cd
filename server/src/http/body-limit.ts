import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ProblemError } from './problem.js';

/** Largest request body: an event with a 20,000-character description fits with room to spare. */
export const MAX_BODY_BYTES = 128 * 1024;

/**
 * Refuses a larger body with 413, and closes the connection rather than read the rest. `larger` names the paths that
 * take more (an upload), by exact path, each with its own limit; every other path keeps `MAX_BODY_BYTES`.
 */
export function requestBodyLimit(larger: Readonly<Record<string, number>> = {}): MiddlewareHandler {
  const limited = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        // The rest of the body is never read: the connection must not carry another request (RFC 9112, 9.6).
        throw new ProblemError(413, 'payload-too-large', `Send at most ${maxSize} bytes in one request.`, {
          headers: { connection: 'close' },
        });
      },
    });
  const standard = limited(MAX_BODY_BYTES);
  const exceptions = new Map(Object.entries(larger).map(([path, maxSize]) => [path, limited(maxSize)]));
  return (c, next) => (exceptions.get(c.req.path) ?? standard)(c, next);
}

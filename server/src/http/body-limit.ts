import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ProblemError } from './problem.js';

/** Largest request body: an event with a 20,000-character description fits with room to spare. */
export const MAX_BODY_BYTES = 128 * 1024;

/** Refuses a larger body with 413, and closes the connection rather than read the rest. */
export function requestBodyLimit(): MiddlewareHandler {
  return bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      // The rest of the body is never read: the connection must not carry another request (RFC 9112, 9.6).
      throw new ProblemError(413, 'payload-too-large', `Send at most ${MAX_BODY_BYTES} bytes in one request.`, {
        headers: { connection: 'close' },
      });
    },
  });
}

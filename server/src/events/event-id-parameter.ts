import type { Context } from 'hono';
import { EventIdSchema } from '@kulturregion/kultur/contract';
import { ProblemError } from '../http/problem.js';

/** The `{id}` of an event's path, or a 400 that says what an id looks like. */
export function readEventId(c: Context): string {
  const id = c.req.param('id') ?? '';
  if (!EventIdSchema.safeParse(id).success) {
    throw new ProblemError(400, 'invalid-parameter', `id: "${id}" is not an event id.`, {
      errors: [
        { path: 'id', message: 'lower-case letters, digits and hyphens, at most 64, starting with a letter or digit' },
      ],
    });
  }
  return id;
}

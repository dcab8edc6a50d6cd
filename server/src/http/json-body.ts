import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { ProblemField } from '../../../src/sdk/schema.js';
import { ProblemError } from './problem.js';
import { fieldsOf, summarise } from './zod-problems.js';

/** Bodies are JSON; `application/json` with or without a charset, or a `+json` type. */
const jsonType = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * Reads and validates a JSON body, refusing with a problem that says what to change. `toFields` words the refused
 * fields; by default with zod's issue codes.
 */
export async function readJsonBody<T extends z.ZodMiniType>(
  c: Context,
  schema: T,
  toFields: (error: z.core.$ZodError) => ProblemField[] = fieldsOf,
): Promise<z.output<T>> {
  const type = c.req.header('content-type') ?? '';
  if (!jsonType.test(type)) {
    throw new ProblemError(
      415,
      'unsupported-media-type',
      `Send the body as JSON with "Content-Type: application/json"; got ${type ? `"${type}"` : 'no content type'}.`,
    );
  }
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new ProblemError(400, 'malformed-json', `The body could not be parsed as JSON: ${(error as Error).message}.`);
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    const errors = toFields(result.error);
    throw new ProblemError(400, 'invalid-body', summarise(errors), { errors });
  }
  return result.data;
}

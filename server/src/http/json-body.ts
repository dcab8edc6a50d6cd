import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { ProblemField } from '@kulturregion/kultur/contract';
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
  const nul = pathOfNul(text, body);
  if (nul !== undefined) {
    const message = 'must not contain the NUL character (U+0000)';
    throw new ProblemError(400, 'invalid-body', `${nul} ${message}.`, {
      errors: [{ path: nul, message, code: 'invalid' }],
    });
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    const errors = toFields(result.error);
    throw new ProblemError(400, 'invalid-body', summarise(errors), { errors });
  }
  return result.data;
}

/**
 * Where a parsed body holds the NUL character, as a dotted path (`venue.name`, `(body)` for the whole), or undefined.
 * No text of the feed contains one, and PostgreSQL's text type cannot store it: refused here, the same on every backend.
 * JSON can only carry it escaped, so bodies without `\u0000` are not walked; the walk keeps its own stack, as a body
 * may nest deeper than the call stack goes.
 */
function pathOfNul(text: string, body: unknown): string | undefined {
  if (!text.includes('\\u0000')) return undefined;
  const stack: Array<[unknown, string]> = [[body, '']];
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path || '(body)';
    } else if (typeof value === 'object' && value !== null) {
      // Pushed last to first, so the first field in the body that holds one is the one named.
      for (const [key, item] of Object.entries(value).reverse()) {
        if (key.includes('\u0000')) return path || '(body)';
        stack.push([item, path ? `${path}.${key}` : key]);
      }
    }
  }
  return undefined;
}

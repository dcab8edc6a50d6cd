import type * as z from 'zod/mini';
import type { ProblemField } from '../../../src/sdk/schema.js';

/** Turns schema issues into the `errors` of problem details, one per field, each naming it by its dotted path. */
export function fieldsOf(error: z.core.$ZodError, prefix = ''): ProblemField[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    return {
      path: keys.length ? [path, keys[0]].filter(Boolean).join('.') : path || '(body)',
      message: issue.message,
      code: issue.code,
    };
  });
}

/** One sentence that sums the field errors up for `detail`. */
export function summarise(fields: ProblemField[]): string {
  const [first, ...rest] = fields;
  if (!first) return 'The request is not valid.';
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''}, listed in errors)` : '';
  return `${first.path}: ${first.message}${more}.`;
}

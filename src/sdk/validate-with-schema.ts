import type * as z from 'zod/mini';
import { KulturValidationError } from './errors/kultur-validation-error.js';
import { toAnswerIssues } from './answer-issue.js';

/**
 * Parses a whole answer with `schema`, or throws `KulturValidationError` naming every field that does not fit. For the
 * answers no compiled checker stands for (the submission calls, whose form is a chunk of its own that may carry zod).
 */
export function validateWithSchema<Schema extends z.ZodMiniType>(
  schema: Schema,
  json: unknown,
  url: string,
): z.output<Schema> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new KulturValidationError({ url, issues: toAnswerIssues(parsed.error.issues) });
  return parsed.data;
}

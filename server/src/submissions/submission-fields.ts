import type * as z from 'zod/mini';
import type { ProblemField } from '@kulturregion/kultur/contract';
import { fieldsOf } from '../http/zod-problems.js';
import { signupCodeOf } from '../signups/signup-fields.js';

const SUBMITTER = 'submitter.';

/**
 * The `errors` of a refused submission, each with a stable code from `SIGNUP_FIELD_CODES`: the sender's fields are a
 * signup's (`submitter.phone` is coded as `phone` is), the honeypot and consent are the signup's own, so a form words
 * them the same way.
 */
export function submissionFieldsOf(error: z.core.$ZodError): ProblemField[] {
  return fieldsOf(error, (issue, path) =>
    signupCodeOf(issue, path.startsWith(SUBMITTER) ? path.slice(SUBMITTER.length) : path),
  ).map((field) =>
    field.code === 'honeypot' ? { ...field, message: 'must be left empty: it is a trap for robots' } : field,
  );
}

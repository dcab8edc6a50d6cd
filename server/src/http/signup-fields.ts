import type * as z from 'zod/mini';
import type { ProblemField, SignupFieldCode } from '../../../src/sdk/schema.js';
import { fieldsOf } from './zod-problems.js';

type Issue = z.core.$ZodIssue;

/** Fields whose every problem has one meaning, whatever the validator found. */
const fieldCodes: Partial<Record<string, SignupFieldCode>> = {
  website: 'honeypot',
  consent: 'consent-required',
  seats: 'invalid-seats',
  phone: 'invalid-phone',
};

/** Maps a schema issue on a signup to one of the stable `SIGNUP_FIELD_CODES`, so forms can word it themselves. */
export function signupCodeOf(issue: Issue, path: string): SignupFieldCode {
  if (issue.code === 'unrecognized_keys') return 'unknown-field';
  const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
  const blank = issue.code === 'too_small' && issue.origin === 'string';
  if (path !== 'consent' && (missing || blank)) return 'required';
  const byField = fieldCodes[path];
  if (byField) return byField;
  if (issue.code === 'too_big' && issue.origin === 'string') return 'too-long';
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'invalid-email';
  return 'invalid';
}

/** The `errors` of a refused signup, each with a stable code. */
export function signupFieldsOf(error: z.core.$ZodError): ProblemField[] {
  return fieldsOf(error, signupCodeOf).map((field) =>
    // The validator would say "at most 0 characters"; a person (or a developer) needs the reason.
    field.code === 'honeypot' ? { ...field, message: 'must be left empty: it is a trap for robots' } : field,
  );
}

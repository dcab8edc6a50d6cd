import type * as z from 'zod/mini';
import type { ProblemField, SignupFieldCode } from '../../../src/sdk/schema.js';
import { signupCodeOf as codeOfSignupIssue } from '../../../src/sdk/signup-issues.js';
import { fieldsOf } from './zod-problems.js';

type Issue = z.core.$ZodIssue;

/**
 * The stable code for a signup issue: the SDK's own mapping, so a form gets the same code whether the SDK refused the
 * input before sending or the feed refused it. The server runs zod's English locale, so "absent" is read from its
 * message.
 */
export function signupCodeOf(issue: Issue, path: string): SignupFieldCode {
  const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
  return codeOfSignupIssue(issue, path, missing);
}

/** The `errors` of a refused signup, each with a stable code. */
export function signupFieldsOf(error: z.core.$ZodError): ProblemField[] {
  return fieldsOf(error, signupCodeOf).map((field) =>
    // The validator would say "at most 0 characters"; a person (or a developer) needs the reason.
    field.code === 'honeypot' ? { ...field, message: 'must be left empty: it is a trap for robots' } : field,
  );
}

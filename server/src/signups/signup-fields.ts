import type * as z from 'zod/mini';
import type { ProblemField, SignupFieldCode } from '@kulturregion/kultur/contract';
import { signupCodeOf as codeOfSignupIssue } from '@kulturregion/kultur/contract';
import { fieldsOf } from '../http/zod-problems.js';

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
  // The validator would say "at most 0 characters" or show its pattern; a person (or a developer) needs the reason.
  return fieldsOf(error, signupCodeOf).map((field) => {
    switch (field.code) {
      case 'honeypot':
        return { ...field, message: 'must be left empty: it is a trap for robots' };
      case 'invalid-characters':
        return { ...field, message: characterRule(field.path) };
      default:
        return field;
    }
  });
}

function characterRule(path: string): string {
  return path === 'comment'
    ? 'must not hold control characters (other than tab and line breaks) or text-direction characters'
    : 'must be one line, without line breaks, control characters or text-direction characters';
}

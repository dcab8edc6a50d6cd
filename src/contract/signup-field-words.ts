import type * as z from 'zod/mini';
import type { SignupFieldCode } from './schema.js';

/**
 * One field of a signup that the feed would refuse, or did: `path` names the field (`email`, `seats`), `code` is one
 * of the stable `SIGNUP_FIELD_CODES`, so a form can word it in its own language, and `message` is a few English
 * words for developers. The same shape as the `errors` of the feed's problem details for a refused signup.
 *
 * @example
 * ```ts
 * const words: Partial<Record<SignupFieldCode, string>> = { required: 'Skriv noget her.' };
 * const show = (issue: SignupFieldIssue) => words[issue.code] ?? issue.message;
 * ```
 */
export interface SignupFieldIssue {
  readonly path: string;
  readonly code: SignupFieldCode;
  readonly message: string;
}

/** A few English words per code, for the error message and the console; forms word the codes themselves. */
const wording: Record<SignupFieldCode, string> = {
  required: 'is required',
  'too-long': 'is too long',
  'invalid-characters': 'must be plain text without control or text-direction characters (line breaks only in comment)',
  'invalid-email': 'must be an e-mail address',
  'invalid-phone': 'must be 6 to 20 digits, spaces, (), - and an optional leading +',
  'consent-required': 'must be true',
  'invalid-seats': 'must be a whole number of at least 1',
  'too-many-seats': "must be at most the event's maxSeatsPerSignup",
  'not-asked': 'is not asked for by this event (see its signup.fields): leave it out',
  honeypot: 'must be left empty: it is a trap for robots',
  'unknown-field': 'is not a known field; check the spelling',
  invalid: 'is not a valid value',
};

/** Fields whose every problem has one meaning, whatever the validator found. */
const codeByField: Partial<Record<string, SignupFieldCode>> = {
  website: 'honeypot',
  consent: 'consent-required',
  seats: 'invalid-seats',
  phone: 'invalid-phone',
};

/**
 * The stable code for one schema issue on a signup, as the feed gives it. `missing` says whether the field was absent:
 * it is read from the input itself, since zod's wording of that depends on the locale the page may have configured.
 *
 * @example
 * ```ts
 * const result = SignupRequestSchema.safeParse(input);
 * if (!result.success) for (const issue of result.error.issues) console.log(signupCodeOf(issue, 'email', false));
 * ```
 */
export function signupCodeOf(issue: z.core.$ZodIssue, path: string, missing: boolean): SignupFieldCode {
  if (issue.code === 'unrecognized_keys') return 'unknown-field';
  const blank = issue.code === 'too_small' && issue.origin === 'string';
  if (path !== 'consent' && ((issue.code === 'invalid_type' && missing) || blank)) return 'required';
  const byField = codeByField[path];
  if (byField) return byField;
  if (issue.code === 'too_big' && issue.origin === 'string') return 'too-long';
  // The only patterns of a signup's text fields are the character rules (the phone's is its own, above).
  if (issue.code === 'invalid_format' && issue.format === 'regex') return 'invalid-characters';
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'invalid-email';
  return 'invalid';
}

function issue(path: string, code: SignupFieldCode): SignupFieldIssue {
  return { path, code, message: wording[code] };
}

/**
 * The field issues of a signup the schema refused: one entry a field, the first problem found (the one to fix first).
 * `input` is what was checked; `issues` what `SignupRequestSchema` found in it. Free of the schemas themselves, so the
 * SDK can load it only when it refuses input.
 *
 * @example
 * ```ts
 * const parsed = SignupRequestSchema.safeParse(input);
 * const issues = parsed.success ? [] : fieldIssuesOf(input, parsed.error.issues);
 * ```
 */
export function fieldIssuesOf(input: unknown, found: readonly z.core.$ZodIssue[]): SignupFieldIssue[] {
  const fields = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const issues = found.flatMap((each) => {
    const path = each.path.map(String).join('.');
    if (each.code === 'unrecognized_keys') return each.keys.map((key) => issue(key, 'unknown-field'));
    const value = path ? fields[path] : input;
    return [issue(path || '(body)', signupCodeOf(each, path, value === undefined))];
  });
  return issues.filter((each, index) => issues.findIndex((other) => other.path === each.path) === index);
}

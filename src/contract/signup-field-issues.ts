import { SignupRequestSchema } from './schema.js';
import { fieldIssuesOf, type SignupFieldIssue } from './signup-field-words.js';

export { fieldIssuesOf, signupCodeOf, type SignupFieldIssue } from './signup-field-words.js';

/**
 * What the feed would refuse in a signup, field by field, before anything is sent: `[]` when it would accept the
 * fields. Capacity, the signup window and `maxSeatsPerSignup` are the feed's to decide, so they are not checked here.
 *
 * @example
 * ```ts
 * const issues = checkSignup({ name: 'Mette Hansen', email: 'mette@', consent: true });
 * // [{ path: 'email', code: 'invalid-email', message: 'must be an e-mail address' }]
 * for (const { path, code } of issues) showFieldError(path, myWords[code]);
 * ```
 */
export function checkSignup(input: unknown): SignupFieldIssue[] {
  const parsed = SignupRequestSchema.safeParse(input);
  return parsed.success ? [] : fieldIssuesOf(input, parsed.error.issues);
}

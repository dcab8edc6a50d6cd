/**
 * A signup's checks, with the checkers compiled from `SignupRequestSchema` and `SignupAnswerSchema`
 * (`contract/compiled-signup-checkers.ts`): a signup that is taken, and its answer, load no zod (issue 21). The schemas,
 * and zod with them, are loaded only when a checker refuses, to say what is wrong in their own words. A module of its
 * own, which `signups.create()` imports when a signup is sent and the signup form when it first checks a field: the
 * CDN bundle, which every page with a listing downloads first, does not carry it, nor does the form's chunk.
 *
 * @module
 */
import { INVALID, parseSignupAnswer, parseSignupRequest } from '../contract/compiled-signup-checkers.js';
import type { SignupAnswer } from '../contract/schema.js';
import type { SignupFieldIssue } from '../contract/signup-field-words.js';
import { KulturInputError } from './errors/kultur-input-error.js';
import { KulturValidationError } from './errors/kultur-validation-error.js';
import { toAnswerIssues } from './answer-issue.js';

/**
 * What `signups.create()` sends for `input`: `SignupRequestSchema`'s data (text trimmed, `seats` 1 when absent). Throws
 * `KulturInputError` with the field issues where the schema refuses.
 */
export async function signupBody(input: unknown): Promise<unknown> {
  const data = parseSignupRequest(input);
  if (data !== INVALID) return data;
  const { SignupRequestSchema } = await import('./signup-schemas.js');
  const parsed = SignupRequestSchema.safeParse(input);
  // The checker and its schema agree (test/sdk/compiled-checkers.test.ts holds them to it); should they ever not, the
  // schema has the last word.
  if (parsed.success) return parsed.data;
  // The words for refused input are loaded when input is refused (issue 19: the questions' schemas took their room).
  const { fieldIssuesOf } = await import('../contract/signup-field-words.js');
  throw new KulturInputError({ issues: fieldIssuesOf(input, parsed.error.issues), call: 'signups.create()' });
}

/**
 * The feed's answer to a signup sent to `url`, as `SignupAnswerSchema` gives it. Throws `KulturValidationError` where it
 * does not fit.
 */
export async function signupAnswerOf(json: unknown, url: string): Promise<SignupAnswer> {
  const data = parseSignupAnswer(json);
  if (data !== INVALID) return data;
  const { SignupAnswerSchema } = await import('./signup-schemas.js');
  const checked = SignupAnswerSchema.safeParse(json);
  if (checked.success) return checked.data;
  throw new KulturValidationError({ url, method: 'POST', issues: toAnswerIssues(checked.error.issues) });
}

/** A signup the schema takes, to stand in for the fields a form has not yet asked about (see `signupIssuesOf`). */
const SOUND_SIGNUP: Record<string, unknown> = { name: 'Mette Hansen', email: 'mette@example.dk', consent: true };

/**
 * `checkSignup(input)`, asked of the compiled checker first: a signup the feed would take loads no zod, and the schema
 * words the issues only when the checker refuses. With `field` (a field's path, such as `email` or `answers.kost`), only
 * that field's issues, and the other fields do not count: a form checks the field a person leaves while the rest is
 * still empty, and that loads no zod either where the field is right. (The schema checks each field apart from the
 * others, with no rule across fields, so a field is refused alone exactly when it is refused among the rest.)
 */
export async function signupIssuesOf(input: Record<string, unknown>, field?: string): Promise<SignupFieldIssue[]> {
  let checked = input;
  if (field !== undefined) {
    const key = field.split('.')[0]!;
    checked = { ...SOUND_SIGNUP };
    delete checked[key];
    if (Object.hasOwn(input, key)) checked[key] = input[key];
  }
  if (parseSignupRequest(checked) !== INVALID) return [];
  const { checkSignup } = await import('../contract/signup-field-issues.js');
  const issues = checkSignup(input);
  return field === undefined ? issues : issues.filter((issue) => issue.path === field);
}

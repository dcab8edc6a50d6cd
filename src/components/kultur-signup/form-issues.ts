import { SIGNUP_FIELDS } from '../../contract/contract-constants.js';
import type { SignupFieldCode } from '../../sdk/index.js';
import type { SignupTexts } from './signup-texts.js';

/** What can be wrong with a field of the form: a code of the feed's. */
export type FormIssueCode = SignupFieldCode;

/** One field's problem, kept as a code so a change of language re-words it. `path` is the field's name. */
export interface FormIssue {
  readonly path: string;
  readonly code: FormIssueCode;
}

/** The words for a field's problem, in the form's language; `maxSeats` is the event's limit per signup. */
export function fieldMessage(issue: FormIssue, t: SignupTexts, maxSeats: number): string {
  switch (issue.code) {
    case 'required':
      if (issue.path.startsWith('answers.')) return t.requiredAnswer;
      if (issue.path === 'name') return t.requiredName;
      if (issue.path === 'email') return t.requiredEmail;
      return t.required;
    case 'consent-required':
      return t.requiredConsent;
    case 'too-long':
      return t.tooLong;
    case 'invalid-characters':
      return issue.path === 'comment' ? t.invalidCharactersComment : t.invalidCharacters;
    case 'invalid':
      return issue.path.startsWith('answers.') ? t.invalidAnswer : t.invalid;
    case 'invalid-email':
      return t.invalidEmail;
    case 'invalid-phone':
      return t.invalidPhone;
    case 'invalid-seats':
      return t.invalidSeats;
    case 'too-many-seats':
      return t.tooManySeats(maxSeats);
    case 'not-asked':
      return t.notAsked;
    case 'honeypot':
    case 'unknown-field':
      return t.formRefused;
    default:
      return t.invalid;
  }
}

/**
 * Issues sorted as the fields stand in the form, so the summary reads top to bottom; `questions` are the paths of the
 * event's questions (`answers.<id>`), which stand after the fixed fields.
 */
export function inFormOrder(issues: readonly FormIssue[], questions: readonly string[] = []): FormIssue[] {
  const order = ['name', 'email', ...SIGNUP_FIELDS, ...questions, 'seats', 'consent'];
  const rank = (path: string) => (order.includes(path) ? order.indexOf(path) : order.length);
  return [...issues].sort((a, b) => rank(a.path) - rank(b.path));
}

/** The problem of the field named `name`, if it has one. */
export function issueOf(issues: readonly FormIssue[], name: string): FormIssue | undefined {
  return issues.find((issue) => issue.path === name);
}

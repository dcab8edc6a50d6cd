import type { SignupFieldIssue } from '../../contract/signup-field-issues.js';
import { KulturError } from './kultur-error.js';

/**
 * The SDK refused to send what it was given, because the feed would refuse it too: nothing was sent. `issues` names
 * each field with a stable code (`SIGNUP_FIELD_CODES`), the same codes the feed uses in its problem details, so a form
 * can show one set of messages for both.
 *
 * @example
 * ```ts
 * try {
 *   await client.signups.create(eventId, input);
 * } catch (error) {
 *   if (isKulturError(error, 'KulturInputError')) {
 *     for (const issue of error.issues) showFieldError(issue.path, issue.code);
 *   } else throw error;
 * }
 * ```
 */
export class KulturInputError extends KulturError {
  override name = 'KulturInputError' as const;
  /** What the feed would refuse, one entry a field. */
  readonly issues: readonly SignupFieldIssue[];

  constructor(init: { issues: readonly SignupFieldIssue[]; call: string }) {
    const { issues, call } = init;
    const listed = issues
      .slice(0, 3)
      .map((issue) => `${issue.path}: ${issue.message}`)
      .join('; ');
    const more = issues.length > 3 ? ` and ${issues.length - 3} more` : '';
    super(
      `${call} was not sent, as the feed would refuse it (${listed}${more}). Correct these fields; each issue has a ` +
        'stable code a form can word for people. See docs/feed-api.md#field-errors in @kulturregion/kultur.',
    );
    this.issues = issues;
  }
}

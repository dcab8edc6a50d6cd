import type { AnswerIssue } from '../answer-issue.js';
import { KulturError } from './kultur-error.js';

/**
 * The feed answered, but with data that does not fit the Kultur contract: not JSON, or not the shape `schema.ts`
 * describes. `issues` names each field. (One malformed event in a listing is not an error: it is left out and
 * reported through `onInvalid`.)
 *
 * @example
 * ```ts
 * try {
 *   await client.events.get('fundraising-2027-03-10');
 * } catch (error) {
 *   if (error instanceof KulturValidationError) console.error(error.issues);
 *   throw error;
 * }
 * ```
 */
export class KulturValidationError extends KulturError {
  override name = 'KulturValidationError' as const;
  /** The URL whose answer did not fit. */
  readonly url: string;
  /** What did not fit, field by field. */
  readonly issues: readonly AnswerIssue[];

  constructor(init: { url: string; issues: readonly AnswerIssue[]; method?: string }) {
    const { url, issues, method = 'GET' } = init;
    const listed = issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(the answer)'}: ${issue.message}`)
      .join('; ');
    const more = issues.length > 3 ? ` and ${issues.length - 3} more` : '';
    super(
      `The feed's answer to ${method} ${url} does not fit the Kultur feed contract (${listed}${more}). Check that ` +
        'baseUrl points at a Kultur feed with its version (such as …/v1); if it does, update @kulturregion/kultur.',
    );
    this.url = url;
    this.issues = issues;
  }
}

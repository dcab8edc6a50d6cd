/**
 * Sending an event in without an account (`@kulturregion/kultur/submissions`): the calls `<kultur-submit>` makes, for
 * forms of your own. An entry of its own, so an app that only lists events does not carry them.
 *
 * @example
 * ```ts
 * import { createKulturClient } from '@kulturregion/kultur/sdk';
 * import { submissionsOf } from '@kulturregion/kultur/submissions';
 *
 * const submissions = submissionsOf(createKulturClient({ baseUrl: 'https://feed.example.dk/v1' }));
 * const { token } = await submissions.formToken();
 * ```
 *
 * @packageDocumentation
 */
import {
  FormTokenSchema,
  SubmissionAnswerSchema,
  SubmissionConfirmedSchema,
  type FormToken,
  type SubmissionAnswer,
  type SubmissionConfirmed,
  type SubmissionRequest,
} from '../contract/submission.js';
import type { KulturClient } from './client.js';
import { FEED_HTTP, type WithFeedHttp } from './feed-http-key.js';
import type { FeedAnswer } from './feed-http.js';
import type { WriteOptions } from './signups.js';
import { usageError } from './usage-error.js';
import { validateWithSchema } from './validate-with-schema.js';

/**
 * Sending an event in without an account, as `<kultur-submit>` does: fetch a form token when the form is shown,
 * send the event with it, and the feed mails the sender a single-use confirmation link. Refusals reject with a
 * `KulturHttpError` whose `problem.errors` name each field by its path (`event.title`, `submitter.email`) with a code
 * from `SIGNUP_FIELD_CODES`; `form-sent-too-soon` (with `retryAfter`), `form-token-invalid`, `too-many-requests` and
 * `submissions-off` are the problem kinds of their own.
 *
 * @example
 * ```ts
 * const submissions = submissionsOf(client);
 * const { token } = await submissions.formToken();
 * // … the person fills the form in …
 * await submissions.send({ event, submitter: { name, email }, consent: true, formToken: token });
 * ```
 */
export interface SubmissionsApi {
  /** A new time-trap token (never cached): fetch it when the form is shown, and send it with the form. */
  formToken(options?: WriteOptions): Promise<FormToken>;
  /**
   * Sends the event in. The answer says the confirmation mail is on its way; nothing reaches the approval queue
   * until the sender uses its link. Never retried: a lost answer may mean a mail was sent.
   */
  send(input: SubmissionRequest, options?: WriteOptions): Promise<SubmissionAnswer>;
  /** Spends a confirmation code (the `#code=` of the mailed link); the feed's own page does this with a button. */
  confirm(code: string, options?: WriteOptions): Promise<SubmissionConfirmed>;
}

/**
 * The submission calls of a client made by `createKulturClient`. Kept outside the client object, so the bundle of a
 * page that only lists events does not carry them.
 *
 * @example
 * ```ts
 * import { createKulturClient } from '@kulturregion/kultur/sdk';
 * import { submissionsOf } from '@kulturregion/kultur/submissions';
 *
 * const client = createKulturClient({ baseUrl: 'https://feed.example.dk/v1' });
 * const { token, usableFrom } = await submissionsOf(client).formToken();
 * ```
 */
export function submissionsOf(client: KulturClient): SubmissionsApi {
  const http = (client as KulturClient & WithFeedHttp)[FEED_HTTP];
  if (!http) {
    throw usageError('submissionsOf() takes a client made by createKulturClient().', 'send-an-event-in');
  }
  const url = (path: string) => `${client.baseUrl}${path}`;
  const body = (answer: FeedAnswer) => (answer.kind === 'body' ? answer.json : undefined);
  return {
    async formToken({ signal } = {}) {
      const at = url('submissions/form-token');
      return validateWithSchema(FormTokenSchema, body(await http.request(at, { signal })), at);
    },
    async send(input, { signal } = {}) {
      const at = url('submissions');
      return validateWithSchema(
        SubmissionAnswerSchema,
        body(await http.request(at, { method: 'POST', json: input, signal })),
        at,
      );
    },
    async confirm(code, { signal } = {}) {
      const at = url('submissions/confirm');
      const answer = await http.request(at, { method: 'POST', json: { code }, signal });
      return validateWithSchema(SubmissionConfirmedSchema, body(answer), at);
    },
  };
}

export type {
  FormToken,
  SubmissionAnswer,
  SubmissionConfirmed,
  SubmissionRequest,
  SubmittedEvent,
  Submitter,
} from '../contract/submission.js';
export type { WriteOptions } from './signups.js';

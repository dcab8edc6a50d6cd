import {
  FormTokenSchema,
  SubmissionAnswerSchema,
  SubmissionConfirmRequestSchema,
  SubmissionConfirmedSchema,
  SubmissionRequestSchema,
} from '@kulturregion/kultur/contract';
import { inlineSchema, problem, type JsonSchema } from './openapi-parts.js';

const html = (description: string) => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });
const jsonOf = (schema: Parameters<typeof inlineSchema>[0], io: 'input' | 'output') => ({
  'application/json': { schema: inlineSchema(schema, io) },
});
const retryAfter = { 'Retry-After': { schema: { type: 'integer' } } };
const off = problem(
  'The feed has no public address for the confirmation link (`submissions-off`): its operator sets `--public-url`.',
);

/** Events sent in without an account (`submissions/submission-routes.ts`), in the OpenAPI document. */
export function submissionPaths(): Record<string, JsonSchema> {
  return {
    '/v1/submissions/form-token': {
      get: {
        operationId: 'getFormToken',
        summary: 'The time trap for the submission form: fetch it when the form is shown',
        description:
          'A signed moment (`Cache-Control: no-store`). A submission carrying it is refused when sent less than 3 ' +
          'seconds after it was issued (`form-sent-too-soon`, with `Retry-After`), more than a day after, or when it ' +
          'was not made by this feed (`form-token-invalid`). No cookie: nothing is stored per token.',
        responses: { 200: { description: 'The token.', content: jsonOf(FormTokenSchema, 'output') }, 403: off },
      },
    },
    '/v1/submissions': {
      post: {
        operationId: 'submitEvent',
        summary: 'Send an event in without an account: a confirmation link goes to the sender',
        description:
          'The event in the publishing shape without `id`, `status`, `image`, `signup` and `cancellationReason`; the ' +
          'sender’s name, address and optional phone; `consent: true`; the `formToken`; `website` is the honeypot ' +
          'and must be left out or empty. Nothing reaches the approval queue until the sender uses the single-use link ' +
          'mailed to the address given (24 hours). Field refusals carry codes from `SIGNUP_FIELD_CODES` under paths ' +
          'such as `event.title` and `submitter.email`. Any site’s page may send it unless `KULTUR_ALLOWED_ORIGINS` ' +
          'lists the sites that may.',
        requestBody: { required: true, content: jsonOf(SubmissionRequestSchema, 'input') },
        responses: {
          202: {
            description: 'Kept until confirmed; the mail is on its way.',
            content: jsonOf(SubmissionAnswerSchema, 'output'),
          },
          400: problem('A field is not valid (`errors`), or the form token is forged, too old or too new.'),
          403: problem('Sent from a page not in `KULTUR_ALLOWED_ORIGINS`, or `submissions-off`.'),
          415: problem('The body is not JSON.'),
          429: {
            ...problem(
              'Too many events from this client address, or 3 confirmation mails to the sender’s address wait to be ' +
                'used already; `Retry-After` says when to try again.',
            ),
            headers: retryAfter,
          },
        },
      },
    },
    '/v1/submissions/confirm': {
      get: {
        operationId: 'showConfirmPage',
        summary: 'The confirmation link’s page: a button that posts the code from the link’s `#code=`; never confirms',
        responses: { 200: html('A Danish page (with English) whose one script is the feed’s own.') },
      },
      post: {
        operationId: 'confirmSubmission',
        summary: 'Spend the confirmation code: the event waits for approval in its municipality’s queue',
        description: 'A form post (`code`) is answered with a page, JSON with JSON.',
        requestBody: {
          required: true,
          content: {
            ...jsonOf(SubmissionConfirmRequestSchema, 'input'),
            'application/x-www-form-urlencoded': { schema: inlineSchema(SubmissionConfirmRequestSchema, 'input') },
          },
        },
        responses: {
          200: {
            description: 'Waiting for approval now.',
            content: { ...jsonOf(SubmissionConfirmedSchema, 'output'), 'text/html': { schema: { type: 'string' } } },
          },
          400: problem('The code is unknown, used or older than 24 hours (`submission-link-invalid`).'),
        },
      },
    },
  };
}

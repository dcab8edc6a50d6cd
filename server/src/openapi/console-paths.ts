import { CONSOLE_STATES } from '../workbench/console-state.js';
import { ReasonBodySchema, SeriesBodySchema } from '../workbench/workbench-bodies.js';
import { PersonInputSchema, SessionRequestSchema, SignInRequestSchema } from '../accounts/person-input.js';
import { componentUri, inlineSchema, problem, type JsonSchema } from './openapi-parts.js';

/** Who may call the console's API: a person signed in, or a machine with a publishing token. */
const signedIn = [{ session: [] }, { bearer: [] }];
const noStore = { 'Cache-Control': { schema: { type: 'string', const: 'no-store' } } };
const body = (schema: JsonSchema) => ({ required: true, content: { 'application/json': { schema } } });
const answer = (description: string) => ({
  description,
  headers: noStore,
  content: { 'application/json': { schema: { type: 'object' } } },
});
const workingCopy = {
  type: 'object',
  required: ['input'],
  additionalProperties: false,
  properties: { input: { $ref: componentUri('EventInput') } },
};
const detail =
  'The event on the workbench: `{id, state, pendingChange, input, published, owner, seriesId, cancellationReason}`; ' +
  '`input` is the working copy (the draft, or the change waiting), `published` what the public sees or null.';
const consoleEventId = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
};
const refusals = {
  401: problem('Not signed in, and no valid publishing token.'),
  403: problem('The role may not do this (`forbidden`), or a signed-in change without the CSRF token.'),
  404: problem('No event the account may see has this id.'),
};

/** A step on one event: `POST /v1/console/events/{id}/{step}`. */
function step(operationId: string, summary: string, requestBody?: JsonSchema): JsonSchema {
  return {
    parameters: [consoleEventId],
    post: {
      operationId,
      summary,
      security: signedIn,
      ...(requestBody ? { requestBody: body(requestBody) } : {}),
      responses: {
        200: answer(detail),
        ...refusals,
        409: problem('The step does not fit the event’s state; the detail says what to do instead.'),
      },
    },
  };
}

/**
 * The console's API in the OpenAPI document: signing in, people, and the workbench. Request bodies are converted from
 * the server's own schemas; the answers are described in words (their schemas are the publishing client's, in
 * `src/sdk/publishing/console-schemas.ts`).
 */
export function consolePaths(): Record<string, JsonSchema> {
  const reason = inlineSchema(ReasonBodySchema, 'input');
  return {
    '/v1/session/link': {
      post: {
        operationId: 'requestSignInLink',
        summary: 'Mail a single-use sign-in link to a person of the console',
        description:
          'Always `202`, whether or not the address has access, so it tells nobody who has. The link works once, ' +
          'for 15 minutes; at most 3 links an address in 15 minutes.',
        requestBody: body(inlineSchema(SignInRequestSchema, 'input')),
        responses: {
          202: answer('Sent, if the address has access.'),
          400: problem('Not an e-mail address.'),
          403: problem('Sent by another site’s page (`cross-site-request`).'),
          429: problem('Too many links asked for from this address; `Retry-After` says when to try again.'),
        },
      },
    },
    '/v1/session': {
      post: {
        operationId: 'signIn',
        summary: 'Sign in with the secret of a sign-in link: sets the session cookie',
        requestBody: body(inlineSchema(SessionRequestSchema, 'input')),
        responses: {
          200: {
            ...answer('`{person, csrfToken, expiresAt}`.'),
            headers: { ...noStore, 'Set-Cookie': { schema: { type: 'string' } } },
          },
          400: problem('The link is unknown, used or expired (`sign-in-link-invalid`).'),
          403: problem('Sent by another site’s page.'),
        },
      },
      get: {
        operationId: 'getSession',
        summary: 'Who is signed in, and the CSRF token for changes',
        security: [{ session: [] }],
        responses: { 200: answer('`{person, csrfToken, expiresAt}`.'), 401: problem('Not signed in.') },
      },
      delete: {
        operationId: 'signOut',
        summary: 'Sign this browser out',
        security: [{ session: [] }],
        responses: { 204: { description: 'Signed out.' }, 403: problem('Without the CSRF token.') },
      },
    },
    '/v1/sessions': {
      delete: {
        operationId: 'signOutEverywhere',
        summary: 'Sign the person out in every browser',
        security: [{ session: [] }],
        responses: { 204: { description: 'Signed out everywhere.' }, 403: problem('Without the CSRF token.') },
      },
    },
    '/v1/people': {
      get: {
        operationId: 'listPeople',
        summary: 'The people with access (admins)',
        security: signedIn,
        responses: { 200: answer('`{items}`: `{id, email, name, role, municipalities}`.'), ...refusals },
      },
      post: {
        operationId: 'invitePerson',
        summary: 'Give a person access and mail them so (admins)',
        security: signedIn,
        requestBody: body(inlineSchema(PersonInputSchema, 'input')),
        responses: {
          201: answer('The person, with `Location`.'),
          400: problem('Not a person: an editor needs a municipality, and only editors get any.'),
          ...refusals,
          409: problem('The address has access already.'),
        },
      },
    },
    '/v1/people/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      delete: {
        operationId: 'removePerson',
        summary: 'Take a person’s access away; their sessions end at once (admins)',
        security: signedIn,
        responses: {
          204: { description: 'Removed.' },
          ...refusals,
          409: problem('The last admin stays.'),
        },
      },
    },
    '/v1/console/events': {
      get: {
        operationId: 'listConsoleEvents',
        summary: 'The events the account may see, by state, with filters',
        security: signedIn,
        parameters: [
          { name: 'state', in: 'query', schema: { type: 'string', enum: [...CONSOLE_STATES] } },
          ...['municipality', 'category', 'from', 'to', 'q', 'limit', 'cursor'].map((name) => ({
            name,
            in: 'query',
            schema: { type: 'string' },
            description: 'As for `GET /v1/events`.',
          })),
        ],
        responses: {
          200: answer('`{items, nextCursor}`.'),
          400: problem('A query parameter is not valid.'),
          401: refusals[401],
        },
      },
      post: {
        operationId: 'createDraft',
        summary: 'Write a draft the public does not see',
        security: signedIn,
        requestBody: body(workingCopy),
        responses: {
          201: answer(detail),
          400: problem('Not a valid event.'),
          ...refusals,
          409: problem('The id is taken.'),
        },
      },
    },
    '/v1/console/events/{id}': {
      parameters: [consoleEventId],
      get: {
        operationId: 'getConsoleEvent',
        summary: 'One event on the workbench',
        security: signedIn,
        responses: { 200: answer(detail), ...refusals },
      },
      put: {
        operationId: 'saveWorkingCopy',
        summary: 'Save the working copy: an editor’s change to a published event is published, an organiser’s waits',
        security: signedIn,
        requestBody: body(workingCopy),
        responses: { 200: answer(detail), 400: problem('Not a valid event.'), ...refusals },
      },
      delete: {
        operationId: 'deleteDraft',
        summary: 'Delete a draft never published',
        security: signedIn,
        responses: { 204: { description: 'Deleted.' }, ...refusals, 409: problem('Published: cancel it instead.') },
      },
    },
    '/v1/console/events/{id}/submit': step('submitForApproval', 'Send the draft or change for approval'),
    '/v1/console/events/{id}/publish': step('publishOrApprove', 'Publish the draft, or approve what waits'),
    '/v1/console/events/{id}/reject': step('sendBack', 'Send what waits back to its author, with a reason', reason),
    '/v1/console/events/{id}/cancel': step(
      'cancelEvent',
      'Cancel a published event with a reason the public sees',
      reason,
    ),
    '/v1/console/events/{id}/copy': {
      parameters: [consoleEventId],
      post: {
        operationId: 'copyEvent',
        summary: 'A new draft with the same content',
        security: signedIn,
        responses: { 201: answer(detail), ...refusals },
      },
    },
    '/v1/console/events/{id}/changes': {
      parameters: [consoleEventId],
      get: {
        operationId: 'listChanges',
        summary: 'Who changed what and when, newest first',
        security: signedIn,
        responses: { 200: answer('`{items: [{at, who, action, summary}]}`.'), ...refusals },
      },
    },
    '/v1/console/series': {
      post: {
        operationId: 'createSeries',
        summary: 'Weekly or monthly events at the same time on the Danish clock, linked as a series',
        security: signedIn,
        requestBody: body(inlineSchema(SeriesBodySchema, 'input')),
        responses: { 201: answer('`{seriesId, items}`.'), 400: problem('Not a valid series.'), ...refusals },
      },
    },
    '/v1/console/venues': {
      get: {
        operationId: 'listVenues',
        summary: 'The venues of the events the account may see, each once',
        security: signedIn,
        parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }],
        responses: { 200: answer('`{items}`: venues.'), 401: refusals[401] },
      },
    },
    '/v1/console/places': {
      get: {
        operationId: 'findPlace',
        summary: 'The municipality of a postal code in the region',
        security: signedIn,
        parameters: [
          { name: 'postalCode', in: 'query', required: true, schema: { type: 'string', pattern: '^\\d{4}$' } },
        ],
        responses: {
          200: answer('`{postalCode, town, municipality}`.'),
          400: problem('Not a postal code.'),
          401: refusals[401],
          404: problem('Not a postal code in the region.'),
        },
      },
    },
  };
}

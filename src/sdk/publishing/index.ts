/**
 * Publishing to the Kultur feed: the calls of the console at `/admin/` (signing in, people, drafts and approval,
 * pictures) and the publishing API a municipality's CMS uses with a token. A separate entry from
 * `@kulturregion/kultur/sdk`, so a page that only reads the feed never carries it.
 *
 * Start with {@link createPublishingClient}. Failures are the SDK's error family, exported here too.
 *
 * @example
 * ```ts
 * import { createPublishingClient, isKulturError } from '@kulturregion/kultur/publishing';
 *
 * const client = createPublishingClient({ baseUrl: 'https://feed.example.dk/v1', token: process.env.KULTUR_TOKEN });
 * try {
 *   const event = await client.createEvent(input);
 *   console.log(`Published ${event.id}`);
 * } catch (error) {
 *   if (isKulturError(error, 'KulturHttpError')) console.error(error.problem?.errors);
 *   else throw error;
 * }
 * ```
 *
 * @packageDocumentation
 */
export {
  createPublishingClient,
  type ImagesApi,
  type PeopleApi,
  type PublishingCallOptions,
  type PublishingClient,
  type PublishingClientOptions,
  type SessionApi,
  type WorkbenchApi,
} from './publishing-client.js';
export type { NumbersApi, ParticipantsApi } from './participants-api.js';
export * from './console-schemas.js';
export * from './participant-schemas.js';
export { type MessagesApi } from './message-client.js';
export * from './message-schemas.js';
export { KulturError } from '../errors/kultur-error.js';
export { KulturHttpError } from '../errors/kultur-http-error.js';
export { KulturNetworkError } from '../errors/kultur-network-error.js';
export { KulturTimeoutError } from '../errors/kultur-timeout-error.js';
export { KulturValidationError } from '../errors/kultur-validation-error.js';
export { isKulturError, type KulturErrorsByName } from '../errors/is-kultur-error.js';
export { problemKindOf, type ProblemKind } from '../../contract/problem-kinds.js';
export type {
  EventInput,
  KulturEvent,
  MunicipalityId,
  ProblemDetails,
  ProblemField,
  SignupRecord,
  Venue,
} from '../../contract/schema.js';

/**
 * The Kultur SDK: a typed client for the regional event feed of Kulturregion Storstrøm, for browsers and Node 22 or later.
 *
 * Start with {@link createKulturClient}. The feed's types and zod schemas (`KulturEvent`, `EventQuery`,
 * `EventSchema`, …) are exported from here too; they are the contract the client validates every answer against.
 *
 * @example
 * ```ts
 * import { createKulturClient, isKulturError } from '@kulturregion/kultur/sdk';
 *
 * const client = createKulturClient({ baseUrl: 'https://feed.example.dk/v1' });
 * try {
 *   const { items } = await client.events.list({ municipality: ['vordingborg'], from: '2027-01-01' });
 *   render(items);
 * } catch (error) {
 *   if (isKulturError(error)) showMessage(error.message);
 *   else throw error;
 * }
 * ```
 *
 * @packageDocumentation
 */
export { createKulturClient, type EventsApi, type IcsQuery, type KulturClient } from './client.js';
export type { CallOptions, KulturClientOptions } from './client-options.js';
export { newIdempotencyKey } from './idempotency-key.js';
export type { CreateSignupOptions, SignupsApi, WriteOptions } from './signups.js';
export type { CacheOptions } from './response-cache.js';
export type { KulturRetryOptions } from './retry-policy.js';
export type { InvalidEventReport } from './validate-page.js';
export type { AnswerIssue } from './answer-issue.js';
export { KulturError } from './errors/kultur-error.js';
export { KulturHttpError } from './errors/kultur-http-error.js';
export { KulturInputError } from './errors/kultur-input-error.js';
export { KulturNetworkError } from './errors/kultur-network-error.js';
export { KulturTimeoutError } from './errors/kultur-timeout-error.js';
export { KulturValidationError } from './errors/kultur-validation-error.js';
export { isKulturError, type KulturErrorsByName } from './errors/is-kultur-error.js';
export { FAILURE_KINDS, failureKindOf, type FailureKind } from './errors/failure-kind.js';
// The contract's schemas and types, its signup rules, and the reading of problem types; the reference data and the
// full list of problem kinds stay in `@kulturregion/kultur/contract`, so an app that uses the SDK does not carry them.
export * from '../contract/schema.js';
export { checkSignup, type SignupFieldIssue } from '../contract/signup-field-issues.js';
export { problemKindOf, type ProblemKind } from '../contract/problem-kinds.js';

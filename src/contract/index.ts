/**
 * The feed contract, version 1: the zod schemas of every payload (the single source of truth the SDK, the elements
 * and the server share, and that the OpenAPI document is generated from), the region's reference data, the problem
 * kinds, and the signup field rules. `@kulturregion/kultur/contract`.
 *
 * @example
 * ```ts
 * import { EventSchema, MUNICIPALITIES } from '@kulturregion/kultur/contract';
 *
 * const event = EventSchema.parse(await (await fetch('https://feed.example.dk/v1/events/x')).json());
 * const where = MUNICIPALITIES.find((municipality) => municipality.id === event.municipality)?.name.da;
 * ```
 *
 * @packageDocumentation
 */
export * from './schema.js';
export * from './reference-data.js';
export * from './problem-kinds.js';
export * from './signup-field-issues.js';
export * from './questions.js';
export * from './submission.js';

import * as z from 'zod/mini';
import { EventInputSchema } from '@kulturregion/kultur/contract';
import { SERIES_EVERY } from './series-dates.js';

/** `POST` and `PUT /v1/console/events…`: the event as the publishing API takes it, under `input`. */
export const WorkingCopyBodySchema = z.strictObject({ input: EventInputSchema });

/** `/reject` and `/cancel`: why, in a person's words (the cancellation's is shown to the public). */
export const ReasonBodySchema = z.strictObject({
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
});

/** `POST /v1/console/series`: one event, repeated every week or month, `count` times in all. */
export const SeriesBodySchema = z.strictObject({
  input: EventInputSchema,
  repeat: z.strictObject({
    every: z.enum(SERIES_EVERY),
    count: z.int().check(z.gte(2), z.lte(52)),
  }),
  publish: z.optional(z.boolean()),
});

/**
 * The envelope of a listing page, its events not yet looked at: the SDK checks it whole (without it there is no page
 * to show) and then each event on its own, so one malformed event is left out instead of blanking the page.
 *
 * @module
 */
import * as z from 'zod/mini';

export const EventPageEnvelopeSchema = z.object({ items: z.array(z.unknown()), nextCursor: z.nullable(z.string()) });

export type EventPageEnvelope = z.infer<typeof EventPageEnvelopeSchema>;

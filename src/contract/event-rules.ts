import * as z from 'zod/mini';

/** The rules an event's fields must keep together, shared by the publishing shape and a submitted event's. */
export const startsBeforeItEnds = z.refine<{ start: string; end: string }>(
  (event) => Date.parse(event.start) <= Date.parse(event.end),
  { message: 'end must not be before start', path: ['end'] },
);

export const hasAPlace = z.refine<{ venue?: unknown; online?: unknown }>(
  (event) => event.venue !== undefined || event.online !== undefined,
  { message: 'an event needs a venue, an online url, or both', path: ['venue'] },
);

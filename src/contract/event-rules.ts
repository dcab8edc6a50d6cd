import * as z from 'zod/mini';

/*
 * The rules an event's fields must keep together, shared by the publishing shape and a submitted event's. Written as
 * plain checks rather than `z.refine`: a refinement's schema class would join the CDN bundle's first file for the
 * submission form's sake (issue 20), and a check's class is there already.
 */

export const startsBeforeItEnds = z.check<{ start: string; end: string }>((payload) => {
  if (Date.parse(payload.value.start) > Date.parse(payload.value.end)) {
    payload.issues.push({
      code: 'custom',
      message: 'end must not be before start',
      path: ['end'],
      input: payload.value,
    });
  }
});

export const hasAPlace = z.check<{ venue?: unknown; online?: unknown }>((payload) => {
  if (payload.value.venue === undefined && payload.value.online === undefined) {
    payload.issues.push({
      code: 'custom',
      message: 'an event needs a venue, an online url, or both',
      path: ['venue'],
      input: payload.value,
    });
  }
});

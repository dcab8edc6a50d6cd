/**
 * The contract's fixed values: the ids, statuses and kinds its enums are made of, and its limits. A module without zod,
 * so the browser's first download (which checks with the compiled checkers, not the schemas) can use them without
 * carrying zod; `schema.ts` builds its enums from them and exports them too.
 *
 * @module
 */
/** The member municipalities of Kulturregion Storstrøm, by the ids the feed uses. */
export const MUNICIPALITY_IDS = ['faxe', 'guldborgsund', 'lolland', 'naestved', 'stevns', 'vordingborg'] as const;

/** The categories an event can carry. */
export const CATEGORY_IDS = [
  'netvaerkstraef',
  'kursus',
  'workshop',
  'koncert',
  'udstilling',
  'foredrag',
  'boern-og-unge',
] as const;

/** Who an event is for. */
export const AUDIENCE_IDS = ['kulturaktoerer', 'borgere', 'boern-og-unge'] as const;

/** The life of an event, as schema.org's `eventStatus` has it. */
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;

/** What a signup form may ask beyond name and e-mail. */
export const SIGNUP_FIELDS = ['phone', 'organization', 'municipality', 'comment'] as const;

/**
 * What an event's own question asks for: one line of text, several lines, one of its options, any of its options, or
 * yes or no.
 */
export const QUESTION_KINDS = ['short-text', 'long-text', 'one-choice', 'several-choices', 'yes-no'] as const;

/** Most questions an event asks beside the fixed fields, and most options a choice offers. */
export const MAX_QUESTIONS = 10;
export const MAX_QUESTION_OPTIONS = 20;

/** Whether a signup got a seat or a place in the queue. */
export const SIGNUP_STATUSES = ['confirmed', 'waitlisted'] as const;

/**
 * How the listing is ordered: by start (the default), or with `q` by how well each event matches it (a match in the
 * title first), then by start, among the 200 soonest matches. Without `q` every event matches equally well, so
 * `relevance` is start order.
 */
export const EVENT_SORTS = ['start', 'relevance'] as const;

/** Largest page the feed serves. */
export const MAX_PAGE_SIZE = 100;

/** Page size when the query names none. */
export const DEFAULT_PAGE_SIZE = 20;

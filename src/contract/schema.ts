/**
 * The feed contract, version 1: the single source of truth for every payload.
 *
 * The SDK validates responses with these schemas, the server validates requests with them, and the server's
 * OpenAPI document is generated from them. Types are inferred from the schemas; never write a twin by hand.
 * `zod/mini` keeps this file small in the browser bundle.
 *
 * @module
 */
import * as z from 'zod/mini';
import { hasAPlace, startsBeforeItEnds } from './event-rules.js';
import type { ProblemKind } from './problem-kinds.js';
import type { SIGNUP_FIELD_CODES } from './signup-field-codes.js';
import {
  MUNICIPALITY_IDS,
  CATEGORY_IDS,
  AUDIENCE_IDS,
  EVENT_STATUSES,
  SIGNUP_FIELDS,
  QUESTION_KINDS,
  MAX_QUESTIONS,
  MAX_QUESTION_OPTIONS,
  SIGNUP_STATUSES,
  EVENT_SORTS,
  MAX_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
} from './contract-constants.js';

export * from './contract-constants.js';
export { SIGNUP_FIELD_CODES } from './signup-field-codes.js';

export const MunicipalityIdSchema = z.enum(MUNICIPALITY_IDS);
export const CategoryIdSchema = z.enum(CATEGORY_IDS);
export const AudienceIdSchema = z.enum(AUDIENCE_IDS);
export const EventStatusSchema = z.enum(EVENT_STATUSES);
export const SignupFieldSchema = z.enum(SIGNUP_FIELDS);
export const SignupStatusSchema = z.enum(SIGNUP_STATUSES);
export const QuestionKindSchema = z.enum(QUESTION_KINDS);

/** Event ids are URL-safe so they fit in paths, `event-url` templates and iCalendar UIDs. */
export const EventIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const optionalText = (max: number) => z.optional(text(max));

/**
 * Characters a person's one-line answer may not hold: line breaks (a name that breaks into a second line could pass
 * for a line of ours wherever it is shown), the other control characters, and the bidirectional controls (U+061C,
 * U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) that make text read in another order than it is stored.
 */
const NOT_ONE_LINE = '\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
/** The same for text of several lines: tab and line breaks are allowed, every other control is not. */
const NOT_TEXT =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
/** One line of a person's own words: a name, an organisation. Written as a pattern, so the OpenAPI document says it. */
const oneLine = (max: number) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max), z.regex(new RegExp(`^[^${NOT_ONE_LINE}]*$`)));
/** A person's own words over several lines: a comment. */
const severalLines = (max: number) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max), z.regex(new RegExp(`^[^${NOT_TEXT}]*$`)));
/** Links the elements may render: only http and https, so no `javascript:` URL reaches an `href`. */
const webUrl = z.url({ protocol: /^https?$/ });
const instant = z.iso.datetime({ offset: true });
const nonNegativeInt = z.int().check(z.gte(0));
const positiveInt = z.int().check(z.gte(1));

/** A name in both of the feed's languages. */
export const LocalizedNameSchema = z.object({ da: text(200), en: text(200) });

export const VenueSchema = z.object({
  name: text(200),
  address: text(200),
  postalCode: z.string().check(z.regex(/^\d{4}$/)),
  city: text(100),
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  lng: z.optional(z.number().check(z.gte(-180), z.lte(180))),
});

export const OnlineSchema = z.object({ url: webUrl });

export const OrganizerSchema = z.object({ name: text(200), url: z.optional(webUrl) });

export const ImageSchema = z.object({
  url: webUrl,
  /** Empty only for a purely decorative image. */
  alt: z.string().check(z.maxLength(500)),
});

/** A question's id: stable while its words change, so answers stay tied to it; answers are keyed by it. */
export const QuestionIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,31}$/));

/**
 * One question an event asks beside the fixed fields (`signup.questions`), as the feed serves it. The feed checked it
 * when it was published (`QuestionInputSchema`), so the browser's copy checks only its shape: every byte of this
 * schema is in the listing's first download.
 */
export const QuestionSchema = z.object({
  id: z.string(),
  kind: QuestionKindSchema,
  /** The organiser's question, plain text in the event's language (never HTML). */
  label: z.string(),
  required: z.boolean(),
  /** The choices of `one-choice` and `several-choices`, in the order shown; an answer holds the chosen texts. */
  options: z.optional(z.array(z.string())),
});

/**
 * A question as the secretariat publishes it: an id of its own within the event (answers are keyed by it, so keep it
 * when the words change), one line of plain text, and for the two choice kinds two or more different options.
 */
export const QuestionInputSchema = z
  .strictObject({
    id: QuestionIdSchema,
    kind: QuestionKindSchema,
    label: oneLine(200),
    required: z.boolean(),
    options: z.optional(z.array(oneLine(200)).check(z.maxLength(MAX_QUESTION_OPTIONS))),
  })
  .check(
    z.refine(
      (question) =>
        question.kind === 'one-choice' || question.kind === 'several-choices'
          ? (question.options?.length ?? 0) >= 2 && new Set(question.options).size === question.options!.length
          : question.options === undefined,
      {
        message: 'one-choice and several-choices need two or more different options; other kinds take none',
        path: ['options'],
      },
    ),
  );

export const ExternalSignupSchema = z.object({ mode: z.literal('external'), url: webUrl });

const feedSignupShape = {
  mode: z.literal('internal'),
  capacity: positiveInt,
  waitlist: z.boolean(),
  opensAt: z.optional(instant),
  closesAt: z.optional(instant),
  maxSeatsPerSignup: positiveInt,
  fields: z.array(SignupFieldSchema).check(z.maxLength(SIGNUP_FIELDS.length)),
  /** The event's own questions, asked after the fixed fields; absent when it asks none. */
  questions: z.optional(z.array(QuestionSchema)),
};

/**
 * A signup the feed takes itself (`mode: "internal"` on the wire, beside `external`, a link to another site's signup), as
 * the feed serves it: `available` is computed by the server from the confirmed seats.
 */
export const FeedSignupSchema = z.object({ ...feedSignupShape, available: nonNegativeInt });

/** A signup the feed takes, as the secretariat publishes it: without `available`, which only the server knows. */
export const FeedSignupInputSchema = z.strictObject({
  ...feedSignupShape,
  questions: z.optional(
    z.array(QuestionInputSchema).check(
      z.maxLength(MAX_QUESTIONS),
      z.refine((questions) => new Set(questions.map((question) => question.id)).size === questions.length, {
        message: 'each question needs an id of its own',
      }),
    ),
  ),
});

export const SignupSettingsSchema = z.nullable(z.discriminatedUnion('mode', [ExternalSignupSchema, FeedSignupSchema]));

export const SignupSettingsInputSchema = z.nullable(
  z.discriminatedUnion('mode', [z.strictObject(ExternalSignupSchema.shape), FeedSignupInputSchema]),
);

/** The fields an event has in common, whether published or served. */
const eventShape = {
  title: text(200),
  summary: text(500),
  /** Plain text; paragraphs are separated by a blank line. Never HTML. */
  description: z.string().check(z.maxLength(20_000)),
  start: instant,
  end: instant,
  allDay: z.boolean(),
  status: EventStatusSchema,
  municipality: MunicipalityIdSchema,
  venue: z.optional(VenueSchema),
  online: z.optional(OnlineSchema),
  categories: z.array(CategoryIdSchema).check(z.minLength(1), z.maxLength(CATEGORY_IDS.length)),
  audience: z.array(AudienceIdSchema).check(z.minLength(1), z.maxLength(AUDIENCE_IDS.length)),
  organizer: OrganizerSchema,
  /** In Danish kroner; 0 means free. */
  price: z.number().check(z.gte(0), z.lte(100_000)),
  image: z.optional(ImageSchema),
  accessibility: optionalText(2_000),
  url: z.optional(webUrl),
  /** Why the event was cancelled, for the public to read beside "Aflyst"; only with `status: "cancelled"` in practice. */
  cancellationReason: optionalText(500),
};

/** An event as the feed serves it. */
export const EventSchema = z.object({
  id: EventIdSchema,
  ...eventShape,
  signup: SignupSettingsSchema,
  updatedAt: instant,
});

/**
 * An event as the secretariat publishes it (`POST /v1/events`, `PUT /v1/events/{id}`). Unknown fields are refused
 * so a misspelt field never disappears silently. `id` is optional on create: the server makes one when it is absent.
 */
export const EventInputSchema = z
  .strictObject({
    id: z.optional(EventIdSchema),
    ...eventShape,
    venue: z.optional(z.strictObject(VenueSchema.shape)),
    online: z.optional(z.strictObject(OnlineSchema.shape)),
    organizer: z.strictObject(OrganizerSchema.shape),
    image: z.optional(z.strictObject(ImageSchema.shape)),
    signup: SignupSettingsInputSchema,
  })
  .check(startsBeforeItEnds, hasAPlace);

/** One page of the listing. `nextCursor` is null on the last page. */
export const EventPageSchema = z.object({
  items: z.array(EventSchema),
  nextCursor: z.nullable(z.string()),
});

export const MunicipalitySchema = z.object({ id: MunicipalityIdSchema, name: LocalizedNameSchema });
export const MunicipalityListSchema = z.object({ items: z.array(MunicipalitySchema) });

export const CategorySchema = z.object({ id: CategoryIdSchema, name: LocalizedNameSchema });
export const CategoryListSchema = z.object({ items: z.array(CategorySchema) });

const isoDate = z.iso.date();

/**
 * The listing's filters. Lists are arrays here; on the wire they are comma-separated. `from` and `to` are calendar
 * days in Europe/Copenhagen: `from` keeps events that have not ended before that day, `to` those that start by the
 * end of it. `q` keeps events with every one of its words, in any of its Danish forms ("kurser" finds "kursus"), with
 * æ, ø, å typed as ae, oe, aa or without accents, and its last word as the start of a word ("nyk" finds "Nykøbing");
 * `sort` is in `EVENT_SORTS`.
 */
export const EventQuerySchema = z.strictObject({
  municipality: z.optional(z.array(MunicipalityIdSchema)),
  category: z.optional(z.array(CategoryIdSchema)),
  audience: z.optional(z.array(AudienceIdSchema)),
  from: z.optional(isoDate),
  to: z.optional(isoDate),
  q: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  sort: z.optional(z.enum(EVENT_SORTS)),
  limit: z.optional(z.int().check(z.gte(1), z.lte(MAX_PAGE_SIZE))),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
});

/** One answer to a question: text, a chosen option's text, several of them, or yes (`true`) / no (`false`). */
export const AnswerSchema = z.union([z.string(), z.array(z.string()), z.boolean()]);

/** What a person sends to sign up. `website` is a honeypot: people never see it, so any value there is refused. */
export const SignupRequestSchema = z.strictObject({
  name: oneLine(200),
  email: z.email().check(z.maxLength(254)),
  phone: z.optional(z.string().check(z.trim(), z.regex(/^\+?[\d ()-]{6,20}$/))),
  organization: z.optional(oneLine(200)),
  municipality: z.optional(oneLine(100)),
  comment: z.optional(severalLines(2_000)),
  seats: z._default(positiveInt, 1),
  consent: z.literal(true),
  privacyVersion: z.optional(oneLine(50)),
  website: z.optional(z.string().check(z.maxLength(0))),
  /**
   * Answers to the event's `signup.questions`, keyed by question id: text for `short-text` and `long-text`, the chosen
   * option's text for `one-choice`, a list of them for `several-choices`, `true` or `false` for `yes-no`. Checked
   * against the event's questions (`checkAnswers`): required ones present, choices among the options.
   */
  answers: z.optional(z.catchall(z.object({}), AnswerSchema)),
});

/**
 * What a signup request is answered: a seat or a place on the waitlist. It is the same whether or not the address was
 * signed up already (the address's owner is told by mail), so it never tells the requester who is signed up; for the
 * same reason the cancel link goes only to the address, never into this answer.
 */
export const SignupAnswerSchema = z.object({
  id: z.string(),
  status: SignupStatusSchema,
  waitlistPosition: z.optional(positiveInt),
});

/**
 * The problem kinds a signup can be refused with; the problem's `type` is `urn:kultur:problem:` and the kind.
 * `invalid-body` carries field `errors` with a code from `SIGNUP_FIELD_CODES`; `invalid-header` is a missing or too
 * long `Idempotency-Key`; `no-signup` an event that takes no signups through the feed; `signup-not-open` and
 * `signup-closed` the signup window (or a cancelled or started event); `signup-full` no seat and no waitlist;
 * `idempotency-key-reused` the same key with another request; `too-many-requests` the per-address limit (see
 * `Retry-After`). An address that is signed up already gets no problem of its own: the answer is the one a new
 * address would get, and the address's owner is told by mail.
 */
export const SIGNUP_PROBLEM_KINDS = [
  'invalid-body',
  'invalid-header',
  'not-found',
  'no-signup',
  'signup-not-open',
  'signup-closed',
  'signup-full',
  'idempotency-key-reused',
  'too-many-requests',
] as const satisfies readonly ProblemKind[];

/** One person on an event's signup list, as the organiser sees it (publishing token only). */
export const SignupRecordSchema = z.object({
  id: z.string(),
  status: SignupStatusSchema,
  /** Only for the waitlisted: 1 is next in line. */
  waitlistPosition: z.optional(positiveInt),
  seats: positiveInt,
  name: z.string(),
  email: z.string(),
  phone: z.optional(z.string()),
  organization: z.optional(z.string()),
  municipality: z.optional(z.string()),
  comment: z.optional(z.string()),
  /**
   * The answers to the event's questions, by question id, as given. An answer to a question the event no longer asks
   * stays here (and in the CSV) until the signup is deleted.
   */
  answers: z.optional(z.catchall(z.object({}), AnswerSchema)),
  /** The version of the privacy text the person was shown. */
  privacyVersion: z.string(),
  createdAt: instant,
  /** When the person was checked in at the door (the console's check-in); absent while not. */
  attendedAt: z.optional(instant),
});

/** An event's signup list: the confirmed in signup order, then the waitlist in its order. */
export const SignupListSchema = z.object({ items: z.array(SignupRecordSchema) });

/** One refused field or parameter: `path` names it (`venue.postalCode`, `limit`). */
export const ProblemFieldSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.optional(z.string()),
});

/** RFC 9457 problem details, as every refused request is answered. */
export const ProblemDetailsSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(ProblemFieldSchema)),
});

export type MunicipalityId = z.infer<typeof MunicipalityIdSchema>;
export type CategoryId = z.infer<typeof CategoryIdSchema>;
export type AudienceId = z.infer<typeof AudienceIdSchema>;
export type EventStatus = z.infer<typeof EventStatusSchema>;
export type EventSort = (typeof EVENT_SORTS)[number];
export type SignupField = z.infer<typeof SignupFieldSchema>;
export type SignupStatus = z.infer<typeof SignupStatusSchema>;
export type QuestionKind = z.infer<typeof QuestionKindSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionInput = z.input<typeof QuestionInputSchema>;
export type Answer = z.infer<typeof AnswerSchema>;
export type LocalizedName = z.infer<typeof LocalizedNameSchema>;
export type Venue = z.infer<typeof VenueSchema>;
export type Online = z.infer<typeof OnlineSchema>;
export type Organizer = z.infer<typeof OrganizerSchema>;
export type EventImage = z.infer<typeof ImageSchema>;
export type ExternalSignup = z.infer<typeof ExternalSignupSchema>;
export type FeedSignup = z.infer<typeof FeedSignupSchema>;
export type FeedSignupInput = z.infer<typeof FeedSignupInputSchema>;
export type SignupSettings = z.infer<typeof SignupSettingsSchema>;
export type SignupSettingsInput = z.infer<typeof SignupSettingsInputSchema>;
export type KulturEvent = z.infer<typeof EventSchema>;
export type EventInput = z.input<typeof EventInputSchema>;
export type EventPage = z.infer<typeof EventPageSchema>;
export type Municipality = z.infer<typeof MunicipalitySchema>;
export type Category = z.infer<typeof CategorySchema>;
export type EventQuery = z.input<typeof EventQuerySchema>;
export type SignupRequest = z.input<typeof SignupRequestSchema>;
export type SignupAnswer = z.infer<typeof SignupAnswerSchema>;
export type SignupFieldCode = (typeof SIGNUP_FIELD_CODES)[number];
export type SignupProblemKind = (typeof SIGNUP_PROBLEM_KINDS)[number];
export type SignupRecord = z.infer<typeof SignupRecordSchema>;
export type SignupList = z.infer<typeof SignupListSchema>;
export type ProblemField = z.infer<typeof ProblemFieldSchema>;
export type ProblemDetails = z.infer<typeof ProblemDetailsSchema>;

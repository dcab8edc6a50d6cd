/**
 * The console's participants and numbers: an event's list with its counts, a participant added by hand, the answer to
 * each change on the list, and the numbers for the region's status reports. zod/mini, as everything that reaches the
 * browser.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  AnswerSchema,
  AudienceIdSchema,
  CategoryIdSchema,
  MunicipalityIdSchema,
  QuestionSchema,
  SignupFieldSchema,
} from '../../contract/schema.js';

const instant = z.iso.datetime({ offset: true });
const count = z.int().check(z.gte(0));

/** Where someone stands on an event's list. */
export const PARTICIPANT_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export const ParticipantStatusSchema = z.enum(PARTICIPANT_STATUSES);

/** One person on an event's list, cancelled included; `attendedAt` once checked in at the door. */
export const ParticipantSchema = z.object({
  id: z.string(),
  status: ParticipantStatusSchema,
  /** Only for the waitlisted: 1 is next in line. */
  waitlistPosition: z.optional(z.int()),
  seats: z.int(),
  name: z.string(),
  email: z.string(),
  phone: z.optional(z.string()),
  organization: z.optional(z.string()),
  municipality: z.optional(z.string()),
  comment: z.optional(z.string()),
  /** The answers to the event's questions, by question id (a question since removed included). */
  answers: z.optional(z.catchall(z.object({}), AnswerSchema)),
  createdAt: instant,
  cancelledAt: z.optional(instant),
  attendedAt: z.optional(instant),
});

/**
 * The counts beside the list, in signups (lines on the list) and seats (people through the door): `notYet` is
 * confirmed and not checked in yet.
 */
export const ParticipantCountsSchema = z.object({
  capacity: count,
  confirmed: count,
  confirmedSeats: count,
  attended: count,
  attendedSeats: count,
  notYet: count,
  notYetSeats: count,
  waitlisted: count,
  waitlistedSeats: count,
  cancelled: count,
});

/** The event as the participants' view needs it; `signup` is null when it takes no signups through the feed. */
export const ParticipantEventSchema = z.object({
  id: z.string(),
  title: z.string(),
  start: instant,
  end: instant,
  status: z.string(),
  signup: z.nullable(
    z.object({
      capacity: z.int(),
      waitlist: z.boolean(),
      maxSeatsPerSignup: z.int(),
      fields: z.array(SignupFieldSchema),
      /** The event's questions, to show each answer under its words. */
      questions: z.optional(z.array(QuestionSchema)),
    }),
  ),
});

/** `GET /v1/console/events/{id}/participants`: the event, the counts of the whole list, and the people found. */
export const ParticipantListSchema = z.object({
  event: ParticipantEventSchema,
  counts: ParticipantCountsSchema,
  items: z.array(ParticipantSchema),
});

/** The answer to a change on the list: the participant as they are now, the new counts, and who moved up. */
export const ParticipantChangeSchema = z.object({
  participant: z.optional(ParticipantSchema),
  counts: ParticipantCountsSchema,
  /** After a removal: how many on the waitlist got a seat because of it. */
  movedUp: z.optional(count),
});

/** A participant an organiser adds by hand: the web signup's fields, without consent. */
export const NewParticipantSchema = z.strictObject({
  name: z.string(),
  email: z.string(),
  seats: z.optional(z.int()),
  phone: z.optional(z.string()),
  organization: z.optional(z.string()),
  municipality: z.optional(z.string()),
  comment: z.optional(z.string()),
});

/** One line of the numbers, in seats but for the events: see `docs/feed-api.md`. */
export const NumbersRowSchema = z.object({
  events: count,
  cancelledEvents: count,
  signups: count,
  seats: count,
  attended: count,
  noShows: count,
  waitlisted: count,
  cancellations: count,
});

/** `GET /v1/console/numbers`: totals, and per month, municipality, category and audience. */
export const NumbersSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  totals: NumbersRowSchema,
  byMonth: z.array(z.extend(NumbersRowSchema, { month: z.string() })),
  byMunicipality: z.array(z.extend(NumbersRowSchema, { municipality: z.string() })),
  byCategory: z.array(z.extend(NumbersRowSchema, { category: z.string() })),
  byAudience: z.array(z.extend(NumbersRowSchema, { audience: z.string() })),
});

/** What the numbers are asked for: calendar days in Danish time (both included), and filters. */
export const NumbersQuerySchema = z.strictObject({
  from: z.optional(z.iso.date()),
  to: z.optional(z.iso.date()),
  municipality: z.optional(z.array(MunicipalityIdSchema)),
  category: z.optional(z.array(CategoryIdSchema)),
  audience: z.optional(z.array(AudienceIdSchema)),
});

export type ParticipantStatus = z.infer<typeof ParticipantStatusSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type ParticipantCounts = z.infer<typeof ParticipantCountsSchema>;
export type ParticipantEvent = z.infer<typeof ParticipantEventSchema>;
export type ParticipantList = z.infer<typeof ParticipantListSchema>;
export type ParticipantChange = z.infer<typeof ParticipantChangeSchema>;
export type NewParticipant = z.input<typeof NewParticipantSchema>;
export type NumbersRow = z.infer<typeof NumbersRowSchema>;
export type Numbers = z.infer<typeof NumbersSchema>;
export type NumbersQuery = z.input<typeof NumbersQuerySchema>;

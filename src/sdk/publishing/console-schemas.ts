/**
 * The console's own payloads: who is signed in, the people, the workbench's events (drafts, approvals, the change
 * log), venues, places and uploaded pictures. The feed's event itself stays the contract's (`EventInputSchema`,
 * `EventSchema`); these wrap it. zod/mini, as everything that reaches the browser.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  CategoryIdSchema,
  EventInputSchema,
  EventSchema,
  MunicipalityIdSchema,
  VenueSchema,
} from '../../contract/schema.js';

/**
 * What a person may do in the console: `admin` everything and the people, `editor` the events of their
 * municipalities, `organiser` their own events, which wait for approval.
 */
export const ROLE_IDS = ['admin', 'editor', 'organiser'] as const;

/**
 * Where an event is in the console: a `draft`, `pending` approval, `published`, `cancelled`, or `past` (ended).
 */
export const CONSOLE_EVENT_STATES = ['draft', 'pending', 'published', 'cancelled', 'past'] as const;

/** How often a series repeats. */
export const SERIES_EVERY = ['week', 'month'] as const;

export const RoleSchema = z.enum(ROLE_IDS);
export const ConsoleEventStateSchema = z.enum(CONSOLE_EVENT_STATES);

const instant = z.iso.datetime({ offset: true });

/** Someone who signs in to the console. `municipalities` are the events an editor looks after. */
export const PersonSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.nullable(z.string()),
  role: RoleSchema,
  municipalities: z.array(MunicipalityIdSchema),
});

/** A signed-in browser: the person, the token every change must carry in `X-Kultur-CSRF`, and when it ends. */
export const SessionSchema = z.object({
  person: PersonSchema,
  csrfToken: z.string().check(z.minLength(1)),
  expiresAt: instant,
});

/** The people who may sign in (admin only). */
export const PersonListSchema = z.object({ items: z.array(PersonSchema) });

/** A new person (admin only): the invitation goes to `email`. */
export const NewPersonSchema = z.strictObject({
  email: z.email().check(z.maxLength(254)),
  role: RoleSchema,
  municipalities: z.optional(z.array(MunicipalityIdSchema)),
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
});

/** One line of the console's event lists. */
export const ConsoleEventSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  start: instant,
  end: instant,
  allDay: z.boolean(),
  municipality: MunicipalityIdSchema,
  categories: z.array(CategoryIdSchema),
  state: ConsoleEventStateSchema,
  /** A published event with a change waiting for approval. */
  pendingChange: z.boolean(),
  ownerEmail: z.nullable(z.string()),
  /** Who sent the event in from a municipal site without an account, with the address they confirmed. */
  submitter: z.optional(z.nullable(z.object({ name: z.string(), email: z.string() }))),
  updatedAt: instant,
});

/** One page of a console list; `nextCursor` is null on the last. */
export const ConsoleEventPageSchema = z.object({
  items: z.array(ConsoleEventSummarySchema),
  nextCursor: z.nullable(z.string()),
});

/** The filters of a console list; every one optional. */
export const ConsoleEventQuerySchema = z.strictObject({
  state: z.optional(ConsoleEventStateSchema),
  municipality: z.optional(MunicipalityIdSchema),
  category: z.optional(CategoryIdSchema),
  from: z.optional(z.iso.date()),
  to: z.optional(z.iso.date()),
  q: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  cursor: z.optional(z.string().check(z.minLength(1))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
});

/**
 * One event on the workbench: `input` is the working copy (the draft, or the change waiting for approval, else the
 * published event as input), `published` what the public sees now.
 */
export const ConsoleEventDetailSchema = z.object({
  id: z.string(),
  state: ConsoleEventStateSchema,
  pendingChange: z.boolean(),
  input: EventInputSchema,
  published: z.nullable(EventSchema),
  owner: z.nullable(z.object({ id: z.string(), email: z.string() })),
  seriesId: z.nullable(z.string()),
  /** Who sent the event in from a municipal site without an account (`<kultur-submit>`); null otherwise. */
  submitter: z.optional(z.nullable(z.object({ name: z.string(), email: z.string(), phone: z.optional(z.string()) }))),
  cancellationReason: z.nullable(z.string()),
});

/** A series to make from one event: every week or month, 2 to 52 times in all. */
export const SeriesRepeatSchema = z.strictObject({
  every: z.enum(SERIES_EVERY),
  count: z.int().check(z.gte(2), z.lte(52)),
});

/** The events a series made, linked by `seriesId`. */
export const SeriesAnswerSchema = z.object({
  seriesId: z.string(),
  items: z.array(ConsoleEventSummarySchema),
});

/** One entry of an event's change log: when, who (an e-mail or a token's name), what was done. */
export const ChangeSchema = z.object({
  at: instant,
  who: z.string(),
  action: z.string(),
  summary: z.optional(z.nullable(z.string())),
});

/** An event's change log, newest first. */
export const ChangeLogSchema = z.object({ items: z.array(ChangeSchema) });

/** Venues used before, for the venue picker. */
export const VenueListSchema = z.object({ items: z.array(VenueSchema) });

/** The municipality a postal code of the region lies in, with the town when the feed says it. */
export const PlaceSchema = z.object({
  municipality: MunicipalityIdSchema,
  postalCode: z.optional(z.string()),
  town: z.optional(z.string()),
});

/** An uploaded picture: its address on the feed and its size in pixels. */
export const ImageUploadSchema = z.object({
  id: z.string(),
  url: z.string(),
  width: z.int(),
  height: z.int(),
});

export type Role = z.infer<typeof RoleSchema>;
export type ConsoleEventState = z.infer<typeof ConsoleEventStateSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type NewPerson = z.input<typeof NewPersonSchema>;
export type ConsoleEventSummary = z.infer<typeof ConsoleEventSummarySchema>;
export type ConsoleEventPage = z.infer<typeof ConsoleEventPageSchema>;
export type ConsoleEventQuery = z.input<typeof ConsoleEventQuerySchema>;
export type ConsoleEventDetail = z.infer<typeof ConsoleEventDetailSchema>;
export type SeriesRepeat = z.infer<typeof SeriesRepeatSchema>;
export type SeriesAnswer = z.infer<typeof SeriesAnswerSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type ChangeLog = z.infer<typeof ChangeLogSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type ImageUpload = z.infer<typeof ImageUploadSchema>;

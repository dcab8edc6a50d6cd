/**
 * An event sent in by a cultural actor without an account (`POST /v1/submissions`, `<kultur-submit>`): the event in the
 * publishing shape, less what a stranger must not set, and who sent it. The feed mails the sender a single-use link;
 * once confirmed, the event waits in the console's approval queue of its municipality.
 *
 * @module
 */
import * as z from 'zod/mini';
import { hasAPlace, startsBeforeItEnds } from './event-rules.js';
import { EventSchema, OnlineSchema, OrganizerSchema, SignupRequestSchema, VenueSchema } from './schema.js';

// The served event's field schemas, which every page with a listing has already (the publishing shape's are not).
const event = EventSchema.shape;
const person = SignupRequestSchema.shape;

/**
 * The event a stranger may send in: the publishing shape without `id` (the feed makes one), `status` (it is
 * `scheduled`), `cancellationReason`, `image` (pictures need an account; the editor adds one) and `signup` (a signup
 * through the feed needs an organiser in the console to look after the list; the editor sets one up if it is wanted).
 * Unknown fields are refused, so a misspelt field never disappears silently.
 */
export const SubmittedEventSchema = z
  .strictObject({
    title: event.title,
    summary: event.summary,
    description: event.description,
    start: event.start,
    end: event.end,
    allDay: event.allDay,
    municipality: event.municipality,
    venue: z.optional(z.strictObject(VenueSchema.shape)),
    online: z.optional(z.strictObject(OnlineSchema.shape)),
    categories: event.categories,
    audience: event.audience,
    organizer: z.strictObject(OrganizerSchema.shape),
    price: event.price,
    accessibility: event.accessibility,
    url: event.url,
  })
  .check(startsBeforeItEnds, hasAPlace);

/** Who sent the event in: the confirmation link goes to `email`, and the console shows the name and address. */
export const SubmitterSchema = z.strictObject({
  name: person.name,
  email: person.email,
  phone: person.phone,
});

/**
 * What `<kultur-submit>` (or any client) sends. `formToken` is the time trap from `GET /v1/submissions/form-token`: the
 * feed refuses a form sent within seconds of being shown, or a day after. `website` is the honeypot: people never see
 * it, so any value there is refused. `consent: true` says the sender read the privacy text.
 */
export const SubmissionRequestSchema = z.strictObject({
  event: SubmittedEventSchema,
  submitter: SubmitterSchema,
  consent: person.consent,
  formToken: z.string().check(z.minLength(1), z.maxLength(200)),
  website: person.website,
});

/**
 * The answer to a submission (202): the confirmation link is on its way to the sender's address and works until
 * `expiresAt`. Nothing is in the approval queue until the link is used.
 */
export const SubmissionAnswerSchema = z.object({
  status: z.literal('confirmation-sent'),
  expiresAt: z.iso.datetime({ offset: true }),
});

/**
 * The time trap (`GET /v1/submissions/form-token`): a signed moment, fetched when the form is shown. A submission may
 * carry it from `usableFrom` until `expiresAt`.
 */
export const FormTokenSchema = z.object({
  token: z.string(),
  usableFrom: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
});

/** A confirmation code posted as JSON (`POST /v1/submissions/confirm`): the secret from the link's `#code=`. */
export const SubmissionConfirmRequestSchema = z.strictObject({ code: z.string().check(z.maxLength(200)) });

/** The answer to a used confirmation link: the event's id on the workbench, now waiting for approval. */
export const SubmissionConfirmedSchema = z.object({ status: z.literal('pending-approval') });

export type SubmittedEvent = z.input<typeof SubmittedEventSchema>;
export type Submitter = z.infer<typeof SubmitterSchema>;
export type SubmissionRequest = z.input<typeof SubmissionRequestSchema>;
export type SubmissionAnswer = z.infer<typeof SubmissionAnswerSchema>;
export type FormToken = z.infer<typeof FormTokenSchema>;
export type SubmissionConfirmRequest = z.infer<typeof SubmissionConfirmRequestSchema>;
export type SubmissionConfirmed = z.infer<typeof SubmissionConfirmedSchema>;

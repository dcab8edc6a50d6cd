import * as z from 'zod/mini';
import { AUDIENCES, MAX_REMINDER_DAYS } from './event-notices.js';

export const MAX_SUBJECT_LENGTH = 150;
export const MAX_MESSAGE_LENGTH = 5_000;

/**
 * No control characters (a line break in a subject would start a new mail header line in some programs), and no
 * bidirectional overrides, which can make a message read other than it is written.
 */
const NO_CONTROLS = /^[^\p{Cc}\u202a-\u202e\u2066-\u2069]*$/u;
/** The same, but lines and tabs are the text's own. */
const TEXT_CONTROLS = /^(?:[^\p{Cc}\u202a-\u202e\u2066-\u2069]|[\t\n\r])*$/u;

/** `POST /v1/console/events/{id}/messages`: an organiser's message to the participants. */
export const OrganiserMessageBodySchema = z.strictObject({
  audience: z.enum(AUDIENCES),
  subject: z
    .string()
    .check(
      z.trim(),
      z.minLength(1),
      z.maxLength(MAX_SUBJECT_LENGTH),
      z.regex(NO_CONTROLS, 'must not contain control characters or line breaks'),
    ),
  text: z
    .string()
    .check(
      z.trim(),
      z.minLength(1),
      z.maxLength(MAX_MESSAGE_LENGTH),
      z.regex(TEXT_CONTROLS, 'must not contain control characters other than line breaks and tabs'),
    ),
});

/** `PUT /v1/console/events/{id}/reminder`: days before the start, or null for no reminder. */
export const ReminderBodySchema = z.strictObject({
  daysBefore: z.nullable(z.int().check(z.gte(1), z.lte(MAX_REMINDER_DAYS))),
});

/**
 * The console's messages: what an organiser writes to an event's participants, the reminder setting, and the mail log
 * with each message's delivery state. zod/mini, as everything that reaches the browser.
 *
 * @module
 */
import * as z from 'zod/mini';

/** Who an organiser's message goes to: the confirmed, the waitlisted, or both. */
export const MESSAGE_AUDIENCES = ['confirmed', 'waitlisted', 'all'] as const;
/** Where a message is: waiting for the mailer, taken by the mail server, or refused by it. */
export const DELIVERY_STATES = ['queued', 'sent', 'failed'] as const;
/** The longest subject and text an organiser's message may have. */
export const MESSAGE_LIMITS = { subject: 150, text: 5_000 } as const;
/** The most days before the start a reminder may go. */
export const MAX_REMINDER_DAYS = 30;

export const MessageAudienceSchema = z.enum(MESSAGE_AUDIENCES);
export const DeliveryStateSchema = z.enum(DELIVERY_STATES);
const instant = z.iso.datetime({ offset: true });

/** A message an organiser wrote, as the log keeps it: who sent it (an e-mail, or a token's name) and to how many. */
export const OrganiserMessageSchema = z.object({
  id: z.number(),
  eventId: z.string(),
  sentBy: z.string(),
  audience: MessageAudienceSchema,
  subject: z.string(),
  text: z.string(),
  recipients: z.number(),
  createdAt: instant,
});
export const OrganiserMessageListSchema = z.object({ items: z.array(OrganiserMessageSchema) });

/** One line of the mail log; the message's text is never in it. */
export const MailLogEntrySchema = z.object({
  id: z.number(),
  kind: z.string(),
  eventId: z.nullable(z.string()),
  to: z.string(),
  subject: z.string(),
  createdAt: instant,
  state: DeliveryStateSchema,
  sentAt: z.nullable(instant),
  attempts: z.number(),
  /** The mail server's answer to the last failed attempt. */
  lastError: z.nullable(z.string()),
  /** A failed message the mailer still tries on its own. */
  willRetry: z.boolean(),
});
export const MailLogSchema = z.object({ items: z.array(MailLogEntrySchema) });

/** Days before the start the reminder goes (null: none); `custom` is false while the event has the default. */
export const ReminderSettingSchema = z.object({
  daysBefore: z.nullable(z.number()),
  custom: z.boolean(),
});

export type MessageAudience = z.infer<typeof MessageAudienceSchema>;
export type DeliveryState = z.infer<typeof DeliveryStateSchema>;
export type OrganiserMessage = z.infer<typeof OrganiserMessageSchema>;
export type MailLogEntry = z.infer<typeof MailLogEntrySchema>;
export type ReminderSetting = z.infer<typeof ReminderSettingSchema>;

/** What an organiser writes. */
export interface NewOrganiserMessage {
  audience: MessageAudience;
  subject: string;
  text: string;
}

/** A page of the mail log: only one state, and below an id from the previous page (newest first, 100 a page). */
export interface MailLogQuery {
  state?: DeliveryState;
  before?: number;
}

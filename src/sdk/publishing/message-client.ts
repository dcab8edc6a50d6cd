import { queryString } from '../query-string.js';
import { usageError } from '../usage-error.js';
import {
  MailLogSchema,
  OrganiserMessageListSchema,
  OrganiserMessageSchema,
  ReminderSettingSchema,
  type MailLogEntry,
  type MailLogQuery,
  type NewOrganiserMessage,
  type OrganiserMessage,
  type ReminderSetting,
} from './message-schemas.js';
import type { PublishingHttp } from './publishing-http.js';
import type { PublishingCallOptions } from './publishing-client.js';

/**
 * The messages of the console: writing to an event's participants, the reminder before an event, and the mail log.
 * A person reaches an event's messages only when they may see the event (an organiser their own, an editor their
 * municipalities'); the whole log is an administrator's.
 *
 * @example
 * ```ts
 * await client.messages.send('kursus-i-fundraising', {
 *   audience: 'confirmed',
 *   subject: 'Parkering',
 *   text: 'Parkér ved skolen; der er kaffe fra kl. 8.30.',
 * });
 * const failed = await client.messages.log('kursus-i-fundraising', { state: 'failed' });
 * for (const mail of failed) await client.messages.retry(mail.id);
 * await client.messages.setReminder('kursus-i-fundraising', 3); // three days before; null turns it off
 * ```
 */
export interface MessagesApi {
  /** Writes to the event's participants (confirmed, waitlisted or all); 409 when there is nobody to write to. */
  send(eventId: string, message: NewOrganiserMessage, options?: PublishingCallOptions): Promise<OrganiserMessage>;
  /** The messages organisers wrote for the event, newest first, with who sent each. */
  sent(eventId: string, options?: PublishingCallOptions): Promise<OrganiserMessage[]>;
  /** The event's mail log (every message to its participants), newest first; without an event, the whole log (admin). */
  log(eventId: string | null, query?: MailLogQuery, options?: PublishingCallOptions): Promise<MailLogEntry[]>;
  /** Sends a failed message again on the mailer's next round; 409 when it has not failed. */
  retry(messageId: number, options?: PublishingCallOptions): Promise<void>;
  /** The event's reminder: days before the start, or null when turned off. */
  reminder(eventId: string, options?: PublishingCallOptions): Promise<ReminderSetting>;
  /** Sets the reminder: 1–30 days before the start, or null for none. */
  setReminder(eventId: string, daysBefore: number | null, options?: PublishingCallOptions): Promise<ReminderSetting>;
}

function segment(id: string, call: string): string {
  if (typeof id !== 'string' || !id) throw usageError(`${call} takes an id; got ${JSON.stringify(id)}.`, 'publishing');
  return encodeURIComponent(id);
}

/** The messages' calls on the client's connection (`createPublishingClient`). */
export function messagesApi(http: PublishingHttp, consoleBase: string): MessagesApi {
  const event = (id: string, call: string, path: string) =>
    `${consoleBase}events/${segment(id, `messages.${call}()`)}/${path}`;
  return {
    send: async (eventId, message, { signal } = {}) =>
      http.call(event(eventId, 'send', 'messages'), OrganiserMessageSchema, { method: 'POST', json: message, signal }),
    sent: async (eventId, { signal } = {}) =>
      (await http.call(event(eventId, 'sent', 'messages'), OrganiserMessageListSchema, { signal })).items,
    log: async (eventId, query = {}, { signal } = {}) => {
      const path = eventId === null ? `${consoleBase}mail-log` : event(eventId, 'log', 'mail-log');
      return (await http.call(`${path}${queryString({ ...query })}`, MailLogSchema, { signal })).items;
    },
    async retry(messageId, { signal } = {}) {
      if (!Number.isInteger(messageId) || messageId < 1) {
        throw usageError(`messages.retry() takes a message id; got ${JSON.stringify(messageId)}.`, 'publishing');
      }
      await http.send(`${consoleBase}mail-log/${messageId}/retry`, { method: 'POST', signal });
    },
    reminder: async (eventId, { signal } = {}) =>
      http.call(event(eventId, 'reminder', 'reminder'), ReminderSettingSchema, { signal }),
    setReminder: async (eventId, daysBefore, { signal } = {}) =>
      http.call(event(eventId, 'setReminder', 'reminder'), ReminderSettingSchema, {
        method: 'PUT',
        json: { daysBefore },
        signal,
      }),
  };
}

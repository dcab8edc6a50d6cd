import { queryString } from '../query-string.js';
import { usageError } from '../usage-error.js';
import {
  NumbersSchema,
  ParticipantChangeSchema,
  ParticipantListSchema,
  type NewParticipant,
  type Numbers,
  type NumbersQuery,
  type ParticipantChange,
  type ParticipantList,
  type ParticipantStatus,
} from './participant-schemas.js';
import type { PublishingHttp } from './publishing-http.js';
import type { PublishingCallOptions } from './publishing-client.js';

/**
 * An event's participants in the console: the list with its counts, searched; someone added by hand (a phone call),
 * moved up from the waitlist, removed (they are told by mail), checked in at the door and undone; the addresses of
 * the CSV and the printable attendance list. The feed lets a person act only on the events they may see (others are
 * 404), and every answer carries the new counts.
 *
 * @example
 * ```ts
 * const { counts, items } = await client.participants.list(eventId, { q: 'hansen' });
 * const added = await client.participants.add(eventId, { name: 'Mette Hansen', email: 'mette@example.dk' });
 * await client.participants.checkIn(eventId, added.participant!.id);
 * console.log(`${counts.attendedSeats} of ${counts.confirmedSeats} checked in`);
 * ```
 */
export interface ParticipantsApi {
  /** The list (confirmed, waitlisted, cancelled) and the counts of the whole list; `q` searches name, e-mail, organisation. */
  list(
    eventId: string,
    query?: { q?: string; status?: ParticipantStatus },
    options?: PublishingCallOptions,
  ): Promise<ParticipantList>;
  /** Adds someone by hand: a seat or the waitlist, as for a web signup, and the same mail. 409 when already on it. */
  add(eventId: string, participant: NewParticipant, options?: PublishingCallOptions): Promise<ParticipantChange>;
  /** Gives a waitlisted person a seat now (out of turn if need be); 409 when their seats do not fit. */
  moveUp(eventId: string, signupId: string, options?: PublishingCallOptions): Promise<ParticipantChange>;
  /** Cancels someone's signup; they are told, and the waitlist moves up as for a cancellation. */
  remove(eventId: string, signupId: string, options?: PublishingCallOptions): Promise<ParticipantChange>;
  /** Marks a confirmed participant as attended (again: no change). */
  checkIn(eventId: string, signupId: string, options?: PublishingCallOptions): Promise<ParticipantChange>;
  /** Undoes a check-in. */
  undoCheckIn(eventId: string, signupId: string, options?: PublishingCallOptions): Promise<ParticipantChange>;
  /** The address of the list as CSV for Danish Excel (with the session cookie, a link in the console downloads it). */
  csvUrl(eventId: string): string;
  /** The address of the printable attendance list, in Danish or English. */
  attendanceListUrl(eventId: string, lang?: 'da' | 'en'): string;
}

/**
 * The numbers for the culture agreement's status reports: events, signups, attended, no-shows, waitlist and
 * cancellations per month, municipality, category and audience, for the events the person may see.
 *
 * @example
 * ```ts
 * const numbers = await client.numbers.get({ from: '2027-01-01', to: '2027-06-30', category: ['kursus'] });
 * for (const month of numbers.byMonth) console.log(month.month, month.attended, month.noShows);
 * const sheet = client.numbers.csvUrl({ from: '2027-01-01', to: '2027-06-30' });
 * ```
 */
export interface NumbersApi {
  /** The numbers; without `from` and `to`, this calendar year. */
  get(query?: NumbersQuery, options?: PublishingCallOptions): Promise<Numbers>;
  /** The address of the same numbers as a CSV sheet. */
  csvUrl(query?: NumbersQuery): string;
}

function segment(id: string, call: string): string {
  if (typeof id !== 'string' || !id) throw usageError(`${call} takes an id; got ${JSON.stringify(id)}.`, 'publishing');
  return encodeURIComponent(id);
}

/** The participants' calls under `{consoleBase}events/{id}/participants`. */
export function participantsApi(http: PublishingHttp, consoleBase: string): ParticipantsApi {
  const list = (eventId: string, call: string) =>
    `${consoleBase}events/${segment(eventId, `participants.${call}()`)}/participants`;
  const one = (eventId: string, signupId: string, call: string, action = '') =>
    `${list(eventId, call)}/${segment(signupId, `participants.${call}()`)}${action ? `/${action}` : ''}`;
  const change = (url: string, method: 'POST' | 'PUT' | 'DELETE', signal?: AbortSignal, json?: unknown) =>
    http.call(url, ParticipantChangeSchema, { method, signal, ...(json === undefined ? {} : { json }) });
  return {
    list: async (eventId, query = {}, { signal } = {}) =>
      http.call(`${list(eventId, 'list')}${queryString(query)}`, ParticipantListSchema, { signal }),
    add: async (eventId, participant, { signal } = {}) => change(list(eventId, 'add'), 'POST', signal, participant),
    moveUp: async (eventId, signupId, { signal } = {}) =>
      change(one(eventId, signupId, 'moveUp', 'move-up'), 'POST', signal),
    remove: async (eventId, signupId, { signal } = {}) => change(one(eventId, signupId, 'remove'), 'DELETE', signal),
    checkIn: async (eventId, signupId, { signal } = {}) =>
      change(one(eventId, signupId, 'checkIn', 'attended'), 'PUT', signal),
    undoCheckIn: async (eventId, signupId, { signal } = {}) =>
      change(one(eventId, signupId, 'undoCheckIn', 'attended'), 'DELETE', signal),
    csvUrl: (eventId) => `${list(eventId, 'csvUrl')}?format=csv`,
    attendanceListUrl: (eventId, lang = 'da') =>
      `${list(eventId, 'attendanceListUrl')}/attendance-list${lang === 'en' ? '?lang=en' : ''}`,
  };
}

/** The numbers' calls under `{consoleBase}numbers`. */
export function numbersApi(http: PublishingHttp, consoleBase: string): NumbersApi {
  return {
    get: async (query = {}, { signal } = {}) =>
      http.call(`${consoleBase}numbers${queryString(query)}`, NumbersSchema, { signal }),
    csvUrl: (query = {}) => `${consoleBase}numbers${queryString({ ...query, format: 'csv' })}`,
  };
}

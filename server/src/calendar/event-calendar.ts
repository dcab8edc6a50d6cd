import type { EventStatus, KulturEvent } from '@kulturregion/kultur/contract';
import { CATEGORIES } from '@kulturregion/kultur/contract';
import { addDays, REGION_TIME_ZONE, regionDate } from '../time/region-clock.js';
import { COPENHAGEN_VTIMEZONE } from './copenhagen-vtimezone.js';
import {
  contentLine,
  CRLF,
  dateValue,
  escapeText,
  quoteParameter,
  regionDateTime,
  utcDateTime,
  type DateTimeValue,
} from './ics-text.js';

/**
 * The domain after the `@` in every UID. Fixed rather than taken from the request, so an event keeps its UID whichever
 * host name or CDN a calendar subscribed through, and moving the feed never duplicates anyone's entries.
 */
export const UID_DOMAIN = 'kultur.kulturregionstorstroem.dk';

/** Calendars that honour it fetch a subscription again after this long (RFC 7986 and Outlook's older property). */
const REFRESH_INTERVAL = 'PT1H';

const statuses: Record<EventStatus, string> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** Many calendar apps do not show STATUS, so the title says it too. */
const titlePrefixes: Partial<Record<EventStatus, string>> = { cancelled: 'Aflyst: ', postponed: 'Udsat: ' };

const kroner = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

export interface CalendarOptions {
  /** What calendar apps call the subscription: "Kultur i Lolland – kurser". */
  name: string;
  /** Each event's SEQUENCE, where it has risen above 0 (`messages/message-store.ts`). */
  sequences?: ReadonlyMap<string, number>;
}

/** The UID of an event's entry: the same in every calendar the feed serves, so updates replace, never duplicate. */
export function eventUid(id: string): string {
  return `${id}@${UID_DOMAIN}`;
}

/** Where an event is, on one line: the venue's name and address, or the online address. */
function locationOf(event: KulturEvent): string {
  const { venue, online } = event;
  if (venue) return `${venue.name}, ${venue.address}, ${venue.postalCode} ${venue.city}`;
  return online?.url ?? '';
}

/** The entry's notes in Danish: the summary, the description, then the practical facts and links. */
function descriptionOf(event: KulturEvent): string {
  const facts = [
    `Pris: ${event.price === 0 ? 'Gratis' : `${kroner.format(event.price)} kr.`}`,
    `Arrangør: ${event.organizer.name}`,
    event.venue && event.online ? `Online: ${event.online.url}` : '',
    event.signup?.mode === 'external' ? `Tilmelding: ${event.signup.url}` : '',
    event.accessibility ? `Tilgængelighed: ${event.accessibility}` : '',
    event.url ? `Læs mere: ${event.url}` : '',
  ].filter(Boolean);
  const reason = event.cancellationReason ? `Aflyst: ${event.cancellationReason}` : '';
  return [reason, event.summary, event.description.trim(), facts.join('\n')].filter(Boolean).join('\n\n');
}

/** A FLOAT value: never exponent notation, at most six decimals (a tenth of a metre). */
function decimal(value: number): string {
  return value.toFixed(6).replace(/\.?0+$/, '');
}

function dateTimeLine(name: string, { value, parameters }: DateTimeValue): string {
  return contentLine(name, value, parameters);
}

/**
 * The event's start and end. An all-day event is whole days: its first day, and the day after its last (DTEND is
 * exclusive). The feed ends all-day events at 23:59 or midnight on their last day, so a millisecond back from the end
 * finds that day either way.
 */
function timeLines(event: KulturEvent): string[] {
  const start = Date.parse(event.start);
  const end = Date.parse(event.end);
  if (event.allDay) {
    const lastDay = regionDate(Math.max(start, end - 1));
    return [
      contentLine('DTSTART', dateValue(regionDate(start)), { VALUE: 'DATE' }),
      contentLine('DTEND', dateValue(addDays(lastDay, 1)), { VALUE: 'DATE' }),
    ];
  }
  return [dateTimeLine('DTSTART', regionDateTime(start)), dateTimeLine('DTEND', regionDateTime(end))];
}

/**
 * One VEVENT. DTSTAMP is the event's last change, so the same event always gives the same bytes (and ETag). SEQUENCE
 * rises with each change of time, place or online address and with a cancellation, so a calendar that has the entry
 * (the same UID, from a feed or a message's link) takes the new one.
 */
export function eventComponent(event: KulturEvent, sequence = 0): string[] {
  const updated = utcDateTime(Date.parse(event.updatedAt));
  const location = locationOf(event);
  const { venue } = event;
  const categories = event.categories.map((id) => CATEGORIES.find((category) => category.id === id)?.name.da ?? id);
  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', eventUid(event.id)),
    contentLine('DTSTAMP', updated),
    contentLine('SEQUENCE', String(sequence)),
    ...timeLines(event),
    contentLine('SUMMARY', escapeText(`${titlePrefixes[event.status] ?? ''}${event.title}`)),
    contentLine('DESCRIPTION', escapeText(descriptionOf(event))),
    location ? contentLine('LOCATION', escapeText(location)) : '',
    venue?.lat !== undefined && venue.lng !== undefined
      ? contentLine('GEO', `${decimal(venue.lat)};${decimal(venue.lng)}`)
      : '',
    event.url ? contentLine('URL', event.url) : '',
    contentLine('STATUS', statuses[event.status]),
    contentLine('LAST-MODIFIED', updated),
    event.organizer.url
      ? contentLine('ORGANIZER', event.organizer.url, { CN: quoteParameter(event.organizer.name) })
      : '',
    contentLine('CATEGORIES', categories.map(escapeText).join(',')),
    // Exhibitions run for weeks; as whole days they should not mark anyone busy.
    event.allDay ? contentLine('TRANSP', 'TRANSPARENT') : '',
    'END:VEVENT',
  ];
  return lines.filter(Boolean);
}

/**
 * An iCalendar object (RFC 5545) with the events, in the region's time zone: a file to import or a URL to subscribe
 * to. Lines end in CRLF and are folded at 75 octets.
 */
export function eventCalendar(events: readonly KulturEvent[], { name, sequences }: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kulturregion Storstroem//Kultur feed 1//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine('NAME', escapeText(name)),
    contentLine('X-WR-CALNAME', escapeText(name)),
    contentLine('X-WR-TIMEZONE', REGION_TIME_ZONE),
    contentLine('REFRESH-INTERVAL', REFRESH_INTERVAL, { VALUE: 'DURATION' }),
    contentLine('X-PUBLISHED-TTL', REFRESH_INTERVAL),
    ...COPENHAGEN_VTIMEZONE,
    ...events.flatMap((event) => eventComponent(event, sequences?.get(event.id) ?? 0)),
    'END:VCALENDAR',
  ];
  return `${lines.join(CRLF)}${CRLF}`;
}

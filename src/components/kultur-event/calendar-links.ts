import type { KulturEvent } from '../../sdk/index.js';
import { regionDay } from '../format/event-format.js';
import { urlComponent } from '../format/url-component.js';

/** What a calendar entry needs beyond the event's own times. */
export interface CalendarEntryText {
  /** The entry's notes: the summary and a link back to the event. */
  details: string;
  /** Where: the venue's name and address, or the online URL. */
  location: string;
}

const query = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([key, value]) => `${key}=${urlComponent(value)}`)
    .join('&');

/** Where an event happens, on one line for a calendar's location field. */
export function locationOf(event: Pick<KulturEvent, 'venue' | 'online'>): string {
  const { venue, online } = event;
  if (venue) return `${venue.name}, ${venue.address}, ${venue.postalCode} ${venue.city}`;
  return online?.url ?? '';
}

/** The day after `day` (`YYYY-MM-DD`), as calendars want an all-day event's end: exclusive. */
function dayAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/**
 * An all-day event's days in the region: the first, and the day after the last. The feed ends all-day events at
 * 23:59 (or midnight) on their last day; a millisecond back keeps a midnight end on the day before.
 */
function allDaySpan(event: Pick<KulturEvent, 'start' | 'end'>): { first: string; after: string } {
  const start = Date.parse(event.start);
  const last = Math.max(start, Date.parse(event.end) - 1);
  return { first: regionDay(new Date(start)), after: dayAfter(regionDay(new Date(last))) };
}

/** An instant in UTC without milliseconds: `2027-01-05T08:30:00Z`. */
function utcIso(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Google Calendar's "add event" page, filled in. `dates` is `start/end` in UTC basic format
 * (`20270105T083000Z`); an all-day event gives days (`20270105/20270106`), the end day exclusive.
 */
export function googleCalendarUrl(event: KulturEvent, text: CalendarEntryText): string {
  let dates: string;
  if (event.allDay) {
    const { first, after } = allDaySpan(event);
    dates = `${first.replaceAll('-', '')}/${after.replaceAll('-', '')}`;
  } else {
    const basic = (iso: string) => utcIso(iso).replace(/[-:]/g, '');
    dates = `${basic(event.start)}/${basic(event.end)}`;
  }
  return `https://calendar.google.com/calendar/render?${query({ action: 'TEMPLATE', text: event.title })}&dates=${dates}&${query({ details: text.details, location: text.location })}`;
}

/**
 * Outlook on the web's "new event" form, filled in. Times are UTC ISO 8601; an all-day event gives days
 * (`2027-01-05`), the end day exclusive, and `allday=true`.
 */
export function outlookCalendarUrl(event: KulturEvent, text: CalendarEntryText): string {
  let startdt: string;
  let enddt: string;
  if (event.allDay) {
    const { first, after } = allDaySpan(event);
    startdt = first;
    enddt = after;
  } else {
    startdt = utcIso(event.start);
    enddt = utcIso(event.end);
  }
  return `https://outlook.live.com/calendar/0/action/compose?${query({
    subject: event.title,
    startdt,
    enddt,
    location: text.location,
    body: text.details,
    allday: String(event.allDay),
  })}`;
}

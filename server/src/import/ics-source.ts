/**
 * iCalendar (RFC 5545) through ical.js. The file is cut into its VEVENTs first and each UID's VEVENTs (a series and
 * its changed occurrences) are parsed on their own, with the calendar's VTIMEZONEs: one broken VEVENT, say a long
 * DESCRIPTION folded by hand, is reported with ical.js's reason instead of losing the whole file.
 *
 * Times: TZID with its VTIMEZONE as ical.js reads it; UTC as UTC; a TZID without VTIMEZONE by its IANA name; floating
 * times (no zone) on the region's clock, Europe/Copenhagen. Series (RRULE, RDATE, EXDATE, changed occurrences) are
 * expanded for the twelve months from the import; each occurrence is an event of its own, keyed by UID and date.
 */
import ICAL from 'ical.js';
import { draftEvent, placeFromText } from './event-draft.js';
import { htmlToText, looksLikeHtml } from './html-text.js';
import {
  ImportSourceError,
  readRecord,
  RecordProblem,
  type ImportSettings,
  type SourceRecord,
} from './import-record.js';
import {
  addDays,
  isTimeZoneName,
  REGION_TIME_ZONE,
  regionInstantOf,
  regionIso,
  zonedInstant,
} from '../time/region-clock.js';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

/** How far ahead a series is expanded. */
export const EXPANSION_DAYS = 365;
/** Occurrences read at most for one series, so a series every minute cannot hang the import. */
const MAX_OCCURRENCES = 5_000;

interface CalendarParts {
  /** The calendar's own properties, such as X-WR-CALNAME. */
  properties: string[];
  zones: string[][];
  events: string[][];
}

/** Cuts the calendar into its VTIMEZONE and VEVENT blocks, as unfolded content lines. */
function splitCalendar(text: string): CalendarParts {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n')
    .filter((line) => line.trim());
  if (!/^BEGIN:VCALENDAR\s*$/i.test(lines[0] ?? '')) {
    throw new ImportSourceError('This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.');
  }
  const parts: CalendarParts = { properties: [], zones: [], events: [] };
  let depth = 0;
  let block: string[] | undefined;
  let kind = '';
  for (const line of lines) {
    const begin = /^BEGIN:(\S+)/i.exec(line);
    if (begin && ++depth === 2) {
      block = [];
      kind = begin[1]!.toUpperCase();
    }
    if (depth >= 2) block?.push(line);
    else if (depth === 1 && !begin) parts.properties.push(line);
    if (/^END:/i.test(line) && depth-- === 2) {
      if (kind === 'VEVENT') parts.events.push(block!);
      if (kind === 'VTIMEZONE') parts.zones.push(block!);
      block = undefined;
    }
  }
  // A VEVENT the file never ends is still reported, by the parser's complaint about it.
  if (block && kind === 'VEVENT') parts.events.push(block);
  return parts;
}

function propertyText(block: readonly string[], name: string): string | undefined {
  const line = block.find((candidate) => new RegExp(`^${name}[;:]`, 'i').test(candidate));
  return line?.slice(line.indexOf(':') + 1).trim() || undefined;
}

/** The wall clock `time` shows. */
function wallClock(time: Time) {
  return {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  };
}

function dateOf(time: Time): string {
  const { year, month, day } = wallClock(time);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The instant of a date-time; `tzid` is the TZID its property named, which ical.js drops when no VTIMEZONE has it. */
function instantOf(time: Time, tzid: string | undefined): number {
  const zone = time.zone;
  if (zone && zone !== ICAL.Timezone.localTimezone && zone.tzid !== 'floating') return time.toUnixTime() * 1000;
  if (tzid !== undefined && !isTimeZoneName(tzid)) {
    throw new RecordProblem(`TZID "${tzid}" has no VTIMEZONE in the file and is not a time zone name`);
  }
  return zonedInstant(wallClock(time), tzid ?? REGION_TIME_ZONE);
}

function tzidOf(component: Component, name: 'dtstart' | 'dtend'): string | undefined {
  const tzid = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
}

function textOf(component: Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

interface Occurrence {
  start: Time;
  end: Time;
  /** The VEVENT that describes it: the series, or the occurrence's own changed VEVENT. */
  item: Component;
  /** The series' VEVENT, whose DTSTART zone the expanded times are in. */
  series: Component;
}

/** Start, end and all-day of an occurrence, as the feed writes them. */
function timesOf({ start, end, item, series }: Occurrence) {
  if (start.isDate) {
    const first = dateOf(start);
    // DTEND of a date is the day after the last one; the feed ends an all-day event at 23:59 on its last day.
    const last = [first, addDays(dateOf(end), -1)].sort()[1]!;
    const startMs = regionInstantOf(first, 0, 0);
    const endMs = regionInstantOf(last, 23, 59);
    return { start: regionIso(startMs), end: regionIso(endMs), allDay: true, startMs, endMs };
  }
  const startZone = item === series ? tzidOf(series, 'dtstart') : tzidOf(item, 'dtstart');
  const endZone = item.hasProperty('dtend') ? tzidOf(item, 'dtend') : startZone;
  const startMs = instantOf(start, startZone);
  const endMs = instantOf(end, endZone);
  return { start: regionIso(startMs), end: regionIso(endMs), allDay: false, startMs, endMs };
}

function eventOf(occurrence: Occurrence, settings: ImportSettings, calendarName: string | undefined) {
  const { item } = occurrence;
  const times = timesOf(occurrence);
  const rawDescription = textOf(item, 'description') ?? '';
  const description = looksLikeHtml(rawDescription) ? htmlToText(rawDescription) : rawDescription.replace(/\r/g, '');
  const organizer = item.getFirstProperty('organizer')?.getParameter('cn');
  const image = textOf(item, 'image');
  const status = textOf(item, 'status')?.toUpperCase();
  return draftEvent(
    {
      title: textOf(item, 'summary'),
      description,
      start: times.start,
      end: times.end,
      allDay: times.allDay,
      place: placeFromText(textOf(item, 'location')),
      categoryHints: item.getAllProperties('categories').flatMap((property) => property.getValues().map(String)),
      organizerName: typeof organizer === 'string' ? organizer : calendarName,
      price: 0,
      url: textOf(item, 'url'),
      imageUrl: image && /^https?:\/\//i.test(image) ? image : undefined,
      status: status === 'CANCELLED' ? 'cancelled' : 'scheduled',
    },
    settings,
  );
}

/** The occurrences of a series that end after `now` and start within the expansion window. */
function occurrencesOf(event: InstanceType<typeof ICAL.Event>, now: Date): Occurrence[] {
  const horizon = now.getTime() + EXPANSION_DAYS * 86_400_000;
  const series = event.component;
  const occurrences: Occurrence[] = [];
  const iterator = event.iterator();
  for (let count = 0; ; count++) {
    const next = iterator.next();
    if (!next) break;
    if (count >= MAX_OCCURRENCES) {
      throw new RecordProblem(`the series has more than ${MAX_OCCURRENCES} occurrences up to twelve months from now`);
    }
    const details = event.getOccurrenceDetails(next);
    const item = details.item.component;
    const occurrence = { start: details.startDate, end: details.endDate, item, series };
    const { startMs, endMs } = timesOf(occurrence);
    const originalMs = timesOf({ ...occurrence, start: next, end: next, item: series }).startMs;
    if (originalMs >= horizon && startMs >= horizon) break;
    if (endMs > now.getTime() && startMs < horizon) occurrences.push(occurrence);
  }
  return occurrences;
}

/** The records of one UID: a single event, or the occurrences of a series. */
function recordsOfUid(
  uid: string,
  blocks: string[][],
  zones: string[][],
  settings: ImportSettings,
  calendarName: string | undefined,
  now: Date,
): SourceRecord[] {
  const label = `UID ${uid}`;
  let calendar: Component;
  try {
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...zones.flat(), ...blocks.flat(), 'END:VCALENDAR'].join('\r\n');
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    return [{ kind: 'unreadable', label, reason: `not valid iCalendar: ${(error as Error).message}` }];
  }
  const vevents = calendar.getAllSubcomponents('vevent');
  const series = vevents.find((vevent) => !vevent.hasProperty('recurrence-id'));
  const changed = vevents.filter((vevent) => vevent.hasProperty('recurrence-id'));
  const single = (item: Component, externalId: string, itemLabel: string): SourceRecord =>
    readRecord(itemLabel, () => {
      if (!item.hasProperty('dtstart')) throw new RecordProblem('no DTSTART');
      const event = new ICAL.Event(item);
      const occurrence = { start: event.startDate, end: event.endDate, item, series: item };
      return { kind: 'read', externalId, label: itemLabel, input: eventOf(occurrence, settings, calendarName) };
    });

  if (!series) {
    // Changed occurrences whose series is not in the file: each is an event of its own.
    return changed.map((item) => {
      const date = dateOf(item.getFirstPropertyValue('recurrence-id') as Time);
      return single(item, `${uid}/${date}`, `${label} (${date})`);
    });
  }
  if (!series.hasProperty('rrule') && !series.hasProperty('rdate')) return [single(series, uid, label)];

  let occurrences: Occurrence[];
  try {
    if (!series.hasProperty('dtstart')) throw new RecordProblem('no DTSTART');
    occurrences = occurrencesOf(new ICAL.Event(series, { exceptions: changed }), now);
  } catch (error) {
    return [{ kind: 'unreadable', label, reason: (error as Error).message }];
  }
  // Keyed by the occurrence's original date, so moving the series to another hour updates its events in place.
  const dates = new Map<string, number>();
  return occurrences.map((occurrence) => {
    const original =
      occurrence.item === occurrence.series
        ? occurrence.start
        : (occurrence.item.getFirstPropertyValue('recurrence-id') as Time);
    const date = dateOf(original);
    const seen = dates.get(date) ?? 0;
    dates.set(date, seen + 1);
    const key = seen ? `${date}#${seen + 1}` : date;
    const itemLabel = `${label} (${key})`;
    return readRecord(itemLabel, () => ({
      kind: 'read',
      externalId: `${uid}/${key}`,
      label: itemLabel,
      input: eventOf(occurrence, settings, calendarName),
    }));
  });
}

/** Every event of an iCalendar file, or a reason for each VEVENT that could not be read. */
export function readIcs(text: string, settings: ImportSettings, now: Date): SourceRecord[] {
  const { properties, zones, events } = splitCalendar(text);
  const calendarName = propertyText(properties, 'X-WR-CALNAME');
  const byUid = new Map<string, string[][]>();
  const records: SourceRecord[] = [];
  events.forEach((block, index) => {
    const uid = propertyText(block, 'UID');
    if (uid) byUid.set(uid, [...(byUid.get(uid) ?? []), block]);
    else {
      const summary = propertyText(block, 'SUMMARY');
      records.push({
        kind: 'unreadable',
        label: `VEVENT ${index + 1}${summary ? ` ("${summary}")` : ''}`,
        reason: 'no UID, so a second import could not find it again',
      });
    }
  });
  for (const [uid, blocks] of byUid) records.push(...recordsOfUid(uid, blocks, zones, settings, calendarName, now));
  return records;
}

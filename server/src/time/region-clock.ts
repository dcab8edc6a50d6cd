/**
 * The region's clock and calendar, in one place: every calendar day the feed reads or writes is a day in Denmark, and
 * every time it writes is what a clock there shows. Free of Node imports: the seed (and through it a browser test)
 * uses it too.
 */

/** The region's time zone: every calendar day in a query means a day here. */
export const REGION_TIME_ZONE = 'Europe/Copenhagen';

export const DAY_MS = 86_400_000;

/** A wall-clock reading: what a clock in a time zone shows at an instant. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A formatter that reads the wall clock in `timeZone`; throws a RangeError for a zone Intl does not know. */
function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Whether `name` is a time zone the runtime knows (an IANA name such as `Europe/Copenhagen`). */
export function isTimeZoneName(name: string): boolean {
  try {
    wallClockFormat(name);
    return true;
  } catch {
    return false;
  }
}

/** The clock in `timeZone` at `epochMs`. */
function wallClockIn(timeZone: string, epochMs: number): WallClock {
  const parts = Object.fromEntries(
    wallClockFormat(timeZone)
      .formatToParts(epochMs)
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** The region's clock at `epochMs`. */
export function regionWallClock(epochMs: number): WallClock {
  return wallClockIn(REGION_TIME_ZONE, epochMs);
}

/** Milliseconds `timeZone`'s clock is ahead of UTC at the instant `epochMs`. */
function offsetAt(epochMs: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = wallClockIn(timeZone, epochMs);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  return wall - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}

/** Minutes the region's clock is ahead of UTC at `epochMs`: 60 in winter, 120 in summer. */
export function regionOffsetMinutes(epochMs: number): number {
  return Math.round(offsetAt(epochMs, REGION_TIME_ZONE) / 60_000);
}

/**
 * The instant a clock in `timeZone` shows `local`. A time the clocks skip in spring (02:30 on the last Sunday of
 * March) is read with the winter offset, so it lands an hour later, as calendar programs do; a time they show twice
 * in autumn is taken the second time.
 */
export function zonedInstant(local: WallClock, timeZone: string = REGION_TIME_ZONE): number {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const first = asUtc - offsetAt(asUtc, timeZone);
  return asUtc - offsetAt(first, timeZone);
}

/** Year, month and day of a calendar day written `YYYY-MM-DD`. */
function dayParts(isoDate: string): [number, number, number] {
  return isoDate.split('-').map(Number) as [number, number, number];
}

/** The instant a region clock shows `hour:minute` on `isoDate`. */
export function regionInstantOf(isoDate: string, hour: number, minute: number): number {
  const [year, month, day] = dayParts(isoDate);
  return zonedInstant({ year, month, day, hour, minute, second: 0 });
}

/** The instant a calendar day (`YYYY-MM-DD`) begins in the region. */
export function startOfRegionDay(isoDate: string): number {
  // Midnight is never inside a daylight-saving gap here (the clocks change at 02:00 and 03:00).
  return regionInstantOf(isoDate, 0, 0);
}

/** The instant the calendar day after `isoDate` begins in the region. */
export function startOfNextRegionDay(isoDate: string): number {
  return startOfRegionDay(addDays(isoDate, 1));
}

const two = (n: number) => String(n).padStart(2, '0');
const four = (n: number) => String(n).padStart(4, '0');

/** The region's calendar day at `epochMs`, as `YYYY-MM-DD`. */
export function regionDate(epochMs: number): string {
  const { year, month, day } = regionWallClock(epochMs);
  return `${four(year)}-${two(month)}-${two(day)}`;
}

/** An instant as the feed writes it: ISO 8601 on the region's clock with its offset, `2027-03-10T09:00:00+01:00`. */
export function regionIso(epochMs: number): string {
  const { hour, minute, second } = regionWallClock(epochMs);
  const offset = regionOffsetMinutes(epochMs);
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  return `${regionDate(epochMs)}T${two(hour)}:${two(minute)}:${two(second)}${zone}`;
}

/** An instant as a person in the region reads it on a terminal or in a sheet: `2027-03-10 09:00`. */
export function regionMinuteText(epochMs: number): string {
  const { hour, minute } = regionWallClock(epochMs);
  return `${regionDate(epochMs)} ${two(hour)}:${two(minute)}`;
}

/** The calendar day `days` after (or before, when negative) `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = dayParts(isoDate);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = dayParts(from);
  const [y2, m2, d2] = dayParts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/** The weekday of a calendar day: 0 is Sunday, as `Date.getUTCDay`. */
export function weekdayOf(isoDate: string): number {
  const [year, month, day] = dayParts(isoDate);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

import { regionOffsetMinutes, regionWallClock, REGION_TIME_ZONE, type WallClock } from '../time/copenhagen.js';

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

/** Milliseconds `timeZone`'s clock is ahead of UTC at `epochMs`. */
function offsetAt(epochMs: number, timeZone: string): number {
  const parts = Object.fromEntries(
    wallClockFormat(timeZone)
      .formatToParts(epochMs)
      .map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - (epochMs - (((epochMs % 1000) + 1000) % 1000));
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

/** The instant a region clock shows `time` (`HH:MM`) on `isoDate`. */
export function regionInstantOf(isoDate: string, hour: number, minute: number): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return zonedInstant({ year, month, day, hour, minute, second: 0 });
}

const two = (n: number) => String(n).padStart(2, '0');

/** An instant as the feed writes it: ISO 8601 on the region's clock with its offset, `2027-03-10T09:00:00+01:00`. */
export function regionIso(epochMs: number): string {
  const { year, month, day, hour, minute, second } = regionWallClock(epochMs);
  const offset = regionOffsetMinutes(epochMs);
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}${zone}`;
}

/** An instant as a person in the region reads it on a terminal: `2027-03-10 09:00`. */
export function regionMinuteText(epochMs: number): string {
  const { year, month, day, hour, minute } = regionWallClock(epochMs);
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}`;
}

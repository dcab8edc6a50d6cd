import type { EventInput } from '@kulturregion/kultur/contract';
import { addDays, daysBetween, regionIso, regionWallClock, zonedInstant } from '../time/region-clock.js';

export const SERIES_EVERY = ['week', 'month'] as const;
export type SeriesEvery = (typeof SERIES_EVERY)[number];

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The start and end of the `n`th occurrence after the first (n = 0 is the first): moved on the region's calendar, so
 * a course at 10:00 stays at 10:00 on the clock across the change to and from summer time. A monthly date that a
 * month lacks (the 31st) falls on its last day; the end keeps its distance in days from the start, and its time.
 */
export function occurrenceDates(
  event: Pick<EventInput, 'start' | 'end'>,
  every: SeriesEvery,
  n: number,
): { start: string; end: string } {
  const startMs = Date.parse(event.start);
  const endMs = Date.parse(event.end);
  const start = regionWallClock(startMs);
  const end = regionWallClock(endMs);
  const startDay = `${start.year}-${two(start.month)}-${two(start.day)}`;
  const endDay = `${end.year}-${two(end.month)}-${two(end.day)}`;
  const day = every === 'week' ? addDays(startDay, 7 * n) : addMonths(startDay, n);
  const lastDay = addDays(day, daysBetween(startDay, endDay));
  const at = (isoDate: string, clock: typeof start) => {
    const [year, month, date] = isoDate.split('-').map(Number) as [number, number, number];
    return zonedInstant({ year, month, day: date, hour: clock.hour, minute: clock.minute, second: clock.second });
  };
  const newStart = at(day, start);
  // A clock time the spring change skips may push the start past an end on the same day; the end follows it.
  const newEnd = Math.max(newStart, at(lastDay, end));
  return { start: regionIso(newStart), end: regionIso(newEnd) };
}

/** The calendar day `months` later, on the same day of the month or the month's last. */
function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const length = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, length)))
    .toISOString()
    .slice(0, 10);
}

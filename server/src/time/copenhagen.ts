/** The region's time zone: every calendar day in a query means a day here. */
export const REGION_TIME_ZONE = 'Europe/Copenhagen';

/** A wall-clock reading in the region: what a clock in Denmark shows at an instant. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const wallClockFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: REGION_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The region's clock at `epochMs`. */
export function regionWallClock(epochMs: number): WallClock {
  const parts = Object.fromEntries(wallClockFormat.formatToParts(epochMs).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Milliseconds the region's clock is ahead of UTC at the instant `epochMs`. */
function offsetAt(epochMs: number): number {
  const { year, month, day, hour, minute, second } = regionWallClock(epochMs);
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  return wallClock - (epochMs - (epochMs % 1000));
}

/** Minutes the region's clock is ahead of UTC at `epochMs`: 60 in winter, 120 in summer. */
export function regionOffsetMinutes(epochMs: number): number {
  return Math.round(offsetAt(epochMs) / 60_000);
}

/** The region's calendar day at `epochMs`, as `YYYY-MM-DD`. */
export function regionDate(epochMs: number): string {
  const { year, month, day } = regionWallClock(epochMs);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar day `days` after (or before, when negative) `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The instant a calendar day (`YYYY-MM-DD`) begins in the region. */
export function startOfRegionDay(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day);
  // Midnight is never inside a daylight-saving gap here (the clocks change at 02:00 and 03:00).
  return utcMidnight - offsetAt(utcMidnight - offsetAt(utcMidnight));
}

/** The instant the calendar day after `isoDate` begins in the region. */
export function startOfNextRegionDay(isoDate: string): number {
  return startOfRegionDay(addDays(isoDate, 1));
}

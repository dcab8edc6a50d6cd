/** The region's time zone: every calendar day in a query means a day here. */
export const REGION_TIME_ZONE = 'Europe/Copenhagen';

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: REGION_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Milliseconds the region's clock is ahead of UTC at the instant `epochMs`. */
function offsetAt(epochMs: number): number {
  const parts = Object.fromEntries(offsetFormat.formatToParts(epochMs).map((part) => [part.type, part.value]));
  const wallClock = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wallClock - (epochMs - (epochMs % 1000));
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
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  return startOfRegionDay(next);
}

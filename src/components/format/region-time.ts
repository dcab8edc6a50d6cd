/**
 * Danish local time for the console's forms: staff type a date and a clock time in Europe/Copenhagen, the feed keeps
 * instants with their offset. The browser's own zone never matters (a laptop abroad still edits Danish times).
 */
const ZONE = 'Europe/Copenhagen';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The wall clock in Copenhagen at `instant`: `YYYY-MM-DD` and `HH:MM`. */
export function regionWallClock(instant: Date): { date: string; time: string } {
  const get = (type: string) => parts.formatToParts(instant).find((part) => part.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** Minutes Copenhagen is ahead of UTC at `instant` (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const { date, time } = regionWallClock(instant);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The instant of a Copenhagen wall-clock time, as ISO 8601 with its offset (`2027-03-10T19:00:00+01:00`), or
 * undefined for an empty or malformed date or time. A time skipped by the spring change is moved forward an hour.
 */
export function regionInstant(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const naive = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(naive)) return undefined;
  // Two passes: the offset at the naive guess, then at the instant it gives (right across a change of offset).
  let offset = offsetMinutes(new Date(naive - 60 * 60_000));
  offset = offsetMinutes(new Date(naive - offset * 60_000));
  return `${date}T${time}:00${formatOffset(offset)}`;
}

/** The wall clock of an ISO instant in Copenhagen, or empty strings for none. */
export function regionParts(iso: string | undefined): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? { date: '', time: '' } : regionWallClock(instant);
}

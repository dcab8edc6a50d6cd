/**
 * The free-text dates and times of Danish event listings (Kultunaut's `Startdato` and `ArrTidspunkt`): "kl. 9:00",
 * "kl. 10-15", "kl. 19.30", "Kl. 14.00 - 16.30", "hele dagen". What is not one of these forms is refused with the
 * reason, never guessed at.
 */

export interface ClockTime {
  hour: number;
  minute: number;
}

export type DanishTimes =
  { kind: 'all-day' } | { kind: 'timed'; start: ClockTime; end?: ClockTime } | { kind: 'unreadable'; reason: string };

const ALL_DAY = /^(?:hele dagen|heldags(?:arrangement)?|hele døgnet|alle dage|i åbningstiden)$/;

/** One clock time: "9", "9:00", "09.00", "19.30", with "kl."/"kl" and "ca." before it. */
const CLOCK = String.raw`(?:kl\.? ?)?(?:ca\.? ?)?(\d{1,2})(?:[.:](\d{2}))?`;
const TIMES = new RegExp(String.raw`^(?:fra )?${CLOCK}(?: ?(?:-|til) ?${CLOCK})?(?: og frem)?$`);

function clock(hours: string | undefined, minutes: string | undefined, isEnd: boolean): ClockTime | undefined {
  if (hours === undefined) return undefined;
  const hour = Number(hours);
  const minute = minutes === undefined ? 0 : Number(minutes);
  // "til kl. 24" ends at midnight: the last minute of the day, so the event stays on its day.
  if (isEnd && hour === 24 && minute === 0) return { hour: 23, minute: 59 };
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

/** Reads `ArrTidspunkt`. Empty means no time was given: the event takes the whole day. */
export function readDanishTimes(text: string | undefined): DanishTimes {
  const given = (text ?? '').trim();
  if (!given) return { kind: 'all-day' };
  const plain = given
    .toLocaleLowerCase('da')
    // "(dørene åbner kl. 19)": a remark, not the event's time.
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;]$/, '');
  if (ALL_DAY.test(plain)) return { kind: 'all-day' };
  const match = TIMES.exec(plain);
  const start = match && clock(match[1], match[2], false);
  const end = match && clock(match[3], match[4], true);
  if (!match || !start || (match[3] !== undefined && !end)) {
    return {
      kind: 'unreadable',
      reason: `ArrTidspunkt "${given}" is not a time of day such as "kl. 19.30", "kl. 10-15" or "hele dagen"`,
    };
  }
  return end ? { kind: 'timed', start, end } : { kind: 'timed', start };
}

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/** A calendar date from ISO ("2027-03-12"), Danish numeric ("12-03-2027", "12.3.2027", "12/3/2027") or words. */
export function readDanishDate(text: string | undefined): string | undefined {
  const given = (text ?? '').trim().toLocaleLowerCase('da');
  let parts: [number, number, number] | undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[t ][\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(given);
  const numeric = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(given);
  const words = /^(?:\p{L}+ )?(?:den )?(\d{1,2})\. ?(\p{L}+) (\d{4})$/u.exec(given);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) parts = [Number(numeric[3]), Number(numeric[2]), Number(numeric[1])];
  else if (words && MONTHS.includes(words[2]!)) {
    parts = [Number(words[3]), MONTHS.indexOf(words[2]!) + 1, Number(words[1])];
  }
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31-02-2027 rolls over to March in Date.UTC: a date that does not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

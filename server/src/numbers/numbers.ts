/**
 * The numbers for the culture agreement's status reports, added up from each event's tally (`numbers-store.ts`): per
 * month (of the event's start, in Danish time), per municipality, per category and per audience, and in total.
 *
 * - `events`: events held or to be held (not cancelled) starting in the period; `cancelledEvents` beside them;
 * - `signups` and `seats`: confirmed signups, and their seats; `attended`: seats checked in at the door;
 * - `noShows`: confirmed seats not checked in, for events that have ended (an event still to come has none yet);
 * - `waitlisted`: seats on the waitlist (for an ended event: those who never got in); `cancellations`: cancelled seats.
 *
 * The signups of a cancelled event are not counted: the event was not held. An event has several categories and
 * audiences and counts under each of them, so those groups overlap and do not add up to the total; months and
 * municipalities do.
 */
import type { Actor } from '../accounts/actor.js';
import { maySee } from '../workbench/permissions.js';
import { startOfRegionDay } from '../time/region-clock.js';
import type { EventTally } from './numbers-store.js';

export interface NumbersRow {
  events: number;
  cancelledEvents: number;
  signups: number;
  seats: number;
  attended: number;
  noShows: number;
  waitlisted: number;
  cancellations: number;
}

export const NUMBER_COLUMNS = [
  'events',
  'cancelledEvents',
  'signups',
  'seats',
  'attended',
  'noShows',
  'waitlisted',
  'cancellations',
] as const satisfies readonly (keyof NumbersRow)[];

export interface NumbersFilter {
  /** Calendar days in Danish time, both included. */
  from: string;
  to: string;
  municipality?: readonly string[];
  category?: readonly string[];
  audience?: readonly string[];
}

export interface Numbers {
  from: string;
  to: string;
  totals: NumbersRow;
  /** Every month of the period, in order, with zeros where nothing happened. */
  byMonth: (NumbersRow & { month: string })[];
  byMunicipality: (NumbersRow & { municipality: string })[];
  byCategory: (NumbersRow & { category: string })[];
  byAudience: (NumbersRow & { audience: string })[];
}

function zero(): NumbersRow {
  return {
    events: 0,
    cancelledEvents: 0,
    signups: 0,
    seats: 0,
    attended: 0,
    noShows: 0,
    waitlisted: 0,
    cancellations: 0,
  };
}

/** One event's part of each group it belongs to. */
function rowOf(tally: EventTally, nowMs: number): NumbersRow {
  const row = zero();
  if (tally.status === 'cancelled') {
    row.cancelledEvents = 1;
    return row;
  }
  row.events = 1;
  row.signups = tally.confirmedSignups;
  row.seats = tally.confirmedSeats;
  row.attended = tally.attendedSeats;
  row.noShows = tally.endMs <= nowMs ? Math.max(0, tally.confirmedSeats - tally.attendedSeats) : 0;
  row.waitlisted = tally.waitlistedSeats;
  row.cancellations = tally.cancelledSeats;
  return row;
}

function add(into: NumbersRow, row: NumbersRow): void {
  for (const column of NUMBER_COLUMNS) into[column] += row[column];
}

const two = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM` of each month from `from`'s to `to`'s. */
function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${two(month)}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** Adds up the tallies the actor may see and the filter keeps. */
export function numbersOf(tallies: readonly EventTally[], filter: NumbersFilter, actor: Actor, nowMs: number): Numbers {
  const totals = zero();
  const months = monthsOf(filter.from, filter.to);
  const byMonth = new Map(months.map((month) => [month, zero()]));
  // Where each month begins in Danish time: a search among them is much cheaper than reading a clock per event.
  const starts = months.map((month) => startOfRegionDay(`${month}-01`));
  const monthOf = (startMs: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= startMs) low = middle;
      else high = middle - 1;
    }
    return months[low]!;
  };
  const groups = { municipality: new Map<string, NumbersRow>(), category: new Map(), audience: new Map() };
  const into = (map: Map<string, NumbersRow>, key: string, row: NumbersRow) => {
    let group = map.get(key);
    if (!group) map.set(key, (group = zero()));
    add(group, row);
  };
  const anyOf = (wanted: readonly string[] | undefined, values: readonly string[]) =>
    !wanted?.length || values.some((value) => wanted.includes(value));
  for (const tally of tallies) {
    if (!maySee(actor, { municipality: tally.municipality as never, ownerId: tally.ownerId })) continue;
    if (!anyOf(filter.municipality, [tally.municipality])) continue;
    if (!anyOf(filter.category, tally.categories) || !anyOf(filter.audience, tally.audience)) continue;
    const row = rowOf(tally, nowMs);
    add(totals, row);
    const monthRow = byMonth.get(monthOf(tally.startMs));
    if (monthRow) add(monthRow, row);
    into(groups.municipality, tally.municipality, row);
    for (const category of new Set(tally.categories)) into(groups.category, category, row);
    for (const audience of new Set(tally.audience)) into(groups.audience, audience, row);
  }
  const sorted = <K extends string>(map: Map<string, NumbersRow>, key: K) =>
    [...map]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([value, row]) => ({ [key]: value, ...row }) as NumbersRow & Record<K, string>);
  return {
    from: filter.from,
    to: filter.to,
    totals,
    byMonth: [...byMonth].map(([month, row]) => ({ month, ...row })),
    byMunicipality: sorted(groups.municipality, 'municipality'),
    byCategory: sorted(groups.category, 'category'),
    byAudience: sorted(groups.audience, 'audience'),
  };
}

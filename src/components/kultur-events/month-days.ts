import type { KulturEvent } from '../../sdk/index.js';
import { regionDay } from '../format/event-format.js';

/**
 * Calendar days for the month view, as the feed's `from` and `to` write them (`YYYY-MM-DD`), and months as `YYYY-MM`.
 * Arithmetic runs on UTC dates of those numbers: a day is a day, whatever the clocks in Denmark or the reader's zone do.
 */

const DAY_MS = 86_400_000;

function utcOf(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date);
}

function dayOfUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `day` moved by `days` (negative: back). */
export function addDays(day: string, days: number): string {
  return dayOfUtc(utcOf(day) + days * DAY_MS);
}

/** The month (`YYYY-MM`) of `day`. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** `month` moved by `months`. */
export function addMonths(month: string, months: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return dayOfUtc(Date.UTC(year, number - 1 + months, 1)).slice(0, 7);
}

/** The first and the last day of `month`. */
export function daysOfMonth(month: string): { first: string; last: string } {
  const first = `${month}-01`;
  return { first, last: addDays(`${addMonths(month, 1)}-01`, -1) };
}

/** The day `month` has with the number of `day` (the 31st in a month of 30 is its 30th): PageUp and PageDown. */
export function sameDayIn(month: string, day: string): string {
  const { last } = daysOfMonth(month);
  const wanted = `${month}-${day.slice(8, 10)}`;
  return wanted > last ? last : wanted;
}

/** 0 for Monday to 6 for Sunday: the Danish week. */
export function weekdayOf(day: string): number {
  return (new Date(utcOf(day)).getUTCDay() + 6) % 7;
}

/** Monday and Sunday of `day`'s week, kept inside `day`'s month: Home and End never page the calendar. */
export function weekEnds(day: string): { start: string; end: string } {
  const { first, last } = daysOfMonth(monthOf(day));
  const start = addDays(day, -weekdayOf(day));
  const end = addDays(day, 6 - weekdayOf(day));
  return { start: start < first ? first : start, end: end > last ? last : end };
}

/** The weeks of `month`, Monday first, each seven places; a place outside the month is `undefined`. */
export function weeksOf(month: string): Array<Array<string | undefined>> {
  const { first, last } = daysOfMonth(month);
  const weeks: Array<Array<string | undefined>> = [];
  let day = addDays(first, -weekdayOf(first));
  while (day <= last) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)).map((d) => (monthOf(d) === month ? d : undefined)));
    day = addDays(day, 7);
  }
  return weeks;
}

/** Noon UTC of `day`: an instant that is on that day in Denmark too, for the date formats of the region's clock. */
export function instantOf(day: string): Date {
  return new Date(utcOf(day) + DAY_MS / 2);
}

/**
 * The first and last day an event runs in the region. An end at midnight belongs to the day before (an all-day event
 * ends at the start of the next day), and an event without length to its start day.
 */
export function runOf(event: Pick<KulturEvent, 'start' | 'end'>): { first: string; last: string } {
  const start = Date.parse(event.start);
  const end = Date.parse(event.end);
  const first = regionDay(new Date(start));
  return { first, last: end > start ? regionDay(new Date(end - 1)) : first };
}

/** One event on one day: `continued` when it began on an earlier day. */
export interface DayEvent {
  event: KulturEvent;
  continued: boolean;
}

/**
 * The events of `items` on each day of `month` they run (a multi-day event on every one of its days in the month),
 * each day's in feed order with those that start that day before those that continue from an earlier day: a long
 * exhibition then never hides the evening's concert behind "+N".
 */
export function eventsByDay(items: readonly KulturEvent[], month: string): Map<string, DayEvent[]> {
  const { first, last } = daysOfMonth(month);
  const days = new Map<string, DayEvent[]>();
  for (const event of items) {
    const run = runOf(event);
    const to = run.last < last ? run.last : last;
    for (let day = run.first < first ? first : run.first; day <= to; day = addDays(day, 1)) {
      const list = days.get(day) ?? [];
      list.push({ event, continued: day !== run.first });
      days.set(day, list);
    }
  }
  for (const list of days.values()) list.sort((a, b) => Number(a.continued) - Number(b.continued));
  return days;
}

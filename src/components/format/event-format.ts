import type { KulturEvent } from '../../sdk/index.js';
import type { Language } from '../i18n/language.js';

/** The region's clock: a time in the feed is shown as it is in Denmark, wherever the reader is. */
const timeZone = 'Europe/Copenhagen';
const locales: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}${JSON.stringify(options)}`;
  let made = formats.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locales[language], { ...options, timeZone });
    formats.set(key, made);
  }
  return made;
}

/** A date format in `language` on the region's clock, made once and kept: the month view formats hundreds of days. */
export { format as regionDateFormat };

/** When an event happens, as one readable range: "tirsdag den 5. januar 2027 17.00–20.00". */
export function formatWhen(event: Pick<KulturEvent, 'start' | 'end' | 'allDay'>, language: Language): string {
  const start = new Date(event.start);
  const end = new Date(event.end);
  const style: Intl.DateTimeFormatOptions = event.allDay
    ? { dateStyle: 'full' }
    : { dateStyle: 'full', timeStyle: 'short' };
  return end > start ? format(language, style).formatRange(start, end) : format(language, style).format(start);
}

/** A short date for compact lines and cards: "5. jan." */
export function formatShortDate(iso: string, language: Language): string {
  return format(language, { day: 'numeric', month: 'short' }).format(new Date(iso));
}

const HOUR = 3_600_000;

/** 01:00 UTC on the last Sunday of `month` (0-based) in `year`: when Europe's clocks change. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 24 * HOUR;
}

/**
 * The day of an instant in the region, as `YYYY-MM-DD`: what `from` and `to` take. Worked out from the EU's summer time
 * rule (Denmark is UTC+1, and UTC+2 from 01:00 UTC on the last Sunday of March to the last Sunday of October) rather
 * than with Intl: a page's first `Intl.DateTimeFormat` with a time zone costs 20–40 ms, and a listing asks for today
 * before it sends its first request (issue 21's trace). A test holds it to Intl's Europe/Copenhagen, hour by hour.
 */
export function regionDay(instant: Date): string {
  const time = instant.getTime();
  const year = instant.getUTCFullYear();
  const summer = time >= lastSundayAtOneUtc(year, 2) && time < lastSundayAtOneUtc(year, 9);
  return new Date(time + (summer ? 2 : 1) * HOUR).toISOString().slice(0, 10);
}

const amountFormats = new Map<Language, Intl.NumberFormat>();

function amountFormat(language: Language): Intl.NumberFormat {
  // Kept, like the date formats: making a NumberFormat costs more than using one, and a long listing formats hundreds.
  let made = amountFormats.get(language);
  if (!made) {
    made = new Intl.NumberFormat(locales[language], { maximumFractionDigits: 2 });
    amountFormats.set(language, made);
  }
  return made;
}

/** A price in kroner the way each language writes amounts: 1.250 in Danish, 1,250 in English. */
export function formatAmount(price: number, language: Language): string {
  return amountFormat(language).format(price);
}

/**
 * Makes the formats a listing's rows use in `language` ahead of the rows, a task each: the page's first
 * `Intl.DateTimeFormat` loads ICU's data (15–40 ms in a new browser context), its first range builds ICU's interval
 * format, its first `Intl.NumberFormat` loads more (1–14 ms), and together they made a task over 50 ms on a busy
 * machine. Called as the first request goes out; the first starts after the next frame and each next once the last has
 * run, so an answer already in is taken first: reading its body waits on the network process, and the formats fill
 * that wait (issue 21). A compact line shows a short date only; a card its time as a range and its price.
 */
export function prepareFormats(language: Language, compact: boolean): void {
  const hour = new Date(HOUR);
  const made = compact
    ? [() => formatShortDate(hour.toISOString(), language)]
    : [
        () => format(language, { dateStyle: 'full', timeStyle: 'short' }),
        () => formatWhen({ start: new Date(0).toISOString(), end: hour.toISOString(), allDay: false }, language),
        () => amountFormat(language),
      ];
  const next = (): void => {
    made.shift()!();
    if (made.length) setTimeout(next);
  };
  requestAnimationFrame(() => setTimeout(next));
}

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

/** The day of an instant in the region, as `YYYY-MM-DD`: what `from` and `to` take. */
export function regionDay(instant: Date): string {
  const parts = format('en', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const amountFormats = new Map<Language, Intl.NumberFormat>();

/** A price in kroner the way each language writes amounts: 1.250 in Danish, 1,250 in English. */
export function formatAmount(price: number, language: Language): string {
  // Kept, like the date formats: making a NumberFormat costs more than using one, and a long listing formats hundreds.
  let made = amountFormats.get(language);
  if (!made) {
    made = new Intl.NumberFormat(locales[language], { maximumFractionDigits: 2 });
    amountFormats.set(language, made);
  }
  return made.format(price);
}

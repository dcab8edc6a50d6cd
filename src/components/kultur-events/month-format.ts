import { regionDateFormat } from '../format/event-format.js';
import type { Language } from '../i18n/language.js';
import { addDays, instantOf } from './month-days.js';

/** A text with its first letter in capitals: "december 2026" heads a calendar as "December 2026". */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The month and year of `month` (`YYYY-MM`) inside a sentence: "december 2026", "December 2026". */
export function monthName(month: string, language: Language): string {
  return regionDateFormat(language, { month: 'long', year: 'numeric' }).format(instantOf(`${month}-01`));
}

/** The month and year of `month` as a calendar's title: "December 2026". */
export function formatMonth(month: string, language: Language): string {
  return capitalised(monthName(month, language));
}

/** A day in full, for screen readers and dialogs: "tirsdag 8. december", "Tuesday 8 December". */
export function formatDay(day: string, language: Language): string {
  return regionDateFormat(language, { weekday: 'long', day: 'numeric', month: 'long' }).format(instantOf(day));
}

/** The day of the month as a number: what a calendar cell shows. */
export function dayNumber(day: string): string {
  return String(Number(day.slice(8, 10)));
}

/** Monday to Sunday, each in full ("mandag") and short ("man."), for the column headers. */
export function weekdayNames(language: Language): Array<{ long: string; short: string }> {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const day = instantOf(addDays('2024-01-01', i));
    return {
      long: regionDateFormat(language, { weekday: 'long' }).format(day),
      short: regionDateFormat(language, { weekday: 'short' }).format(day),
    };
  });
}

/** The time of day an instant has in the region: "19.00" in Danish, "19:00" in English. */
export function formatTime(iso: string, language: Language): string {
  return regionDateFormat(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

import type { Catalogue } from '../i18n/catalogue.js';
import type { Language } from '../i18n/language.js';

/**
 * The month view's own words (`layout="month"`), Danish first; it also uses the listing's shared texts. Its own file,
 * so they load with the month view and pages with a list never download them.
 */
const da = {
  calendar: 'Månedskalender',
  previousMonth: 'Forrige måned',
  nextMonth: 'Næste måned',
  keys: 'Piletasterne flytter mellem dagene, Page Up og Page Down mellem månederne. Enter viser dagens arrangementer.',
  eventsOnDay: (count: number) =>
    count === 0 ? 'ingen arrangementer' : count === 1 ? '1 arrangement' : `${count} arrangementer`,
  more: (count: number) => `+${count} flere`,
  moreOn: (day: string) => `arrangementer ${day}`,
  dayTitle: (day: string) => `Arrangementer ${day}`,
  noneOnDay: 'Der er ingen arrangementer denne dag.',
  continued: 'fortsat',
  monthShown: (month: string, count: number) =>
    `${month}: ${count === 0 ? 'ingen arrangementer' : count === 1 ? '1 arrangement' : `${count} arrangementer`}`,
  monthEmpty: (month: string) => `Der er ingen arrangementer i ${month}.`,
} as const;

type MonthTexts = Catalogue<typeof da>;

const en: MonthTexts = {
  calendar: 'Month calendar',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  keys: "The arrow keys move between days, Page Up and Page Down between months. Enter shows the day's events.",
  eventsOnDay: (count) => (count === 0 ? 'no events' : count === 1 ? '1 event' : `${count} events`),
  more: (count) => `+${count} more`,
  moreOn: (day) => `events on ${day}`,
  dayTitle: (day) => `Events on ${day}`,
  noneOnDay: 'There are no events on this day.',
  continued: 'continued',
  monthShown: (month, count) => `${month}: ${count === 0 ? 'no events' : count === 1 ? '1 event' : `${count} events`}`,
  monthEmpty: (month) => `There are no events in ${month}.`,
};

const catalogue: Record<Language, MonthTexts> = { da, en };

/** The month view's texts in `language`. */
export function monthTextsFor(language: Language): MonthTexts {
  return catalogue[language];
}

export type { MonthTexts };

import type { KulturClient } from '../../sdk/index.js';
import { provideLoader, requestElement } from '../base/element-loader.js';
import type { EventFilters } from './event-filters.js';
// Types only: the calendar is a chunk of its own in the CDN bundle, loaded the first time a page shows layout="month".
import type { KulturEventsMonthElement } from './month-calendar.component.js';

provideLoader('kultur-events-month', () => import('./month-calendar.js'));

/** What `<kultur-events>` hands its month calendar. */
export interface MonthSettings {
  client: KulturClient;
  filters: EventFilters;
  eventUrl: string;
  headingLevel: number;
  noJsonLd: boolean;
  lang: string;
}

/** The parts of the calendar's shadow root that are the listing's parts. */
const PARTS =
  'calendar, agenda, day, day-more-button, month-button, item, item-title, badge, message, retry-button, dialog';

/**
 * `layout="month"`: the calendar element (see month-calendar.component.ts), `kept` from the last render or made anew
 * with `reportStates` (the listing's custom states), given the listing's settings. Made with createElement, like the
 * event dialog's `<kultur-event>`: this module must not import the calendar's code, which loads on first use so that
 * a page with a list never downloads it.
 */
export function monthCalendar(
  kept: KulturEventsMonthElement | undefined,
  settings: MonthSettings,
  reportStates: (states: Record<string, boolean>) => void,
): KulturEventsMonthElement {
  requestElement('kultur-events-month');
  let calendar = kept;
  if (!calendar) {
    calendar = document.createElement('kultur-events-month') as KulturEventsMonthElement;
    calendar.reportStates = reportStates;
  }
  // Properties set before the element is defined are taken over when it upgrades (Lit keeps them).
  return Object.assign(calendar, settings);
}

import { KulturEventsMonthElement } from './month-calendar.component.js';

/**
 * Registers the month calendar when `<kultur-events layout="month">` first needs it (see month-layout.ts). Not in
 * `HTMLElementTagNameMap`: the tag lives inside the listing's shadow root and is no element for pages to use.
 */
KulturEventsMonthElement.define('kultur-events-month');

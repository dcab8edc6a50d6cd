import type { EventOwnTexts } from './event-texts.js';

/** `<kultur-event>`'s own texts in English: in the English chunk (i18n/english.ts), loaded when an element speaks it. */
export const en: EventOwnTexts = {
  loadingEvent: 'Loading the event …',
  failedEvent: 'The event could not be loaded.',
  when: 'When',
  where: 'Where',
  organizer: 'Organiser',
  priceLabel: 'Price',
  accessibility: 'Accessibility',
  showOnMap: 'Show on map (OpenStreetMap)',
  addToCalendar: 'Add to calendar',
  calendarFile: 'Calendar file (.ics)',
  googleCalendar: 'Google Calendar',
  outlookCalendar: 'Outlook',
  share: 'Share',
  copyLink: 'Copy link',
  linkCopied: 'The link is copied.',
  signUp: 'Sign up',
  organizerPage: 'The organiser’s page',
  copyFailed: 'The link could not be copied. You can copy it from here:',
};

import type { Language } from '../i18n/language.js';
import { messagesFor, type Messages } from '../i18n/messages.js';

/**
 * The texts only `<kultur-event>` shows, Danish first: they travel in its chunk of the CDN bundle, not in the listing's
 * first download. The phrases every element shares (retry, the failures, seats left) stay in `i18n/messages.ts`.
 */
const da = {
  loadingEvent: 'Henter arrangementet …',
  failedEvent: 'Arrangementet kunne ikke hentes.',
  when: 'Hvornår',
  where: 'Hvor',
  organizer: 'Arrangør',
  priceLabel: 'Pris',
  accessibility: 'Tilgængelighed',
  showOnMap: 'Vis på kort (OpenStreetMap)',
  addToCalendar: 'Tilføj til kalender',
  calendarFile: 'Kalenderfil (.ics)',
  googleCalendar: 'Google Kalender',
  outlookCalendar: 'Outlook',
  share: 'Del',
  copyLink: 'Kopiér link',
  linkCopied: 'Linket er kopieret.',
  signUp: 'Tilmelding',
  organizerPage: 'Arrangørens side',
  copyFailed: 'Linket kunne ikke kopieres. Du kan kopiere det her:',
} as const;

type OwnMessages = { readonly [K in keyof typeof da]: string };

const en: OwnMessages = {
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

/** Everything `<kultur-event>` says: its own texts and the shared ones. */
type EventMessages = Messages & OwnMessages;

const catalogue: Record<Language, EventMessages> = {
  da: { ...messagesFor('da'), ...da },
  en: { ...messagesFor('en'), ...en },
};

/** The texts of `<kultur-event>` in `language`. */
export function eventMessagesFor(language: Language): EventMessages {
  return catalogue[language];
}

export type { EventMessages };

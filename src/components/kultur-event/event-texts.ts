import type { Catalogue } from '../i18n/catalogue.js';
import type { Language } from '../i18n/language.js';
import { sharedTextsFor, type SharedTexts } from '../i18n/shared-texts.js';

/**
 * The texts only `<kultur-event>` shows, Danish first: they travel in its chunk of the CDN bundle, not in the listing's
 * first download. The phrases every element shares (retry, the failures, seats left) stay in `i18n/shared-texts.ts`.
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

type OwnTexts = Catalogue<typeof da>;

const en: OwnTexts = {
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
type EventTexts = SharedTexts & OwnTexts;

const catalogue: Record<Language, EventTexts> = {
  da: { ...sharedTextsFor('da'), ...da },
  en: { ...sharedTextsFor('en'), ...en },
};

/** The texts of `<kultur-event>` in `language`. */
export function eventTextsFor(language: Language): EventTexts {
  return catalogue[language];
}

export type { EventTexts };

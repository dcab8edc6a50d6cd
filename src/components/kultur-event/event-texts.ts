import type { Catalogue } from '../i18n/catalogue.js';
import type { Language } from '../i18n/language.js';
import { withSharedTexts, type SharedTexts } from '../i18n/shared-texts.js';

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

export type { OwnTexts as EventOwnTexts };

/** Everything `<kultur-event>` says: its own texts and the shared ones. */
type EventTexts = SharedTexts & OwnTexts;

/** The texts of `<kultur-event>` in `language`. */
export const eventTextsFor = withSharedTexts<OwnTexts>(da, (english) => english.event);

export type { EventTexts };

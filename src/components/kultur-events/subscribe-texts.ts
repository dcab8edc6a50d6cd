import type { Catalogue } from '../i18n/catalogue.js';
import type { Language } from '../i18n/language.js';
import { withSharedTexts, type SharedTexts } from '../i18n/shared-texts.js';

/**
 * What the listing's subscribe menu says, Danish first: in the menu's own chunk of the CDN bundle, loaded with it, not in
 * the listing's first download.
 */
const da = {
  subscribe: 'Abonnér på kalenderen',
  intro: 'Få de arrangementer, der passer til filtrene her, i din egen kalender. Den holder sig selv opdateret.',
  appleOutlook: 'Apple Kalender eller Outlook',
  google: 'Google Kalender',
  address: 'Adresse til andre kalendere',
  copy: 'Kopiér adressen',
  copied: 'Kopieret',
  selected: 'Adressen er markeret. Kopiér den med Ctrl+C (Cmd+C på en Mac).',
} as const;

type OwnTexts = Catalogue<typeof da>;
/** Everything the menu says: its own texts and the shared ones ("(åbner i nyt vindue)"). */
type SubscribeTexts = SharedTexts & OwnTexts;

const en: OwnTexts = {
  subscribe: 'Subscribe to the calendar',
  intro: 'Get the events that match the filters here in your own calendar. It keeps itself up to date.',
  appleOutlook: 'Apple Calendar or Outlook',
  google: 'Google Calendar',
  address: 'Address for other calendars',
  copy: 'Copy the address',
  copied: 'Copied',
  selected: 'The address is selected. Copy it with Ctrl+C (Cmd+C on a Mac).',
};

/** The subscribe menu's texts in `language`. */
export const subscribeTextsFor = withSharedTexts<OwnTexts>(da, () => en);

export type { SubscribeTexts };

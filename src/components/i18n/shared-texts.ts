import type { Catalogue } from './catalogue.js';
import type { Language } from './language.js';

/**
 * The interface texts every element shares (loading, failures in the visitor's words, retry, seats, prices, the
 * listing's own words), Danish first; what only `<kultur-event>` or `<kultur-signup>` says is in its own `*-texts.ts`.
 * A function where the text depends on a number, so each language inflects in its own way.
 */
const da = {
  loading: 'Henter arrangementer …',
  eventsRegion: 'Arrangementer',
  eventsShown: (shown: number) => (shown === 1 ? 'Viser 1 arrangement' : `Viser ${shown} arrangementer`),
  moreShown: (added: number, shown: number) =>
    `${added === 1 ? '1 arrangement mere' : `${added} arrangementer mere`} vist, ${shown} i alt`,
  showMore: 'Vis flere',
  empty: 'Der er ingen arrangementer, der passer til din søgning.',
  emptyUnfiltered: 'Der er ingen kommende arrangementer lige nu.',
  clearFilters: 'Nulstil filtre',
  failed: 'Arrangementerne kunne ikke hentes.',
  failedKeptOld: 'Listen kunne ikke opdateres; du ser den senest hentede udgave.',
  feedDown: 'Kalenderen kan ikke hentes lige nu. Prøv igen om lidt.',
  // Why it failed, one text a kind of failure (FailureKind in the SDK; explain-failure.ts chooses).
  offline: 'Tjek din internetforbindelse, og prøv igen.',
  unreachable: 'Kalenderen kan ikke nås lige nu. Prøv igen senere.',
  timeout: 'Kalenderen er for længe om at svare. Prøv igen om lidt.',
  'wrong-address': 'Kalenderen er ikke sat rigtigt op på denne side.',
  'not-a-feed': 'Svaret fra kalenderen kunne ikke læses. Prøv igen senere.',
  'not-found': 'Arrangementet findes ikke længere.',
  server: 'Kalenderen har problemer lige nu. Prøv igen om lidt.',
  retry: 'Prøv igen',
  cancelled: 'Aflyst',
  postponed: 'Udsat',
  rescheduled: 'Flyttet',
  fullyBooked: 'Fuldt booket',
  waitlistOpen: 'Fuldt booket – venteliste',
  seatsLeft: (seats: number) => (seats === 1 ? '1 ledig plads' : `${seats} ledige pladser`),
  free: 'Gratis',
  price: (amount: string) => `${amount} kr.`,
  online: 'Online',
  allDay: 'Hele dagen',
  filters: 'Filtrér arrangementer',
  filterMunicipality: 'Kommune',
  filterCategory: 'Kategori',
  filterAudience: 'Målgruppe',
  filterFrom: 'Fra dato',
  filterTo: 'Til dato',
  filterSearch: 'Søg',
  allMunicipalities: 'Alle kommuner',
  allCategories: 'Alle kategorier',
  allAudiences: 'Alle målgrupper',
  close: 'Luk',
  signUpExternal: 'Tilmeld dig hos arrangøren',
  opensNewWindow: '(åbner i nyt vindue)',
} as const;

type SharedTexts = Catalogue<typeof da>;

const en: SharedTexts = {
  loading: 'Loading events …',
  eventsRegion: 'Events',
  eventsShown: (shown) => (shown === 1 ? 'Showing 1 event' : `Showing ${shown} events`),
  moreShown: (added, shown) => `${added === 1 ? '1 more event' : `${added} more events`} shown, ${shown} in all`,
  showMore: 'Show more',
  empty: 'No events match your search.',
  emptyUnfiltered: 'There are no upcoming events right now.',
  clearFilters: 'Clear filters',
  failed: 'The events could not be loaded.',
  failedKeptOld: 'The list could not be updated; you are seeing the last version loaded.',
  feedDown: 'The calendar cannot be fetched right now. Please try again in a moment.',
  offline: 'Check your internet connection and try again.',
  unreachable: 'The calendar cannot be reached right now. Please try again later.',
  timeout: 'The calendar is taking too long to answer. Please try again in a moment.',
  'wrong-address': 'The calendar is not set up correctly on this page.',
  'not-a-feed': 'The answer from the calendar could not be read. Please try again later.',
  'not-found': 'The event no longer exists.',
  server: 'The calendar is having problems right now. Please try again in a moment.',
  retry: 'Try again',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
  rescheduled: 'Rescheduled',
  fullyBooked: 'Fully booked',
  waitlistOpen: 'Fully booked – waiting list',
  seatsLeft: (seats) => (seats === 1 ? '1 seat left' : `${seats} seats left`),
  free: 'Free',
  price: (amount) => `DKK ${amount}`,
  online: 'Online',
  allDay: 'All day',
  filters: 'Filter events',
  filterMunicipality: 'Municipality',
  filterCategory: 'Category',
  filterAudience: 'Audience',
  filterFrom: 'From date',
  filterTo: 'To date',
  filterSearch: 'Search',
  allMunicipalities: 'All municipalities',
  allCategories: 'All categories',
  allAudiences: 'All audiences',
  close: 'Close',
  signUpExternal: 'Sign up with the organiser',
  opensNewWindow: '(opens in a new window)',
};

const catalogue: Record<Language, SharedTexts> = { da, en };

/** The texts in `language`. */
export function sharedTextsFor(language: Language): SharedTexts {
  return catalogue[language];
}

export type { SharedTexts };

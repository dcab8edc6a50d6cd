import type { Catalogue } from './catalogue.js';
import type * as EnglishModule from './english.js';
import type { Language } from './language.js';

type EnglishTexts = typeof EnglishModule;

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

/** The English texts, once an element has spoken English: a chunk of their own (english.ts). */
let english: EnglishTexts | undefined;

/**
 * Loads the texts in `language`, or returns undefined when they are in. Danish is in `kultur.js` and in each element's
 * chunk; English is one chunk for the listing, the event view and the signup form, so a Danish page never downloads it
 * (issue 21). KulturElement waits for it before it renders.
 */
export function loadTexts(language: Language): Promise<void> | undefined {
  if (language === 'da' || english) return undefined;
  return import('./english.js').then((loaded) => {
    english = loaded;
  });
}

/**
 * An element's texts in `language`: `englishOf` the English texts once they are in, else `danish` (Danish is also
 * what shows while English is still loading, which KulturElement does not let happen).
 */
export function textsIn<Texts>(language: Language, danish: Texts, englishOf: (texts: EnglishTexts) => Texts): Texts {
  return language === 'en' && english ? englishOf(english) : danish;
}

/** The shared texts in `language`. */
export function sharedTextsFor(language: Language): SharedTexts {
  return textsIn(language, da, (texts) => texts.shared);
}

/**
 * The texts in `language` of an element with texts of its own besides the shared ones: `own` over the shared, merged
 * once per catalogue.
 */
export function withSharedTexts<Own>(
  danish: Own,
  englishOf: (texts: EnglishTexts) => Own,
): (language: Language) => SharedTexts & Own {
  const merged = new WeakMap<SharedTexts, SharedTexts & Own>();
  return (language) => {
    const shared = sharedTextsFor(language);
    let texts = merged.get(shared);
    if (!texts) merged.set(shared, (texts = { ...shared, ...textsIn(language, danish, englishOf) }));
    return texts;
  };
}

export type { SharedTexts };

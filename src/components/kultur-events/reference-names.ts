import type { CategoryId, MunicipalityId } from '../../sdk/index.js';
import type { Language } from '../i18n/language.js';

/**
 * The names of the municipalities and categories the contract knows, in both languages: the same as the feed's
 * `/v1/municipalities` and `/v1/categories` (a test holds them equal). They ship with the listing so that its first
 * paint costs one feed request, not three: the ids are fixed by the contract's version, so their names are too.
 */
const municipalities: Record<MunicipalityId, string> = {
  faxe: 'Faxe',
  guldborgsund: 'Guldborgsund',
  lolland: 'Lolland',
  naestved: 'Næstved',
  stevns: 'Stevns',
  vordingborg: 'Vordingborg',
};

const categories: Record<Language, Record<CategoryId, string>> = {
  da: {
    netvaerkstraef: 'Netværkstræf',
    kursus: 'Kursus',
    workshop: 'Workshop',
    koncert: 'Koncert',
    udstilling: 'Udstilling',
    foredrag: 'Foredrag',
    'boern-og-unge': 'Børn og unge',
  },
  en: {
    netvaerkstraef: 'Network meeting',
    kursus: 'Course',
    workshop: 'Workshop',
    koncert: 'Concert',
    udstilling: 'Exhibition',
    foredrag: 'Talk',
    'boern-og-unge': 'Children and young people',
  },
};

/** Ids and names of the member municipalities, in the feed's order. Their names are the same in both languages. */
export function municipalityNames(): Array<[MunicipalityId, string]> {
  return Object.entries(municipalities) as Array<[MunicipalityId, string]>;
}

/** Ids and names of the categories in `language`, in the feed's order. */
export function categoryNames(language: Language): Array<[CategoryId, string]> {
  return Object.entries(categories[language]) as Array<[CategoryId, string]>;
}

/** The name of a municipality or category id; an id the table lacks (a newer feed) is shown as it is. */
export function nameOf(id: string, language: Language): string {
  return (municipalities as Record<string, string>)[id] ?? (categories[language] as Record<string, string>)[id] ?? id;
}

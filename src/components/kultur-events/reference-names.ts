import { CATEGORIES, MUNICIPALITIES } from '../../contract/reference-data.js';
import type { CategoryId, MunicipalityId } from '../../sdk/index.js';
import type { Language } from '../i18n/language.js';

/**
 * The names of the municipalities and categories, from the contract's reference data: the same the feed serves at
 * `/v1/municipalities` and `/v1/categories`. The listing ships them so that its first paint costs one feed request,
 * not three: the ids are fixed by the contract's version, so their names are too.
 */

/** Ids and names of the member municipalities in `language`, in the feed's order. */
export function municipalityNames(language: Language): Array<[MunicipalityId, string]> {
  return MUNICIPALITIES.map(({ id, name }) => [id, name[language]]);
}

/** Ids and names of the categories in `language`, in the feed's order. */
export function categoryNames(language: Language): Array<[CategoryId, string]> {
  return CATEGORIES.map(({ id, name }) => [id, name[language]]);
}

/** The name of a municipality or category id; an id the contract lacks (a newer feed) is shown as it is. */
export function nameOf(id: string, language: Language): string {
  return [...MUNICIPALITIES, ...CATEGORIES].find((known) => known.id === id)?.name[language] ?? id;
}

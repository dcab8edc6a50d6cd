import { CATEGORIES, MUNICIPALITIES } from '../../contract/reference-data.js';
import type { Language } from '../i18n/language.js';

/**
 * The names of the municipalities and categories, from the contract's reference data: the same the feed serves at
 * `/v1/municipalities` and `/v1/categories`. The listing ships them so that its first paint costs one feed request,
 * not three: the ids are fixed by the contract's version, so their names are too. (The filter controls read the
 * reference data themselves, audiences included.)
 */

/** Every name by its id, looked up a few times a row. */
const names = new Map<string, Record<Language, string>>(
  [...MUNICIPALITIES, ...CATEGORIES].map((known) => [known.id, known.name]),
);

/** The name of a municipality or category id; an id the contract lacks (a newer feed) is shown as it is. */
export function nameOf(id: string, language: Language): string {
  return names.get(id)?.[language] ?? id;
}

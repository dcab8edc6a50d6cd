/**
 * The region's reference data: the ids of the contract with their names in Danish and English, as the feed serves them
 * at `/v1/municipalities` and `/v1/categories` (the audiences' names are only here). The elements ship them, so a
 * listing's first paint needs no request for them; the ids are fixed by the contract's version, so their names are too.
 *
 * @module
 */
import type { AudienceId, Category, LocalizedName, Municipality } from './schema.js';

/**
 * The member municipalities, in the order people in the region list them (alphabetical in Danish).
 *
 * @example
 * ```ts
 * const name = MUNICIPALITIES.find((municipality) => municipality.id === event.municipality)?.name.da;
 * ```
 */
export const MUNICIPALITIES: readonly Municipality[] = [
  { id: 'faxe', name: { da: 'Faxe', en: 'Faxe' } },
  { id: 'guldborgsund', name: { da: 'Guldborgsund', en: 'Guldborgsund' } },
  { id: 'lolland', name: { da: 'Lolland', en: 'Lolland' } },
  { id: 'naestved', name: { da: 'Næstved', en: 'Næstved' } },
  { id: 'stevns', name: { da: 'Stevns', en: 'Stevns' } },
  { id: 'vordingborg', name: { da: 'Vordingborg', en: 'Vordingborg' } },
];

/**
 * The categories an event can carry, with their names, in the order the feed lists them.
 *
 * @example
 * ```ts
 * const options = CATEGORIES.map(({ id, name }) => `<option value="${id}">${name.en}</option>`);
 * ```
 */
export const CATEGORIES: readonly Category[] = [
  { id: 'netvaerkstraef', name: { da: 'Netværkstræf', en: 'Network meeting' } },
  { id: 'kursus', name: { da: 'Kursus', en: 'Course' } },
  { id: 'workshop', name: { da: 'Workshop', en: 'Workshop' } },
  { id: 'koncert', name: { da: 'Koncert', en: 'Concert' } },
  { id: 'udstilling', name: { da: 'Udstilling', en: 'Exhibition' } },
  { id: 'foredrag', name: { da: 'Foredrag', en: 'Talk' } },
  { id: 'boern-og-unge', name: { da: 'Børn og unge', en: 'Children and young people' } },
];

/**
 * The audiences an event is for, with their names, in the order of the contract's `AUDIENCE_IDS`. The feed has no
 * route for them: the three are fixed by the contract's version.
 *
 * @example
 * ```ts
 * const names = event.audience.map((id) => AUDIENCES.find((audience) => audience.id === id)?.name.da);
 * ```
 */
export const AUDIENCES: ReadonlyArray<{ id: AudienceId; name: LocalizedName }> = [
  { id: 'kulturaktoerer', name: { da: 'Kulturaktører', en: 'Cultural actors' } },
  { id: 'borgere', name: { da: 'Borgere', en: 'Citizens' } },
  { id: 'boern-og-unge', name: { da: 'Børn og unge', en: 'Children and young people' } },
];

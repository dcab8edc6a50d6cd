import type { Category, Municipality } from '../../src/sdk/schema.js';

/** The member municipalities, in the order people in the region list them (alphabetical in Danish). */
export const MUNICIPALITIES: readonly Municipality[] = [
  { id: 'faxe', name: { da: 'Faxe', en: 'Faxe' } },
  { id: 'guldborgsund', name: { da: 'Guldborgsund', en: 'Guldborgsund' } },
  { id: 'lolland', name: { da: 'Lolland', en: 'Lolland' } },
  { id: 'naestved', name: { da: 'Næstved', en: 'Næstved' } },
  { id: 'stevns', name: { da: 'Stevns', en: 'Stevns' } },
  { id: 'vordingborg', name: { da: 'Vordingborg', en: 'Vordingborg' } },
];

export const CATEGORIES: readonly Category[] = [
  { id: 'netvaerkstraef', name: { da: 'Netværkstræf', en: 'Network meeting' } },
  { id: 'kursus', name: { da: 'Kursus', en: 'Course' } },
  { id: 'workshop', name: { da: 'Workshop', en: 'Workshop' } },
  { id: 'koncert', name: { da: 'Koncert', en: 'Concert' } },
  { id: 'udstilling', name: { da: 'Udstilling', en: 'Exhibition' } },
  { id: 'foredrag', name: { da: 'Foredrag', en: 'Talk' } },
  { id: 'boern-og-unge', name: { da: 'Børn og unge', en: 'Children and young people' } },
];

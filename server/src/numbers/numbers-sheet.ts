import { CATEGORIES, MUNICIPALITIES } from '@kulturregion/kultur/contract';
import { toCsv } from '../http/csv.js';
import { NUMBER_COLUMNS, type Numbers, type NumbersRow } from './numbers.js';

const headings: Record<keyof NumbersRow, string> = {
  events: 'Arrangementer',
  cancelledEvents: 'Aflyste arrangementer',
  signups: 'Tilmeldinger',
  seats: 'Pladser',
  attended: 'Fremmødte',
  noShows: 'Udeblevne',
  waitlisted: 'Venteliste',
  cancellations: 'Afmeldte',
};

const audiences: Record<string, string> = {
  kulturaktoerer: 'Kulturaktører',
  borgere: 'Borgere',
  'boern-og-unge': 'Børn og unge',
};

const nameOf = (list: readonly { id: string; name: { da: string } }[], id: string) =>
  list.find((item) => item.id === id)?.name.da ?? id;

/**
 * The numbers as one sheet for Danish Excel (`http/csv.ts`): a row per group, `Gruppe` saying which (Måned, Kommune,
 * Kategori, Målgruppe, I alt), so a filter on that column gives each table; the same counts as the JSON.
 */
export function numbersSheet(numbers: Numbers): string {
  const line = (group: string, value: string, row: NumbersRow) => [
    group,
    value,
    ...NUMBER_COLUMNS.map((column) => row[column]),
  ];
  return toCsv(
    ['Gruppe', 'Værdi', ...NUMBER_COLUMNS.map((column) => headings[column])],
    [
      ...numbers.byMonth.map((row) => line('Måned', row.month, row)),
      ...numbers.byMunicipality.map((row) => line('Kommune', nameOf(MUNICIPALITIES, row.municipality), row)),
      ...numbers.byCategory.map((row) => line('Kategori', nameOf(CATEGORIES, row.category), row)),
      ...numbers.byAudience.map((row) => line('Målgruppe', audiences[row.audience] ?? row.audience, row)),
      line('I alt', `${numbers.from} til ${numbers.to}`, numbers.totals),
    ],
  );
}

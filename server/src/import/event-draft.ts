/**
 * Builds the event a record of an iCalendar file or a Kultunaut export describes: the fields those formats have,
 * and what the feed needs that they lack (municipality, categories, audience, organizer, summary) decided the same
 * way for both. The result is checked against `EventInputSchema` afterwards; the problems found here are the ones the
 * schema could only name vaguely.
 */
import type { AudienceId, CategoryId, EventStatus, MunicipalityId } from '@kulturregion/kultur/contract';
import { summaryOf } from './html-text.js';
import { RecordProblem, type ImportSettings } from './import-record.js';
import { placeByPostalCode, placeByTown } from './region-places.js';

/** Where an event is, as far as the source says. */
export type PlaceParts =
  | { kind: 'venue'; name?: string; address?: string; postalCode?: string; city?: string; text: string }
  | { kind: 'online'; url: string };

export interface DraftParts {
  title: string | undefined;
  /** Plain text. */
  description: string;
  /** Plain text; the description's first paragraph when absent. */
  summary?: string;
  start: string;
  end: string;
  allDay: boolean;
  place: PlaceParts | undefined;
  /** Texts to find categories in: the title, and the source's own categories or genres. */
  categoryHints: readonly string[];
  organizerName?: string;
  price: number;
  url?: string;
  imageUrl?: string;
  status: EventStatus;
}

/** Words that name a category, looked for in the title and the source's categories (Danish and English). */
const CATEGORY_WORDS: ReadonlyArray<[CategoryId, RegExp]> = [
  ['netvaerkstraef', /netværk/],
  ['kursus', /kursus|kurser|course/],
  ['workshop', /workshop|værksted/],
  ['koncert', /koncert|concert|jazz|musik|music|kor\b|orkester|band\b/],
  ['udstilling', /udstilling|exhibition|fernisering|kunstudstilling/],
  ['foredrag', /foredrag|talk|lecture|fortælling/],
  ['boern-og-unge', /børn|barn|unge\b|familie|children|kids/],
];

function categoriesOf(hints: readonly string[], settings: ImportSettings): CategoryId[] {
  if (settings.categories?.length) return settings.categories;
  const text = hints.join(' ').toLocaleLowerCase('da');
  const found = CATEGORY_WORDS.filter(([, words]) => words.test(text)).map(([id]) => id);
  if (!found.length) {
    throw new RecordProblem(
      'no category: neither the title nor the source names one the feed knows; give one with --category',
    );
  }
  return found;
}

/** Course days and network meetings are for the region's cultural actors; everything else for citizens. */
function audienceOf(categories: readonly CategoryId[]): AudienceId[] {
  const audience: AudienceId[] = [];
  if (categories.some((id) => id === 'kursus' || id === 'netvaerkstraef')) audience.push('kulturaktoerer');
  if (categories.some((id) => id !== 'kursus' && id !== 'netvaerkstraef' && id !== 'boern-og-unge')) {
    audience.push('borgere');
  }
  if (categories.includes('boern-og-unge')) audience.push('boern-og-unge');
  return audience.length ? audience : ['borgere'];
}

interface Placed {
  municipality: MunicipalityId;
  venue?: { name: string; address: string; postalCode: string; city: string };
  online?: { url: string };
}

function placeOf(place: PlaceParts | undefined, settings: ImportSettings): Placed {
  if (!place) {
    throw new RecordProblem('no place: the record names neither a venue nor an online address');
  }
  if (place.kind === 'online') {
    if (!settings.municipality) {
      throw new RecordProblem('an online event has no postal code to find its municipality by; give --municipality');
    }
    return { municipality: settings.municipality, online: { url: place.url } };
  }
  const known = placeByPostalCode(place.postalCode) ?? (place.postalCode ? undefined : placeByTown(place.city));
  const postalCode = place.postalCode ?? known?.postalCode;
  const city = place.city ?? known?.town;
  const municipality = settings.municipality ?? known?.municipality;
  if (!municipality) {
    throw new RecordProblem(
      postalCode
        ? `postal code ${postalCode}${city ? ` (${city})` : ''} is not in one of the region's six municipalities; ` +
            'give --municipality to import it anyway'
        : `the place "${place.text}" has no postal code, and no town the import knows; give --municipality`,
    );
  }
  if (!postalCode || !city) throw new RecordProblem(`the place "${place.text}" has no postal code and town`);
  const address = place.address ?? (place.name && /\d/.test(place.name) ? place.name : undefined);
  if (!address) throw new RecordProblem(`the place "${place.text}" has no street address`);
  return { municipality, venue: { name: place.name ?? address, address, postalCode, city } };
}

/** The event input for `parts`, or a `RecordProblem` saying what is missing. */
export function draftEvent(parts: DraftParts, settings: ImportSettings): Record<string, unknown> {
  if (!parts.title) throw new RecordProblem('no title');
  const placed = placeOf(parts.place, settings);
  const categories = categoriesOf([parts.title, ...parts.categoryHints], settings);
  const summary = parts.summary || summaryOf(parts.description) || parts.title;
  return {
    title: parts.title,
    summary: summaryOf(summary, 500),
    description: parts.description,
    start: parts.start,
    end: parts.end,
    allDay: parts.allDay,
    status: parts.status,
    municipality: placed.municipality,
    ...(placed.venue ? { venue: placed.venue } : {}),
    ...(placed.online ? { online: placed.online } : {}),
    categories,
    audience: audienceOf(categories),
    organizer: { name: parts.organizerName || (parts.place?.kind === 'venue' && parts.place.name) || settings.source },
    price: parts.price,
    ...(parts.imageUrl ? { image: { url: parts.imageUrl, alt: '' } } : {}),
    ...(parts.url ? { url: parts.url } : {}),
    signup: null,
  };
}

/** Where a free-text location (an iCalendar LOCATION) is: "Maribo Bibliotek, Torvet 1, 4930 Maribo". */
export function placeFromText(text: string | undefined): PlaceParts | undefined {
  const given = text?.trim();
  if (!given) return undefined;
  if (/^https?:\/\/\S+$/i.test(given)) return { kind: 'online', url: given };
  const parts = given
    .split(/\s*[,\n]\s*/)
    .map((part) => part.trim())
    .filter((part) => part && !/^(?:danmark|denmark|dk)$/i.test(part));
  let postalCode: string | undefined;
  let city: string | undefined;
  let before = parts;
  const codeAt = parts.findLastIndex((part) => /^(?:dk-?)?\d{4}\s+\S/i.test(part));
  if (codeAt >= 0) {
    const match = /^(?:dk-?)?(\d{4})\s+(.+)$/i.exec(parts[codeAt]!)!;
    [postalCode, city] = [match[1], match[2]];
    before = parts.slice(0, codeAt);
  } else if (parts.length > 1 && placeByTown(parts.at(-1))) {
    city = parts.at(-1);
    before = parts.slice(0, -1);
  }
  const [name, ...address] = before;
  return { kind: 'venue', name, address: address.join(', ') || undefined, postalCode, city, text: given };
}

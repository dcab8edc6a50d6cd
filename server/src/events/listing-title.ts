import type { AudienceId, CategoryId, MunicipalityId } from '@kulturregion/kultur/contract';
import { MUNICIPALITIES } from '@kulturregion/kultur/contract';

/** The languages the server writes listings in. */
export const LISTING_LANGUAGES = ['da', 'en'] as const;
export type ListingLanguage = (typeof LISTING_LANGUAGES)[number];

/** What a listing shows, as its title names it. */
export interface ListingSubject {
  municipality?: readonly string[];
  category?: readonly string[];
  audience?: readonly string[];
  /** The free-text search as the person typed it. */
  q?: string;
}

/** Categories as a title counts them: "kurser og workshops". */
const categoryPlurals: Record<CategoryId, Record<ListingLanguage, string>> = {
  netvaerkstraef: { da: 'netværkstræf', en: 'network meetings' },
  kursus: { da: 'kurser', en: 'courses' },
  workshop: { da: 'workshops', en: 'workshops' },
  koncert: { da: 'koncerter', en: 'concerts' },
  udstilling: { da: 'udstillinger', en: 'exhibitions' },
  foredrag: { da: 'foredrag', en: 'talks' },
  'boern-og-unge': { da: 'for børn og unge', en: 'for children and young people' },
};

const audiences: Record<AudienceId, Record<ListingLanguage, string>> = {
  kulturaktoerer: { da: 'kulturaktører', en: 'cultural actors' },
  borgere: { da: 'borgere', en: 'citizens' },
  'boern-og-unge': { da: 'børn og unge', en: 'children and young people' },
};

const words = {
  da: { culture: 'Kultur i', region: 'Kulturregion Storstrøm', and: 'og', for: 'for', search: 'søgning' },
  en: { culture: 'Culture in', region: 'Kulturregion Storstrøm', and: 'and', for: 'for', search: 'search' },
} as const;

/** "a", "a og b", "a, b og c". */
function listOf(items: readonly string[], and: string): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/**
 * A listing's name, saying what it holds: "Kultur i Lolland – kurser for kulturaktører". Calendar apps show it for
 * a subscription, and the HTML listing uses it as its title and heading.
 */
export function listingTitle(subject: ListingSubject, language: ListingLanguage): string {
  const w = words[language];
  const places = (subject.municipality ?? []).map(
    (id) => MUNICIPALITIES.find((municipality) => municipality.id === (id as MunicipalityId))?.name[language] ?? id,
  );
  const kinds = (subject.category ?? []).map((id) => categoryPlurals[id as CategoryId]?.[language] ?? id);
  const forWhom = (subject.audience ?? []).map((id) => audiences[id as AudienceId]?.[language] ?? id);
  const what = [listOf(kinds, w.and)];
  const audienceText = forWhom.length ? `${w.for} ${listOf(forWhom, w.and)}` : '';
  // "for børn og unge" as a category already says who it is for.
  if (audienceText && !what[0]!.endsWith(audienceText)) what.push(audienceText);
  const details = [what.filter(Boolean).join(' '), subject.q ? `${w.search}: ${subject.q}` : ''].filter(Boolean);
  const title = `${w.culture} ${places.length ? listOf(places, w.and) : w.region}`;
  return details.length ? `${title} – ${details.join(', ')}` : title;
}

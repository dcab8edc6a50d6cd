import type { EventInput } from '@kulturregion/kultur/contract';
import { danishStem } from './danish-stemmer.js';

/** Lower-cases the way Danish readers expect (Æ, Ø, Å included) so a search matches regardless of case. */
export function foldCase(text: string): string {
  return text.toLocaleLowerCase('da');
}

/** Accents other than å's ring come off before stemming (café → cafe); å stays a letter of its own until `folded`. */
function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/a\u030a/g, 'å')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

/**
 * One spelling for what readers type several ways: æ, ø, å as a, o, a, and their stand-ins ae, oe, aa too, so
 * "Nykøbing", "Nykoebing" and "Nykobing" meet, as do "Åbenrå" and "Aabenraa". Repeated until nothing changes, so "aae"
 * (å typed as aa, then e) ends where "åe" does.
 */
function folded(stem: string): string {
  let text = stem.replace(/[æå]/g, 'a').replace(/ø/g, 'o');
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(/a[ae]/g, 'a').replace(/oe/g, 'o');
  }
  return text;
}

/**
 * The words of a text as search compares them: lower-cased, accents off, split at anything but letters and digits,
 * stemmed (`danish-stemmer.ts`), and folded. Both databases' full-text indexes and the console's substring search
 * receive these words, never the text itself, so every backend splits and matches alike.
 */
export function searchWordsOf(text: string): string[] {
  return withoutAccents(foldCase(text))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => folded(danishStem(word)));
}

/** The event's searchable words: its title apart, so that a match there can rank above one in the description. */
export interface SearchFields {
  title: string;
  /** The rest a person would recognise the event by: summary, description, place, organiser, accessibility. */
  body: string;
}

/** `event` may be a stored row's JSON from before a field existed, so each field is read with care. */
export function searchFieldsOf(event: Partial<EventInput>): SearchFields {
  const body = [
    event.summary,
    event.description,
    event.venue?.name,
    event.venue?.city,
    event.organizer?.name,
    event.accessibility,
  ];
  return {
    title: searchWordsOf(event.title ?? '').join(' '),
    body: searchWordsOf(body.filter(Boolean).join('\n')).join(' '),
  };
}

/**
 * The words of both fields in one text with a space before and after each, for the console's substring search:
 * `" word "` is a whole word there, `" wor"` the start of one.
 */
export function searchTextOf({ title, body }: SearchFields): string {
  return ` ${[title, body].filter(Boolean).join(' ')} `;
}

import type { EventInput } from '@kulturregion/kultur/contract';

/** Lower-cases the way Danish readers expect (Æ, Ø, Å included) so a search matches regardless of case. */
export function foldCase(text: string): string {
  return text.toLocaleLowerCase('da');
}

/** The text `q` searches: what a person would recognise an event by. */
export function searchTextOf(event: EventInput): string {
  return foldCase(
    [
      event.title,
      event.summary,
      event.description,
      event.venue?.name,
      event.venue?.city,
      event.organizer.name,
      event.accessibility,
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

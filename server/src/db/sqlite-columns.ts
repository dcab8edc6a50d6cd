import { eventColumns, type StoredEventInput } from '../events/event-store.js';

/** The event's columns as SQLite stores them (in `events`, and a working copy's in `event_drafts`): lists as JSON text. */
export function sqliteColumns(input: StoredEventInput) {
  const columns = eventColumns(input);
  return { ...columns, categories: JSON.stringify(columns.categories), audience: JSON.stringify(columns.audience) };
}

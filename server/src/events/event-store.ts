/**
 * The events' part of storage: what the listing and the event pages read, and the event row both databases keep
 * (`db/sqlite-storage.ts` and `db/postgres-storage.ts` own the SQL; the row is turned into an event here, once).
 */
import type { EventInput, EventSort, KulturEvent, SignupSettings } from '@kulturregion/kultur/contract';
import type { SearchTerm } from './search-terms.js';
import { searchFieldsOf, searchTextOf } from './search-text.js';

/** The listing's filters after the server has read them from the query string. */
export interface EventFilter {
  municipality?: readonly string[];
  category?: readonly string[];
  audience?: readonly string[];
  /** Keep events that end at or after this instant (epoch ms). */
  endsFrom?: number;
  /** Keep events that start before this instant (epoch ms). */
  startsBefore?: number;
  /** The words of `q` (`searchTermsOf`), all of which an event must have; an empty list matches nothing. */
  search?: readonly SearchTerm[];
  /** `relevance` (with `search`): best match first, then start order. Otherwise, and by default, start order. */
  sort?: EventSort;
  limit: number;
  /** Resume after this position in the filter's order. */
  after?: CursorPosition;
}

/**
 * A place in the listing's (start, id) order, or with `relevance` in (relevance descending, start, id) order: stable
 * however many events are added before or after it.
 */
export interface CursorPosition {
  startMs: number;
  id: string;
  /** The relevance of the last event of the page, when the listing is ordered by it. */
  relevance?: number;
}

/**
 * How many matches `sort=relevance` ranks: the soonest from `from` on, since a visitor searching a calendar looks for
 * what is on soon. Ranking every match of a common word ("koncert") would make each search cost more as the archive
 * grows; both databases rank the same number, so both give the same pages.
 */
export const RANKED_MATCHES = 200;

/** Whether the listing is ordered by relevance: asked for, and a search to be relevant to. */
export function ordersByRelevance(filter: EventFilter): boolean {
  return filter.sort === 'relevance' && filter.search !== undefined;
}

/** A page plus where the next one starts, before the position is encoded as a cursor. */
export interface StoredPage {
  items: KulturEvent[];
  next: CursorPosition | null;
}

/** A published event ready to store: validated, with its id decided. */
export type StoredEventInput = EventInput & { id: string };

/** Reading events. Methods are async so that a networked database (PostgreSQL) implements them as SQLite does. */
export interface EventStore {
  listEvents(filter: EventFilter): Promise<StoredPage>;
  getEvent(id: string): Promise<KulturEvent | undefined>;
  countEvents(): Promise<number>;
}

/** An event row with the seats its confirmed signups hold; `data` is the published JSON without id and updatedAt. */
export interface EventRow {
  id: string;
  start_ms: number;
  data: string;
  updated_at: string;
  confirmed_seats: number;
  /** Only when the listing is ordered by relevance: higher is better. */
  relevance?: number;
}

/** What both databases index an event by, beside its JSON. */
export interface EventColumns {
  id: string;
  municipality: string;
  startMs: number;
  endMs: number;
  status: string;
  categories: string[];
  audience: string[];
  /** The words the console's substring search reads (`searchTextOf`). */
  searchText: string;
  /** The title's and the other fields' words, for the full-text indexes (`searchFieldsOf`). */
  searchTitle: string;
  searchBody: string;
  data: string;
}

export function eventColumns(input: StoredEventInput): EventColumns {
  const { id, ...data } = input;
  const fields = searchFieldsOf(input);
  return {
    id,
    municipality: input.municipality,
    startMs: Date.parse(input.start),
    endMs: Date.parse(input.end),
    status: input.status,
    categories: [...input.categories],
    audience: [...input.audience],
    searchText: searchTextOf(fields),
    searchTitle: fields.title,
    searchBody: fields.body,
    data: JSON.stringify(data),
  };
}

export function toEvent(row: EventRow): KulturEvent {
  // Stored as published: an internal signup has no `available` yet; it is counted from the confirmed seats.
  const data = JSON.parse(row.data) as Omit<KulturEvent, 'id' | 'updatedAt'>;
  const signup: SignupSettings =
    data.signup?.mode === 'internal'
      ? { ...data.signup, available: Math.max(0, data.signup.capacity - row.confirmed_seats) }
      : data.signup;
  return { id: row.id, ...data, signup, updatedAt: row.updated_at };
}

/** A page from `limit + 1` rows in the filter's order: the extra row tells that another page exists. */
export function pageOf(rows: EventRow[], limit: number): StoredPage {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toEvent),
    next:
      rows.length > limit && last
        ? {
            startMs: last.start_ms,
            id: last.id,
            ...(last.relevance === undefined ? {} : { relevance: last.relevance }),
          }
        : null,
  };
}

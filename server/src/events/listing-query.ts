import { DEFAULT_PAGE_SIZE, EventQuerySchema, type EventQuery } from '@kulturregion/kultur/contract';
import { ProblemError } from '../http/problem.js';
import { fieldsOf, summarise, withoutRepeats } from '../http/zod-problems.js';
import { ordersByRelevance, type EventFilter } from './event-store.js';
import { searchTermsOf } from './search-terms.js';
import { startOfNextRegionDay, startOfRegionDay } from '../time/region-clock.js';
import { decodeCursor } from './cursor.js';

const listParameters = ['municipality', 'category', 'audience'] as const;
const knownParameters = new Set<string>([...listParameters, 'from', 'to', 'q', 'sort', 'limit', 'cursor']);

function invalid(path: string, message: string): ProblemError {
  return new ProblemError(400, 'invalid-parameter', `${path} ${message}.`, { errors: [{ path, message }] });
}

/**
 * Reads the listing's query string into a storage filter. The same schema the SDK uses decides what is valid;
 * this adds what only the wire format has: comma lists, numbers as text, unknown and repeated parameters.
 */
export function readListingQuery(url: URL): EventFilter {
  const raw: Record<string, unknown> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    if (!knownParameters.has(name)) {
      throw invalid(name, `is not a parameter of the listing, which takes ${[...knownParameters].join(', ')}`);
    }
    if (values.length > 1)
      throw invalid(name, 'is given more than once; send it once, with a comma-separated list if you mean several');
    const value = values[0]!;
    if ((listParameters as readonly string[]).includes(name)) {
      raw[name] = value.split(',').map((item) => item.trim());
    } else if (name === 'limit') {
      if (!/^\d{1,4}$/.test(value)) throw invalid('limit', `must be a whole number from 1 to 100; got "${value}"`);
      raw.limit = Number(value);
    } else {
      raw[name] = value;
    }
  }
  const result = EventQuerySchema.safeParse(raw);
  if (!result.success) {
    // `municipality.1` is the second item of a comma list; the person wrote one parameter, so name that.
    const errors = withoutRepeats(
      fieldsOf(result.error).map((field) => ({ ...field, path: field.path.replace(/\.\d+$/, '') })),
    );
    throw new ProblemError(400, 'invalid-parameter', summarise(errors), { errors });
  }
  return toFilter(result.data);
}

function toFilter(query: EventQuery): EventFilter {
  if (query.from && query.to && query.from > query.to) {
    throw invalid('to', `must be on or after from (${query.from}); got ${query.to}`);
  }
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (query.cursor !== undefined && !after) {
    throw invalid('cursor', 'is not a cursor this feed made; pass nextCursor from the previous page unchanged');
  }
  const filter: EventFilter = {
    municipality: query.municipality,
    category: query.category,
    audience: query.audience,
    endsFrom: query.from === undefined ? undefined : startOfRegionDay(query.from),
    startsBefore: query.to === undefined ? undefined : startOfNextRegionDay(query.to),
    search: query.q === undefined ? undefined : searchTermsOf(query.q),
    sort: query.sort ?? 'start',
    limit: query.limit ?? DEFAULT_PAGE_SIZE,
    after,
  };
  // A cursor holds a place in one order: in another it would skip or repeat events.
  if (after && (after.relevance !== undefined) !== ordersByRelevance(filter)) {
    throw invalid(
      'cursor',
      'was made for a listing in another order; pass nextCursor back with the same q and sort it was made with',
    );
  }
  return filter;
}

import * as z from 'zod/mini';
import { DEFAULT_PAGE_SIZE, EventQuerySchema } from '@kulturregion/kultur/contract';
import { decodeCursor } from '../events/cursor.js';
import { searchTermsOf } from '../events/search-terms.js';
import { ProblemError } from '../http/problem.js';
import { fieldsOf, summarise, withoutRepeats } from '../http/zod-problems.js';
import { startOfNextRegionDay, startOfRegionDay } from '../time/region-clock.js';
import { CONSOLE_STATES } from './console-state.js';
import type { ConsoleFilter } from './workbench-store.js';

/** The console list's query: the public listing's filters (but audience) and the state. */
const ConsoleQuerySchema = z.strictObject({
  state: z.optional(z.enum(CONSOLE_STATES)),
  municipality: EventQuerySchema.shape.municipality,
  category: EventQuerySchema.shape.category,
  from: EventQuerySchema.shape.from,
  to: EventQuerySchema.shape.to,
  q: EventQuerySchema.shape.q,
  limit: EventQuerySchema.shape.limit,
  cursor: EventQuerySchema.shape.cursor,
});

const listParameters = new Set(['municipality', 'category']);
const knownParameters = Object.keys(ConsoleQuerySchema.shape);

function invalid(path: string, message: string): ProblemError {
  return new ProblemError(400, 'invalid-parameter', `${path} ${message}.`, { errors: [{ path, message }] });
}

/**
 * Reads `GET /v1/console/events?…` as the public listing reads its own (comma lists, whole Copenhagen days, opaque
 * cursors), into a filter the caller still narrows to what the actor may see.
 */
export function readConsoleQuery(url: URL, nowMs: number): ConsoleFilter {
  const raw: Record<string, unknown> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    if (!knownParameters.includes(name)) {
      throw invalid(name, `is not a parameter of the console list, which takes ${knownParameters.join(', ')}`);
    }
    if (values.length > 1) throw invalid(name, 'is given more than once; send it once, with a comma-separated list');
    const value = values[0]!;
    if (listParameters.has(name)) raw[name] = value.split(',').map((item) => item.trim());
    else if (name === 'limit') {
      if (!/^\d{1,4}$/.test(value)) throw invalid('limit', `must be a whole number from 1 to 100; got "${value}"`);
      raw.limit = Number(value);
    } else raw[name] = value;
  }
  const result = ConsoleQuerySchema.safeParse(raw);
  if (!result.success) {
    const errors = withoutRepeats(
      fieldsOf(result.error).map((field) => ({ ...field, path: field.path.replace(/\.\d+$/, '') })),
    );
    throw new ProblemError(400, 'invalid-parameter', summarise(errors), { errors });
  }
  const query = result.data;
  if (query.from && query.to && query.from > query.to) {
    throw invalid('to', `must be on or after from (${query.from}); got ${query.to}`);
  }
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (query.cursor !== undefined && !after) {
    throw invalid('cursor', 'is not a cursor this server made; pass nextCursor from the previous page unchanged');
  }
  return {
    state: query.state,
    municipality: query.municipality && [...new Set(query.municipality)],
    category: query.category,
    endsFrom: query.from === undefined ? undefined : startOfRegionDay(query.from),
    startsBefore: query.to === undefined ? undefined : startOfNextRegionDay(query.to),
    // The public listing's matching (Danish endings, æ ø å however typed, the last word's start) over the same words;
    // drafts are few, so a substring test finds them without a full-text index.
    search: query.q === undefined ? undefined : searchTermsOf(query.q),
    nowMs,
    limit: query.limit ?? DEFAULT_PAGE_SIZE,
    after,
  };
}

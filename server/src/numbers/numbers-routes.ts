import { Hono, type MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { EventQuerySchema } from '@kulturregion/kultur/contract';
import type { ActorVariables } from '../accounts/actor.js';
import { cachePolicy } from '../http/cache-policy.js';
import { methodNotAllowed } from '../http/method-not-allowed.js';
import { ProblemError } from '../http/problem.js';
import { fieldsOf, summarise, withoutRepeats } from '../http/zod-problems.js';
import { daysBetween, regionDate, startOfNextRegionDay, startOfRegionDay } from '../time/region-clock.js';
import { numbersOf, type NumbersFilter } from './numbers.js';
import { numbersSheet } from './numbers-sheet.js';
import type { NumbersStore } from './numbers-store.js';

export const NUMBERS_PATH = '/v1/console/numbers';

/** The longest period asked for at once: ten years of months is a long enough chart. */
const MAX_DAYS = 3_660;

const NumbersQuerySchema = z.strictObject({
  from: EventQuerySchema.shape.from,
  to: EventQuerySchema.shape.to,
  municipality: EventQuerySchema.shape.municipality,
  category: EventQuerySchema.shape.category,
  audience: EventQuerySchema.shape.audience,
  format: z.optional(z.enum(['json', 'csv'])),
});
const listParameters = new Set(['municipality', 'category', 'audience']);
const knownParameters = Object.keys(NumbersQuerySchema.shape);

export interface NumbersRouteOptions {
  storage: { readonly numbers: NumbersStore };
  actor: MiddlewareHandler<{ Variables: ActorVariables }>;
  now: () => Date;
}

function invalid(path: string, message: string): ProblemError {
  return new ProblemError(400, 'invalid-parameter', `${path} ${message}.`, { errors: [{ path, message }] });
}

/**
 * `GET /v1/console/numbers`: the numbers for the region's status reports, for the events the actor may see (the
 * workbench's `maySee`), as JSON or (`?format=csv`) a sheet for Danish Excel. `from` and `to` are calendar days in
 * Danish time, both included; without them, this calendar year.
 */
export function numbersRoutes({ storage, actor, now }: NumbersRouteOptions): Hono {
  const app = new Hono<{ Variables: ActorVariables }>();
  app.use(NUMBERS_PATH, async (c, next) => {
    await next();
    c.header('cache-control', cachePolicy.none);
  });
  app.use(NUMBERS_PATH, (c, next) => (c.get('actor') ? next() : actor(c, next)));

  app.get(NUMBERS_PATH, async (c) => {
    const url = new URL(c.req.url);
    const raw: Record<string, unknown> = {};
    for (const name of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(name);
      if (!knownParameters.includes(name)) {
        throw invalid(name, `is not a parameter of the numbers, which take ${knownParameters.join(', ')}`);
      }
      if (values.length > 1) throw invalid(name, 'is given more than once; send it once, with a comma-separated list');
      raw[name] = listParameters.has(name) ? values[0]!.split(',').map((item) => item.trim()) : values[0];
    }
    const result = NumbersQuerySchema.safeParse(raw);
    if (!result.success) {
      const errors = withoutRepeats(
        fieldsOf(result.error).map((field) => ({ ...field, path: field.path.replace(/\.\d+$/, '') })),
      );
      throw new ProblemError(400, 'invalid-parameter', summarise(errors), { errors });
    }
    const query = result.data;
    const year = regionDate(now().getTime()).slice(0, 4);
    const from = query.from ?? (query.to ? `${query.to.slice(0, 4)}-01-01` : `${year}-01-01`);
    const to = query.to ?? `${from.slice(0, 4)}-12-31`;
    if (from > to) throw invalid('to', `must be on or after from (${from}); got ${to}`);
    if (daysBetween(from, to) > MAX_DAYS) throw invalid('to', `must be at most ten years after from (${from})`);
    const filter: NumbersFilter = {
      from,
      to,
      municipality: query.municipality,
      category: query.category,
      audience: query.audience,
    };
    const tallies = await storage.numbers.tallies(startOfRegionDay(from), startOfNextRegionDay(to));
    const numbers = numbersOf(tallies, filter, c.get('actor'), now().getTime());
    if (query.format === 'csv') {
      return c.body(numbersSheet(numbers), 200, {
        'content-type': 'text/csv; charset=utf-8; header=present',
        'content-disposition': `attachment; filename="tal-${from}-${to}.csv"`,
      });
    }
    return c.json(numbers);
  });
  app.all(NUMBERS_PATH, methodNotAllowed(['GET']));
  return app as unknown as Hono;
}

import { Hono } from 'hono';
import { CATEGORIES, MUNICIPALITIES } from '@kulturregion/kultur/contract';
import { cachedJson, cachePolicy } from '../http/cache-policy.js';
import { methodNotAllowed } from '../http/method-not-allowed.js';
import { encodeCursor } from './cursor.js';
import { eventNotFound } from './event-not-found.js';
import type { EventStore } from './event-store.js';
import { registerEventsHtmlRoute } from './events-html-route.js';
import { readListingQuery } from './listing-query.js';

/** The listing's path; publishing adds POST to it. */
export const EVENTS_PATH = '/v1/events';
/** One event's path; publishing adds PUT and DELETE to it. */
export const EVENT_PATH = '/v1/events/:id';

export interface EventRouteOptions {
  storage: EventStore;
  now: () => Date;
}

/**
 * The public reads: the listing (`GET /v1/events`, and as HTML `GET /v1/events.html`), one event, and the reference
 * data the listing filters by (`/v1/municipalities`, `/v1/categories`). Writes to the same paths are publishing's.
 */
export function eventRoutes({ storage, now }: EventRouteOptions): Hono {
  const app = new Hono();
  registerEventsHtmlRoute(app, { storage, now });

  app.get(EVENTS_PATH, async (c) => {
    const filter = readListingQuery(new URL(c.req.url));
    const page = await storage.listEvents(filter);
    return cachedJson(c, { items: page.items, nextCursor: page.next && encodeCursor(page.next) }, cachePolicy.feed);
  });

  app.get(EVENT_PATH, async (c) => {
    const event = await storage.getEvent(c.req.param('id'));
    if (!event) throw eventNotFound(c.req.param('id'));
    return cachedJson(c, event, cachePolicy.feed);
  });

  app.get('/v1/municipalities', (c) => cachedJson(c, { items: MUNICIPALITIES }, cachePolicy.reference));
  app.all('/v1/municipalities', methodNotAllowed(['GET']));
  app.get('/v1/categories', (c) => cachedJson(c, { items: CATEGORIES }, cachePolicy.reference));
  app.all('/v1/categories', methodNotAllowed(['GET']));
  return app;
}

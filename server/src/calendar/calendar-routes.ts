import { Hono, type Context } from 'hono';
import { EventIdSchema, MAX_PAGE_SIZE, type KulturEvent } from '@kulturregion/kultur/contract';
import { cachePolicy } from '../http/cache-policy.js';
import { methodNotAllowed } from '../http/method-not-allowed.js';
import { ProblemError } from '../http/problem.js';
import { withDefaultFrom } from '../events/default-from.js';
import { eventNotFound } from '../events/event-not-found.js';
import type { EventFilter, EventStore } from '../events/event-store.js';
import { readListingQuery } from '../events/listing-query.js';
import { listingTitle } from '../events/listing-title.js';
import { addDays, regionDate } from '../time/region-clock.js';
import { eventCalendar } from './event-calendar.js';

/** Most events one calendar holds: a year of the whole region is a few hundred. */
export const CALENDAR_MAX_EVENTS = 1_000;

/** Without `from`, a calendar starts this many days back, so last month's events stay in subscribers' calendars. */
export const CALENDAR_DAYS_BACK = 30;

export interface CalendarRouteOptions {
  storage: EventStore;
  now: () => Date;
  /** The events' SEQUENCE numbers (`storage.messages.sequencesOf`); without it every entry has 0. */
  sequences?: (ids: readonly string[]) => Promise<ReadonlyMap<string, number>>;
}

/** `{id}.ics`: event ids have no dots, so the suffix can never be part of an id. */
const EVENT_FILE = '/v1/events/:file{[^/]+\\.ics}';

/** Every event the filter matches, in start order, following the storage's pages up to `max`. */
async function eventsMatching(storage: EventStore, filter: EventFilter, max: number): Promise<KulturEvent[]> {
  const events: KulturEvent[] = [];
  let page = await storage.listEvents({ ...filter, limit: Math.min(MAX_PAGE_SIZE, max) });
  events.push(...page.items);
  while (page.next && events.length < max) {
    const limit = Math.min(MAX_PAGE_SIZE, max - events.length);
    page = await storage.listEvents({ ...filter, limit, after: page.next });
    events.push(...page.items);
  }
  return events;
}

function calendarResponse(c: Context, body: string, filename: string): Response {
  return c.body(body, 200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `inline; filename="${filename}"`,
    'cache-control': cachePolicy.feed,
  });
}

/**
 * iCalendar out: `GET /v1/events.ics` with the listing's filters (a URL to subscribe to, such as course days in
 * Lolland) and `GET /v1/events/{id}.ics` for one event. Mount before `/v1/events/:id`, which would take `{id}.ics`.
 */
export function calendarRoutes({ storage, now, sequences = async () => new Map() }: CalendarRouteOptions): Hono {
  const app = new Hono();
  app.get('/v1/events.ics', async (c) => {
    const url = new URL(c.req.url);
    for (const name of ['limit', 'cursor', 'sort']) {
      if (url.searchParams.has(name)) {
        const message = `is not used by the calendar, which holds every matching event (up to ${CALENDAR_MAX_EVENTS}) and orders them by time`;
        throw new ProblemError(400, 'invalid-parameter', `${name} ${message}; leave it out.`, {
          errors: [{ path: name, message }],
        });
      }
    }
    const from = addDays(regionDate(now().getTime()), -CALENDAR_DAYS_BACK);
    const filter = readListingQuery(withDefaultFrom(url, from));
    const events = await eventsMatching(storage, filter, CALENDAR_MAX_EVENTS);
    const name = listingTitle({ ...filter, q: url.searchParams.get('q')?.trim() }, 'da');
    const filename = ['kultur', ...(filter.municipality ?? []), ...(filter.category ?? [])].join('-');
    const numbers = await sequences(events.map((event) => event.id));
    return calendarResponse(c, eventCalendar(events, { name, sequences: numbers }), `${filename}.ics`);
  });
  app.all('/v1/events.ics', methodNotAllowed(['GET']));

  app.get(EVENT_FILE, async (c) => {
    const id = c.req.param('file').slice(0, -'.ics'.length);
    const event = EventIdSchema.safeParse(id).success ? await storage.getEvent(id) : undefined;
    if (!event) throw eventNotFound(id);
    const numbers = await sequences([event.id]);
    return calendarResponse(c, eventCalendar([event], { name: event.title, sequences: numbers }), `${id}.ics`);
  });
  app.all(EVENT_FILE, methodNotAllowed(['GET']));
  return app;
}

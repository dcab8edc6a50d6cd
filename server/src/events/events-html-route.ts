import type { Hono } from 'hono';
import { regionDate } from '../time/region-clock.js';
import { cachePolicy } from '../http/cache-policy.js';
import { methodNotAllowed } from '../http/method-not-allowed.js';
import { ProblemError } from '../http/problem.js';
import { encodeCursor } from './cursor.js';
import { withDefaultFrom } from './default-from.js';
import { eventsHtmlPage, listingHeaders } from './events-html.js';
import type { EventStore } from './event-store.js';
import { LISTING_LANGUAGES, listingTitle, type ListingLanguage } from './listing-title.js';
import { readListingQuery } from './listing-query.js';

export interface EventsHtmlRouteOptions {
  storage: EventStore;
  now: () => Date;
}

function readLanguage(url: URL): ListingLanguage {
  const values = url.searchParams.getAll('lang');
  if (values.length > 1) {
    const message = 'is given more than once; send it once';
    throw new ProblemError(400, 'invalid-parameter', `lang ${message}.`, { errors: [{ path: 'lang', message }] });
  }
  const language = values[0] ?? 'da';
  if (!(LISTING_LANGUAGES as readonly string[]).includes(language)) {
    const message = `must be da or en; got "${language}"`;
    throw new ProblemError(400, 'invalid-parameter', `lang ${message}.`, { errors: [{ path: 'lang', message }] });
  }
  return language as ListingLanguage;
}

/** `events.html?…`, `events.ics?…` with the page's own query, changed as asked; relative to `/v1/`. */
function hrefWith(file: string, query: URLSearchParams, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams(query);
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) params.delete(name);
    else params.set(name, value);
  }
  const search = params.toString();
  return search ? `${file}?${search}` : file;
}

/**
 * `GET /v1/events.html`: the listing as plain accessible HTML, for people without JavaScript (the snippet's
 * `<noscript>` link) and for search engines. The listing's filters and paging, plus `lang`; without `from`, it starts
 * today, since people reading a page want what is coming.
 */
export function registerEventsHtmlRoute(app: Hono, { storage, now }: EventsHtmlRouteOptions): void {
  app.get('/v1/events.html', async (c) => {
    const url = new URL(c.req.url);
    const language = readLanguage(url);
    const listingUrl = new URL(url);
    listingUrl.searchParams.delete('lang');
    const filter = readListingQuery(withDefaultFrom(listingUrl, regionDate(now().getTime())));
    const page = await storage.listEvents(filter);
    const query = url.searchParams;
    const calendarQuery = new URLSearchParams(listingUrl.searchParams);
    calendarQuery.delete('limit');
    calendarQuery.delete('cursor');
    // A calendar orders by time; it refuses `sort`.
    calendarQuery.delete('sort');
    const body = eventsHtmlPage({
      language,
      title: listingTitle({ ...filter, q: query.get('q')?.trim() }, language),
      events: page.items,
      nextHref: page.next ? hrefWith('events.html', query, { cursor: encodeCursor(page.next) }) : undefined,
      firstHref: query.has('cursor') ? hrefWith('events.html', query, { cursor: undefined }) : undefined,
      calendarHref: hrefWith('events.ics', calendarQuery, {}),
      otherLanguageHref: hrefWith('events.html', query, { lang: language === 'da' ? 'en' : undefined }),
    });
    return c.body(body, 200, listingHeaders(language, cachePolicy.feed));
  });
  app.all('/v1/events.html', methodNotAllowed(['GET']));
}

import type { CallOptions, KulturClientOptions } from './client-options.js';
import { KulturValidationError } from './errors/kultur-validation-error.js';
import { createFeedHttp, type FeedHttp } from './feed-http.js';
import { queryString } from './query-string.js';
import { ResponseCache, type Loaded } from './response-cache.js';
import {
  INVALID,
  parseCategoryList,
  parseEvent,
  parseEventId,
  parseMunicipalityList,
} from '../contract/compiled-checkers.js';
import { MAX_PAGE_SIZE } from '../contract/contract-constants.js';
import type { Category, EventPage, EventQuery, KulturEvent, Municipality } from '../contract/schema.js';
import type { SignupsApi } from './signups.js';
import { FEED_HTTP, type WithFeedHttp } from './feed-http-key.js';
import { usageError } from './usage-error.js';
import { validateBody } from './validate-body.js';
import { validatePage } from './validate-page.js';

/**
 * The listing's filters that make sense in a calendar subscription: all of them but paging.
 *
 * @example
 * ```ts
 * const query: IcsQuery = { municipality: ['guldborgsund'], category: ['koncert'] };
 * link.href = client.events.icsUrl(query);
 * ```
 */
export type IcsQuery = Omit<EventQuery, 'cursor' | 'limit' | 'sort'>;

/**
 * The feed's events.
 *
 * @example
 * ```ts
 * const { items, nextCursor } = await client.events.list({ municipality: ['stevns'], limit: 10 });
 * ```
 */
export interface EventsApi {
  /** One page of the listing, in start order. Pass `nextCursor` back as `cursor` for the next. */
  list(query?: EventQuery, options?: CallOptions): Promise<EventPage>;
  /**
   * Every event the query matches, fetched page after page (100 at a time unless `limit` says otherwise) as the loop
   * asks for them; `break` stops fetching.
   */
  all(query?: EventQuery, options?: CallOptions): AsyncGenerator<KulturEvent, void, undefined>;
  /** One event by id; a `KulturHttpError` with status 404 when there is none. */
  get(id: string, options?: CallOptions): Promise<KulturEvent>;
  /** The iCalendar URL for the same filters, for a calendar app to subscribe to. Builds the URL only. */
  icsUrl(query?: IcsQuery): string;
  /** The iCalendar file of one event, for "add to calendar" (same UID as in the subscriptions). Builds the URL only. */
  eventIcsUrl(id: string): string;
}

/**
 * A client for the Kultur feed, made by {@link createKulturClient}.
 *
 * @example
 * ```ts
 * const client = createKulturClient({ baseUrl: 'https://feed.example.dk/v1' });
 * const [municipalities, page] = await Promise.all([client.municipalities(), client.events.list({})]);
 * ```
 */
export interface KulturClient {
  /** The feed's base URL, absolute and ending in `/`. */
  readonly baseUrl: string;
  readonly events: EventsApi;
  /** Signing up for events, and cancelling. */
  readonly signups: SignupsApi;
  /** The member municipalities, with Danish and English names. */
  municipalities(options?: CallOptions): Promise<Municipality[]>;
  /** The event categories, with Danish and English names. */
  categories(options?: CallOptions): Promise<Category[]>;
}

/** The feed's base URL made absolute (relative ones resolve against the page in a browser) and ending in `/`. */
function feedBase(baseUrl: string | URL): string {
  let href: string | undefined;
  try {
    // Request resolves URLs as fetch will, and is there in browsers and Node alike. An empty baseUrl would resolve to
    // the page itself in a browser: refused as missing.
    href = baseUrl ? new Request(baseUrl).url : undefined;
  } catch {
    // Unreadable: refused below.
  }
  if (href === undefined) {
    throw usageError(
      `createKulturClient() needs baseUrl, the feed's URL with its version (such as https://feed.example.dk/v1); ` +
        `got ${JSON.stringify(String(baseUrl))}.`,
      'create-a-client',
    );
  }
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * Whether the client may send `If-None-Match` itself. On a web page of another origin it must not: the header is not
 * CORS-safelisted, so every read would cost a preflight, and the feed's reads are meant to stay simple requests. There
 * the browser's own HTTP cache revalidates with the ETag instead; in Node and on the feed's own origin, the client does.
 */
function mayRevalidate(base: string): boolean {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (!origin) return true; // Node, Deno, a worker without a page origin: no CORS to respect.
  return origin === new URL(base).origin; // An opaque origin ("null") never matches.
}

/**
 * Creates a client for the Kultur feed: typed methods over one HTTP client, with validation, typed errors, retries,
 * a total timeout and an in-memory cache. It touches no DOM, so it runs in browsers and in Node 22 or later.
 *
 * @example
 * ```ts
 * import { createKulturClient } from '@kulturregion/kultur/sdk';
 *
 * const client = createKulturClient({ baseUrl: 'https://feed.example.dk/v1' });
 * const { items } = await client.events.list({ municipality: ['lolland'], category: ['kursus'] });
 * for (const event of items) console.log(event.start, event.title);
 * ```
 */
export function createKulturClient(options: KulturClientOptions): KulturClient {
  const base = feedBase(options?.baseUrl);
  const { timeout = 10_000, cache: cacheOption = true, onInvalid } = options;
  if (!(timeout > 0))
    throw usageError(`timeout must be a positive number of milliseconds; got ${timeout}.`, 'timeouts-and-retries');
  const http = createFeedHttp({ fetch: options.fetch, timeout, retry: options.retry, headers: options.headers });
  const cache = cacheOption === false ? undefined : new ResponseCache(cacheOption === true ? {} : cacheOption);

  const conditional = mayRevalidate(base);

  /** GETs `path` under the base, validated by `validate`, through the cache unless either side opts out. */
  function read<T>(
    path: string,
    validate: (json: unknown, url: string) => Promise<T>,
    call: CallOptions = {},
  ): Promise<T> {
    const url = base + path;
    const load = async (etag: string | undefined, signal: AbortSignal | undefined): Promise<Loaded<T>> => {
      const answer = await http.request(url, { etag: conditional ? etag : undefined, signal });
      return answer.kind === 'body'
        ? { kind: 'value', value: await validate(answer.json, url), etag: answer.etag }
        : answer;
    };
    if (cache && call.cache !== false) return cache.get(url, load, call.signal);
    // Without an ETag there is nothing the feed could answer 304 to (feed-http refuses such a 304): this is a value.
    return load(undefined, call.signal).then((loaded) => (loaded as { value: T }).value);
  }

  const list = (query: EventQuery = {}, call?: CallOptions) =>
    read(`events${queryString(query)}`, (json, url) => validatePage(json, url, onInvalid), call);

  async function* all(query: EventQuery = {}, call?: CallOptions): AsyncGenerator<KulturEvent, void, undefined> {
    let cursor = query.cursor;
    do {
      const page = await list({ limit: MAX_PAGE_SIZE, ...query, cursor }, call);
      yield* page.items;
      if (page.nextCursor !== null && page.nextCursor === cursor) {
        throw new KulturValidationError({
          url: base + `events${queryString({ ...query, cursor })}`,
          issues: [{ path: ['nextCursor'], code: 'repeated_cursor', message: 'repeats the cursor of the request' }],
        });
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }

  const client: KulturClient & WithFeedHttp = {
    [FEED_HTTP]: http,
    baseUrl: base,
    events: {
      list,
      all,
      get(id, call) {
        if (parseEventId(id) === INVALID) {
          const message = `events.get() takes an event id (lower-case letters, digits and hyphens); got ${JSON.stringify(id)}.`;
          return Promise.reject(usageError(message, 'get-one-event'));
        }
        return read(`events/${id}`, (json, url) => validateBody(parseEvent, 'event', json, url), call);
      },
      icsUrl: (query = {}) => `${base}events.ics${queryString(query)}`,
      eventIcsUrl: (id) => `${base}events/${encodeURIComponent(id)}.ics`,
    },
    signups: signupsLoadedOnUse(base, http),
    municipalities: (call) =>
      read(
        'municipalities',
        async (json, url) => (await validateBody(parseMunicipalityList, 'municipalities', json, url)).items,
        call,
      ),
    categories: (call) =>
      read(
        'categories',
        async (json, url) => (await validateBody(parseCategoryList, 'categories', json, url)).items,
        call,
      ),
  };
  return client;
}

/**
 * The signup calls, their code loaded with the first call: a page that only lists events, or shows a form nobody has
 * sent yet, never downloads them (issue 21). The npm build imports them eagerly (rollup.config.mjs).
 */
function signupsLoadedOnUse(base: string, http: FeedHttp): SignupsApi {
  const loaded = async () => {
    const { createSignupsApi } = await import('./signups.js');
    return createSignupsApi(base, http);
  };
  return {
    create: async (...call) => (await loaded()).create(...call),
    cancel: async (...call) => (await loaded()).cancel(...call),
  };
}

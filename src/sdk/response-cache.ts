import { abortable } from './abortable.js';

/**
 * How the client keeps answers in memory.
 *
 * @example
 * ```ts
 * const client = createKulturClient({
 *   baseUrl: 'https://feed.example.dk/v1',
 *   cache: { freshFor: 5 * 60_000, staleFor: 60 * 60_000, maxEntries: 50 },
 * });
 * ```
 */
export interface CacheOptions {
  /** How long an answer is used without asking the feed, in milliseconds. Default 60 000 (one minute). */
  freshFor?: number;
  /**
   * How long after that a stale answer is still returned at once while a fresh one is fetched in the background
   * (stale-while-revalidate), in milliseconds. Older answers are revalidated before they are returned. Default
   * 600 000 (ten minutes), as the feed's own `Cache-Control` allows.
   */
  staleFor?: number;
  /** How many answers are kept; the least recently used goes first. Default 100. */
  maxEntries?: number;
  /** The clock, in milliseconds; tests pass their own. Default `Date.now`. */
  now?: () => number;
}

/** What a loader brings back: a value with its ETag, or the feed's word that the cached value is current. */
export type Loaded<T> = { kind: 'value'; value: T; etag: string | undefined } | { kind: 'not-modified' };

/** Fetches the value for a key; `etag` is the cached copy's, to send as `If-None-Match`. */
export type Loader<T> = (etag: string | undefined, signal: AbortSignal) => Promise<Loaded<T>>;

interface Entry {
  value: unknown;
  etag: string | undefined;
  storedAt: number;
}

interface Flight {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers waiting for it; when the last one aborts, the fetch is aborted too. */
  waiters: number;
  /** Started to refresh a stale entry: nobody waits, so nobody's abort may stop it. */
  background: boolean;
}

/**
 * An in-memory cache of feed answers keyed by request URL: a fresh time, stale-while-revalidate, one shared fetch
 * for concurrent identical requests, `If-None-Match` revalidation that keeps the body on 304, and a size bound with
 * least-recently-used eviction.
 */
export class ResponseCache {
  readonly #entries = new Map<string, Entry>();
  readonly #flights = new Map<string, Flight>();
  readonly #freshFor: number;
  readonly #staleFor: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor({ freshFor = 60_000, staleFor = 600_000, maxEntries = 100, now = Date.now }: CacheOptions = {}) {
    this.#freshFor = freshFor;
    this.#staleFor = staleFor;
    this.#maxEntries = Math.max(1, Math.floor(maxEntries));
    this.#now = now;
  }

  /** The value for `key`: from memory while fresh (or stale, refreshing behind), else from `load`. */
  async get<T>(key: string, load: Loader<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    const entry = this.#entries.get(key);
    if (entry) {
      this.#remember(key, entry);
      const age = this.#now() - entry.storedAt;
      if (age < this.#freshFor) return entry.value as T;
      if (age < this.#freshFor + this.#staleFor) {
        if (!this.#flights.has(key)) this.#fly(key, load, true);
        return entry.value as T;
      }
    }
    const flight = this.#flights.get(key) ?? this.#fly(key, load, false);
    flight.waiters += 1;
    try {
      return (await abortable(flight.promise, signal)) as T;
    } finally {
      flight.waiters -= 1;
      if (flight.waiters === 0 && signal?.aborted && !flight.background) {
        // The last caller left: stop the fetch, and let the next caller start a new one rather than join this.
        flight.controller.abort(signal.reason);
        if (this.#flights.get(key) === flight) this.#flights.delete(key);
      }
    }
  }

  #fly<T>(key: string, load: Loader<T>, background: boolean): Flight {
    const controller = new AbortController();
    const known = this.#entries.get(key);
    const promise = load(known?.etag, controller.signal).then((loaded) => {
      // A 304 answers the ETag we sent, so `known` is the copy it confirms, even if it was evicted meanwhile.
      const fresh = loaded.kind === 'value' ? loaded : { value: known?.value, etag: known?.etag };
      this.#remember(key, { value: fresh.value, etag: fresh.etag, storedAt: this.#now() });
      return fresh.value;
    });
    const flight: Flight = { promise, controller, waiters: 0, background };
    this.#flights.set(key, flight);
    const land = () => {
      if (this.#flights.get(key) === flight) this.#flights.delete(key);
    };
    // Nobody may be waiting (a background refresh, or every caller aborted): a failure then is dropped here, and the
    // stale copy stays until a caller's own fetch reports it.
    promise.then(land, land);
    return flight;
  }

  /** Stores or touches an entry as the most recently used, evicting the least recently used past the bound. */
  #remember(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }
}

import type { CacheOptions } from './response-cache.js';
import type { KulturRetryOptions } from './retry-policy.js';
import type { InvalidEventReport } from './validate-page.js';

/**
 * How `createKulturClient()` talks to the feed. Only `baseUrl` is required.
 *
 * @example
 * ```ts
 * const options: KulturClientOptions = {
 *   baseUrl: 'https://feed.example.dk/v1',
 *   timeout: 5_000,
 *   retry: 1,
 *   cache: { freshFor: 30_000 },
 *   onInvalid: (report) => reportToMonitoring(report),
 * };
 * const client = createKulturClient(options);
 * ```
 */
export interface KulturClientOptions {
  /** The feed's base URL with its version, such as `https://feed.example.dk/v1` (a trailing slash is optional). */
  baseUrl: string | URL;
  /** The `fetch` to use; default the global one. Server-side frameworks pass theirs. */
  fetch?: typeof globalThis.fetch;
  /** Most time one call may take, retries and waits included, in milliseconds. Default 10 000. */
  timeout?: number;
  /** Retries for GET on 408, 429, 5xx and network errors: a number (default 2) or {@link KulturRetryOptions}. */
  retry?: number | KulturRetryOptions;
  /** The in-memory cache: `false` turns it off; an object tunes it. Default on, with the defaults of {@link CacheOptions}. */
  cache?: boolean | CacheOptions;
  /** Headers sent with every request. Headers other than `Accept` make browsers send a CORS preflight first. */
  headers?: Record<string, string>;
  /** Called for each malformed event left out of a page, after the console warning. */
  onInvalid?: (report: InvalidEventReport) => void;
}

/**
 * What every call takes.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const page = await client.events.list({ municipality: ['faxe'] }, { signal: controller.signal, cache: false });
 * ```
 */
export interface CallOptions {
  /** Aborts the call; it then rejects with the signal's reason (an `AbortError` by default), unwrapped. */
  signal?: AbortSignal;
  /** `false` asks the feed whatever the cache holds, and keeps the answer out of the cache. Default `true`. */
  cache?: boolean;
}

import { isHTTPError, type RetryOptions, type ShouldRetryState } from 'ky';
import { retryAfterMs } from './retry-after.js';

/**
 * How the client retries failed reads. A number is the limit alone.
 *
 * @example
 * ```ts
 * const client = createKulturClient({
 *   baseUrl: 'https://feed.example.dk/v1',
 *   retry: { limit: 3, delay: (attempt) => 500 * attempt },
 * });
 * ```
 */
export interface KulturRetryOptions {
  /** Retries after the first attempt; 0 turns retrying off. Default 2. */
  limit?: number;
  /** Milliseconds to wait before retry number `attempt` (from 1). Default: 0.3 s doubling, randomised (full jitter). */
  delay?: (attempt: number) => number;
}

/**
 * Only failures that can heal are retried: 408, 429, 500, 502, 503, 504 and network errors. 501 and the other 4xx
 * answers will not change by asking again.
 */
const RETRIED_STATUSES = [408, 429, 500, 502, 503, 504];
/** The statuses whose `Retry-After` ky honours (it waits exactly that long, without jitter). */
const RETRY_AFTER_STATUSES = [429, 503];

/**
 * ky's retry settings for one request that must finish by `deadline` (epoch ms). GET is retried, and DELETE (a
 * cancelled signup stays cancelled: the feed answers a repeat with 204); POST only with an `Idempotency-Key`, because
 * the feed then gives the same answer to the same key and a retried signup cannot count twice. A `Retry-After` that
 * reaches past the deadline fails at once with the HTTP error instead of waiting out the timeout and reporting a
 * timeout.
 */
export function retryOptions(retry: number | KulturRetryOptions | undefined, deadline: number): RetryOptions {
  const { limit = 2, delay } = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  return {
    limit,
    methods: ['get', 'head', 'post', 'delete'],
    statusCodes: RETRIED_STATUSES,
    afterStatusCodes: RETRY_AFTER_STATUSES,
    retryOnTimeout: false,
    ...(delay ? { delay } : { jitter: true }),
    shouldRetry: ({ error }: ShouldRetryState) => {
      const request = (error as { request?: Request }).request;
      if (request?.method === 'POST' && !request.headers.has('idempotency-key')) return false;
      if (isHTTPError(error) && RETRY_AFTER_STATUSES.includes(error.response.status)) {
        const wait = retryAfterMs(error.response.headers.get('retry-after'));
        if (wait !== undefined && wait >= deadline - Date.now()) return false;
      }
      return undefined;
    },
  };
}

import ky from 'ky';
import { KulturHttpError } from './errors/kultur-http-error.js';
import { KulturValidationError } from './errors/kultur-validation-error.js';
import { retryOptions, type KulturRetryOptions } from './retry-policy.js';
import { toKulturError } from './to-kultur-error.js';

/** What the HTTP layer needs from the client's options. */
export interface FeedHttpOptions {
  fetch?: typeof globalThis.fetch | undefined;
  /** Total time for one call, retries and waits included, in milliseconds. */
  timeout: number;
  retry?: number | KulturRetryOptions | undefined;
  headers?: Record<string, string> | undefined;
}

/** One request to the feed. */
export interface FeedRequest {
  method?: 'GET' | 'POST' | 'DELETE' | undefined;
  /** The ETag of the copy the caller has; the feed then answers 304 when it is still current. */
  etag?: string | undefined;
  signal?: AbortSignal | undefined;
  json?: unknown;
  headers?: Record<string, string> | undefined;
}

/** A parsed JSON body with its ETag, or the feed's word that the caller's copy is current. */
export type FeedAnswer = { kind: 'body'; json: unknown; etag: string | undefined } | { kind: 'not-modified' };

/** The transport: one ky instance, its errors turned into the SDK's. */
export interface FeedHttp {
  request(url: string, init?: FeedRequest): Promise<FeedAnswer>;
}

export function createFeedHttp({ fetch, timeout, retry, headers }: FeedHttpOptions): FeedHttp {
  const http = ky.create({
    ...(fetch ? { fetch } : {}),
    // Accept is CORS-safelisted: feed GETs stay simple requests, without a preflight.
    headers: { accept: 'application/json', ...headers },
    // One budget for the whole call: each attempt gets what is left of it.
    timeout: false,
    totalTimeout: timeout,
    // A 304 is the answer to our own If-None-Match, not a failure.
    throwHttpErrors: (status) => status !== 304,
  });

  return {
    async request(url, { method = 'GET', etag, signal, json, headers: extra } = {}) {
      const failed = { url, method, timeout, signal };
      // ky merges these over the instance's options, and an undefined value there would erase the default.
      const pending = http(url, {
        method,
        headers: etag === undefined ? { ...extra } : { ...extra, 'if-none-match': etag },
        retry: retryOptions(retry, Date.now() + timeout),
        ...(signal ? { signal } : {}),
        ...(json === undefined ? {} : { json }),
      });
      let response: Response;
      try {
        response = await pending;
      } catch (error) {
        throw toKulturError(error, failed);
      }
      // A 204 (a cancelled signup) has no body to parse.
      if (response.status === 204) return { kind: 'body', json: undefined, etag: undefined };
      if (response.status === 304) {
        // Only our own If-None-Match can make a 304 mean "your copy is current"; without one there is no copy.
        if (etag !== undefined) return { kind: 'not-modified' };
        throw new KulturHttpError({ status: 304, url, method });
      }
      let text: string;
      try {
        // ky's text() bounds the body read by what is left of the timeout.
        text = await pending.text();
      } catch (error) {
        throw toKulturError(error, { ...failed, readingBody: true });
      }
      try {
        return { kind: 'body', json: JSON.parse(text) as unknown, etag: response.headers.get('etag') ?? undefined };
      } catch (error) {
        const reason = error instanceof Error ? ` (${error.message})` : '';
        throw new KulturValidationError({
          url,
          method,
          issues: [{ path: [], code: 'invalid_json', message: `not valid JSON${reason}; it may have been cut off` }],
        });
      }
    },
  };
}

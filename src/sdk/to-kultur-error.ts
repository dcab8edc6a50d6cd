import { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import { KulturHttpError } from './errors/kultur-http-error.js';
import { KulturNetworkError } from './errors/kultur-network-error.js';
import { KulturTimeoutError } from './errors/kultur-timeout-error.js';
import { INVALID, parseProblemDetails } from '../contract/compiled-checkers.js';
import type { ProblemDetails } from '../contract/schema.js';

/** What was being done when `error` happened. */
export interface FailedRequest {
  url: string;
  method: string;
  /** The client's total timeout, for the message. */
  timeout: number;
  /** The caller's signal: when it aborted, its reason passes through untouched. */
  signal: AbortSignal | undefined;
  /** True while reading the body: a plain `TypeError` then means the connection broke off. */
  readingBody?: boolean;
}

/** ky has already read an error body into `data`; it is problem details only when labelled and shaped so. */
function problemOf(contentType: string | null, data: unknown): ProblemDetails | undefined {
  if (!contentType?.toLowerCase().startsWith('application/problem+json')) return undefined;
  // The compiled checker of ProblemDetailsSchema: the same verdict and data, without zod in the browser's first download.
  const problem = parseProblemDetails(data);
  return problem === INVALID ? undefined : problem;
}

/**
 * Turns what ky or fetch threw into the SDK's error family. The caller's own abort is not a failure of the feed: it
 * passes through as the standard `AbortError` (or whatever reason the caller gave), as `fetch` does. Anything
 * unrecognised passes through too, so bugs are not disguised as feed errors.
 */
export function toKulturError(error: unknown, request: FailedRequest): unknown {
  const { url, method, timeout, signal } = request;
  if (signal?.aborted) return error;
  if (isHTTPError(error)) {
    const { status, headers } = error.response;
    return new KulturHttpError({ status, url, method, problem: problemOf(headers.get('content-type'), error.data) });
  }
  if (isTimeoutError(error)) return new KulturTimeoutError({ url, method, timeout });
  if (isNetworkError(error)) return new KulturNetworkError({ url, method, cause: error.cause });
  if (request.readingBody && error instanceof TypeError) return new KulturNetworkError({ url, method, cause: error });
  return error;
}

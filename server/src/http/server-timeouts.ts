import type { ServerOptions } from 'node:http';

/** How long the HTTP server waits on a client, in milliseconds; the names are Node's `http.createServer` options. */
export interface ServerTimeouts {
  /** From a request's first byte until its headers are complete. */
  headersTimeout: number;
  /** From a request's first byte until its body is complete; the answer's own time is not counted. */
  requestTimeout: number;
  /** How long a connection may idle between an answer and the next request. */
  keepAliveTimeout: number;
  /** How often Node looks for requests past `headersTimeout` or `requestTimeout`; only then are they closed. */
  connectionsCheckingInterval: number;
}

/**
 * The feed's timeouts, chosen rather than Node's (60 s for headers, 5 minutes for a request, checked every 30 s),
 * which let a client that sends a byte now and then hold a connection for minutes.
 */
export const SERVER_TIMEOUTS: ServerTimeouts = {
  // Headers are a few hundred bytes, sent at once by any browser or proxy; ten seconds still covers a mobile
  // link that stalls and retransmits.
  headersTimeout: 10_000,
  // A body is at most 128 KiB (MAX_BODY_BYTES): 30 seconds lets it arrive at 35 kbit/s, slower than GPRS.
  requestTimeout: 30_000,
  // Longer than the 60 s that proxies and balancers keep an idle connection to the server (nginx's upstream
  // keepalive_timeout, AWS ALB's idle timeout), so they close it first: were the server to close it as they send
  // a request on it, their client would get a 502. It only starts after a whole request was answered, and an idle
  // connection costs the server next to nothing.
  keepAliveTimeout: 65_000,
  // With Node's 30 s, a ten-second header timeout could take forty; the check only visits unfinished requests.
  connectionsCheckingInterval: 1_000,
};

/**
 * The `serverOptions` for `serve()` from `@hono/node-server`, which hands them to `http.createServer`: the feed's
 * timeouts, or others (tests pass short ones to see them enforced without waiting).
 */
export function serverTimeouts(timeouts: ServerTimeouts = SERVER_TIMEOUTS): ServerOptions {
  return { ...timeouts };
}

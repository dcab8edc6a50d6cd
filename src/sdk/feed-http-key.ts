import type { FeedHttp } from './feed-http.js';

/**
 * Where a client keeps its HTTP layer for calls that live outside the client object (`submissionsOf`), so that the
 * CDN bundle's client carries no code for what few pages use. A registered symbol: a client made by one copy of the
 * SDK works with another copy's `submissionsOf`.
 */
export const FEED_HTTP = Symbol.for('kultur-feed-http');

/** A client as `createKulturClient` makes it, with its HTTP layer under `FEED_HTTP`. */
export interface WithFeedHttp {
  readonly [FEED_HTTP]?: FeedHttp;
}

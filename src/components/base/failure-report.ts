import type { FailureKind } from '../../sdk/index.js';

/** What the webmaster's line needs to know about the element whose call failed. */
export interface FailedFeed {
  /** The element's tag, such as `kultur-events`. */
  tag: string;
  /** The feed's base URL the element reads. */
  base: string;
  /**
   * Where that address comes from: the element's `client` property, a `<kultur-provider>`, its `api` attribute, or,
   * without one, the feed built into the bundle.
   */
  from: 'client' | 'provider' | 'api' | 'none';
}

const SEE = 'See docs/webmaster-guide.en.md#when-something-fails.';

/**
 * One line in the console for the webmaster: what failed, and the attribute or setting to fix, with its value. The SDK's
 * error goes along, for its URL, status and problem details. A module of its own (a chunk in the CDN bundle): these
 * words are fetched only once something fails.
 */
export function warnWebmaster(kind: FailureKind, error: unknown, { tag, base, from }: FailedFeed): void {
  const { url = '', status } = error as { url?: string; status?: number };
  const path = url.startsWith(base) ? url.slice(base.length) : url;
  const feed = `the feed address "${base}"`;
  const setting = {
    client: "the client property's baseUrl",
    provider: 'the api attribute of <kultur-provider>',
    api: 'the api attribute',
    none: 'the api attribute (not set: the feed built into Kultur)',
  }[from];
  switch (kind) {
    case 'unreachable':
      return console.warn(
        `${tag}: ${feed} could not be reached for ${path}: check ${setting}, that the feed is running and allows ` +
          `this site (CORS), and that the page's Content-Security-Policy allows it in connect-src. ${SEE}`,
        error,
      );
    case 'timeout':
      return console.warn(
        `${tag}: ${feed} did not answer ${path} in time: if it lasts, tell the feed's operator, or check ${setting}. ` +
          SEE,
        error,
      );
    case 'wrong-address':
      return console.warn(
        `${tag}: ${feed} answered 404 for ${path}, so it is not a Kultur feed's address: check ${setting}; it ` +
          `should end in the feed's version, such as /v1. ${SEE}`,
        error,
      );
    case 'not-a-feed':
      return console.warn(
        `${tag}: ${feed} answered ${path} with something that is not a Kultur feed: check ${setting}; it should be ` +
          `a Kultur feed's address, ending in its version, such as /v1. ${SEE}`,
        error,
      );
    case 'not-found':
      return console.warn(
        `${tag}: ${feed} has no ${path}: check the event-id attribute; the event may have been deleted. ${SEE}`,
        error,
      );
    case 'busy':
    case 'server':
      return console.warn(
        `${tag}: ${feed} answered ${status} for ${path}: a fault of the feed, not of this page; if it lasts, tell ` +
          `the feed's operator. ${SEE}`,
        error,
      );
    case 'refused':
      return console.warn(
        `${tag}: ${feed} refused ${path}: check the element's attributes; the feed's reason follows. ${SEE}`,
        error,
      );
  }
}

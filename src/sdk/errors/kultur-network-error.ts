import { KulturError } from './kultur-error.js';

/**
 * The feed could not be reached, or the connection broke before its answer was complete (after any retries). The
 * original error is the `cause`.
 *
 * @example
 * ```ts
 * try {
 *   await client.events.list({});
 * } catch (error) {
 *   if (error instanceof KulturNetworkError) showMessage('You seem to be offline.');
 *   else throw error;
 * }
 * ```
 */
export class KulturNetworkError extends KulturError {
  override name = 'KulturNetworkError' as const;
  /** The URL that was requested. */
  readonly url: string;

  constructor(init: { url: string; method?: string; cause?: unknown }) {
    const { url, method = 'GET', cause } = init;
    const reason = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
    super(
      `Could not reach the feed for ${method} ${url}${reason}. Check the network connection, and that baseUrl names ` +
        'a feed that is running and allows this origin.',
      { cause },
    );
    this.url = url;
  }
}
